/**
 * Synonyms shared by both search engines (PostgresSearch expands queries with them, Meilisearch gets
 * them as index settings). Each group lists terms that mean the same thing in this programme's
 * language; a query for any of them also finds the others. Multi-word terms are phrases.
 *
 * Reviewed list: add a group only when people really use the terms interchangeably, and keep each
 * term in its plain written form (umlauts as written; matching folds ä/ae, ß/ss itself).
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['Ehrenamt', 'bürgerschaftliches Engagement', 'Freiwilligenarbeit', 'freiwilliges Engagement', 'Ehrenamtliche', 'Volunteers'],
  ['Geflüchtete', 'Flüchtlinge', 'Refugees', 'Schutzsuchende', 'Asylsuchende'],
  ['Sprachcafé', 'Sprachtreff', 'Sprachcafe', 'language café', 'Erzählcafé'],
  ['Migrantenorganisation', 'Migrantenselbstorganisation', 'MSO', 'migrant organisation'],
  ['Integrationslotsen', 'Integrationsbegleiter', 'Kulturlotsen', 'Lotsen', 'Mentoren'],
  ['Patenschaft', 'Patenprogramm', 'Mentoring', 'mentoring'],
  ['Spracherwerb', 'Deutschkurs', 'Sprachkurs', 'language course', 'Sprachförderung'],
  ['Arbeitsmarkt', 'Arbeit', 'Beschäftigung', 'employment', 'jobs'],
  ['Wohnen', 'Wohnraum', 'Wohnungssuche', 'housing'],
  ['Gesundheit', 'health', 'Gesundheitslotsen'],
  ['Jugendliche', 'junge Menschen', 'youth', 'Jugend'],
  ['Frauen', 'women', 'Migrantinnen'],
  ['Kommune', 'Gemeinde', 'Stadt', 'municipality'],
  ['Landkreis', 'Kreis', 'district'],
  ['Teilhabe', 'Partizipation', 'participation'],
  ['Verwaltung', 'administration', 'Rathaus'],
  ['Integrationskonzept', 'Integrationsplan', 'Integrationsplanung', 'integration concept'],
  ['Kita', 'Kindertagesstätte', 'Kindergarten'],
  ['Schule', 'school', 'Schulen'],
  ['Sport', 'sports', 'Sportverein'],
];
