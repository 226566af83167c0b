// Synthetic search documents (the SearchPort's SearchDocument shape) for search benchmarks: German
// texts about integration work with a Zipf-like vocabulary — a few words everywhere, compounds of
// every frequency, many rare words, names and places — so that match sets have realistic sizes
// (the practice generator's small sentence lists would put every word into half the index).
// Deterministic: same seed, same documents. Also: a set of varied benchmark queries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './harness.mjs';
import { random } from './generate-practices.mjs';

export const SEARCH_DEFAULTS = { municipalities: 1_200, practices: 20_000, threads: 5_000, posts: 200_000, seed: 7 };

const TOPICS = JSON.parse(readFileSync(join(REPO_ROOT, 'tools/seed/data/topics.json'), 'utf8')).topics;
const REGIONS = [['stuttgart', 37], ['karlsruhe', 25], ['freiburg', 20], ['tuebingen', 18]];
const MUNICIPALITY_KINDS = [['municipality', 60], ['town', 30], ['district', 4], ['city_district', 3], ['association', 2], ['joint_project', 1]];
const STATUSES = [['running', 45], ['completed', 25], ['pilot', 15], ['idea', 5], ['discontinued', 10]];

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────
// Compounds: modifier × head, 40 × 42 of them; picked with a skew, so "Integrationskurs" is common
// and "Theaterfonds" rare — as in real text.
const MODIFIERS = [
  'Integrations', 'Sprach', 'Nachbarschafts', 'Jugend', 'Frauen', 'Familien', 'Eltern', 'Kinder', 'Bildungs', 'Arbeitsmarkt',
  'Ausbildungs', 'Wohnungs', 'Gesundheits', 'Kultur', 'Sport', 'Ehrenamts', 'Bürger', 'Stadtteil', 'Quartiers', 'Beratungs',
  'Migrations', 'Willkommens', 'Begegnungs', 'Koordinations', 'Vereins', 'Schul', 'Berufs', 'Senioren', 'Medien', 'Demokratie',
  'Dolmetscher', 'Übersetzungs', 'Mobilitäts', 'Fahrrad', 'Garten', 'Koch', 'Musik', 'Theater', 'Lese', 'Patenschafts',
];
const HEADS = [
  'planung', 'konzept', 'kurs', 'angebot', 'projekt', 'beratung', 'arbeit', 'netzwerk', 'treff', 'stelle', 'gruppe', 'programm',
  'förderung', 'begleitung', 'management', 'büro', 'zentrum', 'café', 'werkstatt', 'verein', 'lotsen', 'paten', 'kreis', 'runde',
  'tag', 'abend', 'fest', 'garten', 'küche', 'schule', 'unterricht', 'prüfung', 'platz', 'markt', 'haus', 'raum', 'hilfe', 'dienst',
  'fonds', 'börse', 'akademie', 'sprechstunde',
];
const NOUNS = [
  'Integration', 'Ehrenamt', 'Teilhabe', 'Verwaltung', 'Gemeinde', 'Stadt', 'Landkreis', 'Nachbarschaft', 'Familie', 'Schule',
  'Kita', 'Ausbildung', 'Arbeit', 'Wohnung', 'Gesundheit', 'Sprache', 'Kultur', 'Sport', 'Begegnung', 'Beratung', 'Unterstützung',
  'Zusammenarbeit', 'Vernetzung', 'Anerkennung', 'Qualifizierung', 'Evaluation', 'Finanzierung', 'Förderung', 'Öffentlichkeitsarbeit',
  'Flüchtlinge', 'Geflüchtete', 'Zugewanderte', 'Ehrenamtliche', 'Jugendliche', 'Frauen', 'Eltern', 'Kinder', 'Senioren', 'Vereine',
  'Migrantenorganisationen', 'Kirchengemeinden', 'Volkshochschule', 'Jobcenter', 'Ausländerbehörde', 'Rathaus', 'Gemeinderat',
  'Bürgermeisterin', 'Integrationsbeauftragte', 'Sozialarbeit', 'Hausaufgabenhilfe', 'Behördengänge', 'Dolmetschen', 'Deutschkurs',
  'Arbeitsmarkt', 'Praktikum', 'Bewerbung', 'Anerkennungsverfahren', 'Kinderbetreuung', 'Mobilität', 'Digitalisierung', 'Datenschutz',
  'Versicherung', 'Fahrtkosten', 'Räume', 'Termine', 'Flyer', 'Website', 'Messenger', 'Rundbrief', 'Stammtisch', 'Sommerfest',
  'Fortbildung', 'Supervision', 'Ansprechperson', 'Schlüsselpersonen', 'Kulturmittler', 'Sprachmittler', 'Mentoring', 'Tandem',
  'Wohnraum', 'Mietvertrag', 'Schufa', 'Kaution', 'Führerschein', 'Fahrradwerkstatt', 'Kleiderkammer', 'Tafel', 'Spenden', 'Stiftung',
];
const ADJECTIVES = [
  'neue', 'offene', 'regelmäßige', 'kostenlose', 'mehrsprachige', 'interkulturelle', 'niedrigschwellige', 'digitale', 'wöchentliche',
  'erfolgreiche', 'gemeinsame', 'kommunale', 'ehrenamtliche', 'hauptamtliche', 'verlässliche', 'kleine', 'große', 'flexible',
  'nachhaltige', 'ländliche', 'städtische', 'junge', 'ältere', 'engagierte', 'geflüchtete', 'zugewanderte', 'örtliche', 'überregionale',
];
const VERBS = [
  ['organisiert', 'organisieren'], ['begleitet', 'begleiten'], ['unterstützt', 'unterstützen'], ['plant', 'planen'], ['bietet', 'bieten'],
  ['koordiniert', 'koordinieren'], ['gestaltet', 'gestalten'], ['vermittelt', 'vermitteln'], ['erprobt', 'erproben'], ['dokumentiert', 'dokumentieren'],
  ['finanziert', 'finanzieren'], ['betreut', 'betreuen'], ['sucht', 'suchen'], ['startet', 'starten'], ['verbessert', 'verbessern'],
  ['übersetzt', 'übersetzen'], ['berät', 'beraten'], ['schult', 'schulen'], ['bewirbt', 'bewerben'], ['evaluiert', 'evaluieren'],
];
const SUBJECTS = [
  ['Die Koordinierungsstelle', false], ['Die Stadtverwaltung', false], ['Das Integrationsmanagement', false], ['Der Arbeitskreis Asyl', false],
  ['Die Volkshochschule', false], ['Das Quartiersbüro', false], ['Der Gemeinderat', false], ['Das Familienzentrum', false],
  ['Die Integrationsbeauftragte', false], ['Das Jobcenter', false], ['Die Nachbarschaftshilfe', false], ['Unser Verein', false],
  ['Die Ehrenamtlichen', true], ['Mehrere Vereine', true], ['Die Sprachlotsinnen', true], ['Die Migrantenorganisationen', true],
  ['Viele Teilnehmende', true], ['Die Kirchengemeinden', true], ['Die Schulen', true], ['Engagierte aus der Nachbarschaft', true],
];
const PLACES = [
  'im Bürgerhaus', 'in der Stadtbibliothek', 'im Rathaus', 'in den Gemeinschaftsunterkünften', 'im Familienzentrum', 'auf dem Marktplatz',
  'in den Ortsteilen', 'im Jugendhaus', 'an den Grundschulen', 'im Gemeindehaus', 'im Quartierstreff', 'online', 'im Vereinsheim',
  'in der Begegnungsstätte', 'im Landratsamt', 'in der Turnhalle', 'im Mehrgenerationenhaus', 'im Café am Markt',
];
const TIMES = ['', '', '', ' seit 2021', ' jeden Dienstag', ' mehrmals im Monat', ' in den Ferien', ' seit Jahren', ' zweimal im Jahr', ' ab Herbst'];
const FIRST_NAMES = ['Miriam', 'Jonas', 'Aylin', 'Lukas', 'Fatma', 'Hannah', 'Tobias', 'Leyla', 'Sven', 'Amina', 'Katrin', 'Mehmet', 'Julia', 'Nikolai', 'Sara', 'Felix', 'Olena', 'Dragan', 'Yusuf', 'Birgit'];
const LAST_NAMES = ['Albrecht', 'Yılmaz', 'Schneider', 'Haddad', 'Weber', 'Kovač', 'Fischer', 'Nguyen', 'Bauer', 'Öztürk', 'Hoffmann', 'Rahimi', 'Maier', 'Wagner', 'Schäfer', 'Krüger'];
const TOWN_PARTS = [['Ober', 'Unter', 'Neu', 'Alt', 'Klein', 'Groß', 'Hohen', 'Bad ', '', '', '', ''], ['buch', 'lauf', 'wald', 'berg', 'eich', 'rot', 'stein', 'mühl', 'linden', 'schön', 'frei', 'tann', 'kirch', 'wein', 'ross', 'haslach', 'zell', 'brunn', 'ried', 'sulz'], ['heim', 'hausen', 'ingen', 'bach', 'dorf', 'stadt', 'burg', 'feld', 'weiler', 'au', 'hofen', 'stetten']];
const EXTRA_TAGS = ['Fördermittel', 'Ehrenamt', 'Kooperation', 'Fragebogen', 'Vorlage', 'Erfahrungsaustausch', 'Veranstaltung', 'Material', 'Netzwerk', 'Recht'];
const QUESTION_OPENERS = ['Hat jemand Erfahrung mit', 'Wie organisiert ihr', 'Sucht jemand Material zu', 'Tipps für', 'Wer kennt gute Beispiele für', 'Frage zu'];
const POST_SENTENCES = [
  (r, x) => `Danke für den Hinweis, ${r.pick(FIRST_NAMES)}!`,
  (r, x) => `Bei uns in ${x.town} ${r.pick(VERBS)[1]} wir ${object(r)} ${r.pick(PLACES)}${r.pick(TIMES)}.`,
  (r) => `Wir haben gute Erfahrungen mit ${compound(r)} gemacht, vor allem ${r.pick(PLACES)}.`,
  (r) => `Schwierig ist bei uns die ${r.pick(NOUNS)}, weil die ${r.pick(NOUNS)} fehlt.`,
  (r) => `Könnt ihr mir die Unterlagen zur ${compound(r)} schicken?`,
  (r) => `Das Thema ${r.pick(NOUNS)} beschäftigt uns auch, besonders bei ${r.pick(ADJECTIVES)} ${compound(r, 'pl')}.`,
  (r) => `Ein Tipp: Fragt beim ${r.pick(['Landratsamt', 'Jobcenter', 'Regierungspräsidium', 'Gemeindetag', 'Städtetag'])} nach Fördermitteln.`,
  (r) => `Seit ${r.int(2016, 2026)} haben wir ${r.int(3, 400)} ${r.pick(['Teilnehmende', 'Familien', 'Ehrenamtliche', 'Termine', 'Beratungen'])} gezählt.`,
  (r) => `Meldet euch gern bei ${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)} aus dem ${compound(r)}.`,
  (r) => `${sentence(r)}`,
];

/** An index skewed toward 0: a few items often, most rarely (roughly Zipf). */
const skewed = (r, n, power = 2.2) => Math.floor(n * r.float() ** power);
function compound(r, form = 'sg') {
  const word = MODIFIERS[skewed(r, MODIFIERS.length)] + HEADS[skewed(r, HEADS.length, 1.8)];
  if (form !== 'pl') return word;
  return word.endsWith('e') ? `${word}n` : word.endsWith('s') || word.endsWith('n') ? word : `${word}${r.pick(['e', 'en', 's'])}`;
}
function object(r) {
  return `${r.pick(ADJECTIVES)} ${r.chance(0.6) ? compound(r, 'pl') : NOUNS[skewed(r, NOUNS.length, 1.6)]}`;
}
function sentence(r) {
  const [subject, plural] = r.pick(SUBJECTS);
  const verb = r.pick(VERBS)[plural ? 1 : 0];
  const tail = r.chance(0.3) ? ` für ${r.pick(ADJECTIVES)} ${NOUNS[skewed(r, NOUNS.length, 1.4)]}` : '';
  return `${subject} ${verb} ${object(r)} ${r.pick(PLACES)}${r.pick(TIMES)}${tail}.`;
}
function paragraph(r, chars) {
  const parts = [];
  let size = 0;
  while (size < chars) {
    const s = sentence(r);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ');
}
const slugify = (text) =>
  text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const EARLIEST = Date.UTC(2019, 0, 1);
const LATEST = Date.UTC(2026, 5, 30);
const iso = (ms) => new Date(ms).toISOString();

// ── Documents ───────────────────────────────────────────────────────────────────────────────

function municipality(seed, i) {
  const r = random(seed, 'search-municipality', i);
  const name = `${r.pick(TOWN_PARTS[0])}${r.pick(TOWN_PARTS[1])}${r.pick(TOWN_PARTS[2])}`.replace(/^(\w)/, (c) => c.toUpperCase()).replace(/ (\w)/, (_, c) => ` ${c.toUpperCase()}`);
  const town = `${name} ${i + 1}`;
  const kind = r.weighted(MUNICIPALITY_KINDS);
  return {
    slug: `bench-${slugify(town)}`,
    name: town,
    kind,
    region: r.weighted(REGIONS),
    district: `Landkreis ${r.pick(TOWN_PARTS[1]).replace(/^\w/, (c) => c.toUpperCase())}${r.pick(TOWN_PARTS[2])}`,
  };
}

export function* generateSearchDocuments(options = {}) {
  const o = { ...SEARCH_DEFAULTS, ...options };
  const towns = Array.from({ length: o.municipalities }, (_, i) => municipality(o.seed, i));
  const topicOf = (r) => TOPICS[skewed(r, TOPICS.length, 1.5)];
  for (let i = 0; i < towns.length; i++) {
    const r = random(o.seed, 'search-municipality-doc', i);
    const t = towns[i];
    yield doc({
      kind: 'municipality', sourceId: r.uuid(), title: t.name,
      summary: `${t.name} im ${t.district}. ${paragraph(r, 200)}`, tags: [t.name, t.district], body: paragraph(r, r.int(200, 1200)),
      path: `/kommunen/${t.slug}`, context: t.district, topics: [], municipalities: [t.slug], regions: [t.region], municipalityKinds: [t.kind],
      status: null, hasResults: false, adopted: false, date: iso(r.time(EARLIEST, LATEST)), isExample: false,
    });
  }
  for (let i = 0; i < o.practices; i++) {
    const r = random(o.seed, 'search-practice', i);
    const owners = [towns[skewed(r, towns.length, 1.6)], ...(r.chance(0.2) ? [r.pick(towns)] : [])];
    const topics = [...new Set([topicOf(r), ...(r.chance(0.5) ? [topicOf(r)] : [])])];
    const title = `${compound(r)} ${r.pick(['für', 'mit', 'in', 'im'])} ${r.pick(['Stadtteil', 'Quartier', 'Landkreis', 'Ortskern', 'ländlichen Raum', owners[0].name, 'Vereinen', 'Familien', 'Jugendliche'])}`;
    const sections = Array.from({ length: r.int(4, 9) }, () => paragraph(r, r.int(300, 1200)));
    yield doc({
      kind: 'practice', sourceId: r.uuid(), title, summary: paragraph(r, r.int(200, 420)).slice(0, 500),
      tags: [...topics.map((t) => t.de), owners[0].name, ...r.sample(NOUNS, r.int(1, 3))],
      body: [...sections, `Ergebnisse: ${r.int(5, 500)} ${r.pick(['Teilnehmende', 'Beratungen', 'Treffen', 'Ehrenamtliche'])}.`].join('\n\n'),
      path: `/praxisbeispiele/bench-${i + 1}`, context: owners[0].name, topics: topics.map((t) => t.slug),
      municipalities: owners.map((t) => t.slug), regions: [...new Set(owners.map((t) => t.region))], municipalityKinds: [...new Set(owners.map((t) => t.kind))],
      status: r.weighted(STATUSES), hasResults: r.chance(0.6), adopted: r.chance(0.15), date: iso(r.time(EARLIEST, LATEST)), isExample: true,
    });
  }
  const postsPerThread = o.threads ? o.posts / o.threads : 0;
  let post = 0;
  for (let i = 0; i < o.threads; i++) {
    const r = random(o.seed, 'search-thread', i);
    const topic = topicOf(r);
    const town = towns[skewed(r, towns.length, 1.6)];
    const title = `${r.pick(QUESTION_OPENERS)} ${compound(r, r.chance(0.5) ? 'pl' : 'sg')}${r.chance(0.3) ? ` in ${town.name}` : ''}?`;
    const threadId = r.uuid();
    const created = r.time(EARLIEST, LATEST - 30 * 86_400_000);
    const context = topic.de;
    yield doc({
      kind: 'thread', sourceId: threadId, title, summary: '', tags: r.sample(EXTRA_TAGS, r.int(0, 3)),
      body: Array.from({ length: r.int(2, 6) }, () => r.pick(POST_SENTENCES)(r, { town: town.name })).join(' '),
      path: `/diskussionen/${threadId}`, context, topics: [topic.slug], municipalities: r.chance(0.4) ? [town.slug] : [], regions: [], municipalityKinds: [],
      status: null, hasResults: false, adopted: false, date: iso(created), isExample: true,
    });
    // Posts: a skewed number per thread (a few long discussions), about `posts` in all.
    const count = i === o.threads - 1 ? o.posts - post : Math.min(o.posts - post, Math.round(postsPerThread * 2 * r.float() ** 1.0));
    for (let n = 0; n < count; n++, post++) {
      const p = random(o.seed, 'search-post', post);
      const author = p.chance(0.5) ? towns[skewed(p, towns.length, 1.6)].name : town.name;
      yield doc({
        kind: 'post', sourceId: p.uuid(), title, summary: '', tags: [],
        body: Array.from({ length: p.weighted([[1, 3], [2, 4], [3, 3], [5, 2], [8, 1]]) }, () => p.pick(POST_SENTENCES)(p, { town: author })).join(' '),
        path: `/diskussionen/${threadId}#beitrag-${n + 2}`, context: title, topics: [topic.slug], municipalities: [], regions: [], municipalityKinds: [],
        status: null, hasResults: false, adopted: false, date: iso(created + (n + 1) * 3_600_000), isExample: true,
      });
    }
  }
}

function doc(fields) {
  return { id: `${fields.kind}:${fields.sourceId}`, version: 1, ...fields };
}

// ── Queries ─────────────────────────────────────────────────────────────────────────────────

const TYPOS = ['Integartion', 'Ehrenamtlihe', 'Sprachkurss', 'Fluechtlnge', 'Wohnugn', 'Kinderbetreeung', 'Nachbarschft', 'Beratnug', 'Migrantenorganisation', 'Verwatlung'];
const FIXED = ['Sprachcafe ehrenamt', 'Integartion', 'Planung', 'Flüchtlinge Wohnung', 'Integrationslotsen Landkreis', 'Integration', '"runder Tisch"', 'Geflüchtete', 'Ehrenamt', 'Mädchen'];

/**
 * `count` varied queries: single words of every frequency, compounds and their parts, two- and
 * three-word queries, typos, prefixes (typing), phrases and exclusions, some with filters or date
 * sort, and empty browse queries. Each: { text, filters, sort }.
 */
export function searchBenchQueries(count = 200, seed = 11) {
  const r = random(seed, 'search-queries');
  const queries = FIXED.map((text) => ({ text, filters: {}, sort: 'relevance' }));
  while (queries.length < count) {
    const kind = r.weighted([['word', 20], ['compound', 15], ['part', 8], ['two', 20], ['three', 6], ['typo', 8], ['prefix', 10], ['phrase', 3], ['browse', 6], ['filtered', 4]]);
    let text = '';
    if (kind === 'word') text = NOUNS[skewed(r, NOUNS.length, 1.2)];
    else if (kind === 'compound') text = compound(r);
    else if (kind === 'part') text = r.pick(HEADS).replace(/^\w/, (c) => c.toUpperCase());
    else if (kind === 'two') text = `${r.chance(0.5) ? compound(r) : r.pick(NOUNS)} ${r.pick(NOUNS)}`;
    else if (kind === 'three') text = `${r.pick(ADJECTIVES)} ${compound(r, 'pl')} ${r.pick(NOUNS)}`;
    else if (kind === 'typo') text = r.pick(TYPOS);
    else if (kind === 'prefix') text = compound(r).slice(0, r.int(4, 9));
    else if (kind === 'phrase') text = `"${r.pick(ADJECTIVES)} ${compound(r, 'pl')}" -${r.pick(NOUNS)}`;
    const filters = {};
    if (kind === 'browse' || kind === 'filtered' || r.chance(0.15)) {
      const f = r.int(0, 3);
      if (f === 1) filters.kinds = ['practice'];
      if (f === 2) filters.topics = [r.pick(TOPICS).slug];
      if (f === 3) filters.regions = [r.weighted(REGIONS)];
    }
    queries.push({ text, filters, sort: r.chance(0.15) ? 'date' : 'relevance' });
  }
  return queries;
}
