/*
 * Relevance test set for the search (issue #6, item 8): German queries over the demo content
 * (seed/demo-practices.ts, seed/demo-discussions.ts, shared/data/municipalities.json) with the
 * documents a coordinator would want to see for them.
 *
 * The expectations are judged by meaning, not read off an engine's output: a query lists the demo
 * documents that answer it, the most wanted first (the top-3 figure looks at that one). Documents that
 * merely contain a query word are not listed, and listing them would not help an engine either: only
 * expected documents count, extra hits cost nothing. When an engine misses an expectation, fix the
 * engine (or the synonyms), not this file; change an expectation only if it is wrong by meaning.
 *
 * Only what the index holds can be expected: published practices (not the draft "Peer-Workshops gegen
 * Rassismus" nor the two practices in review), the example threads (title and first post), their replies
 * (one document each) and the 23 municipalities. Adoption texts and earlier revisions are not indexed.
 * relevance.int-spec.ts checks that every reference below names such a document.
 */

/** A demo document, named by what stays stable across seeds (database ids do not). */
export type RelevanceRef =
  | { kind: 'practice'; slug: string }
  /** Exact title of an example thread (seed/demo-discussions.ts). */
  | { kind: 'thread'; title: string }
  /** A reply: the thread's exact title and the post's number (2 = first reply). */
  | { kind: 'post'; thread: string; number: number }
  | { kind: 'municipality'; slug: string };

/** What a query tests, so the report can say which kind of query an engine misses. */
export type RelevanceCategory =
  | 'title'
  | 'multi-word'
  | 'typo'
  | 'compound'
  | 'umlaut'
  | 'synonym'
  | 'english'
  | 'municipality'
  | 'discussion';

export interface RelevanceQuery {
  category: RelevanceCategory;
  query: string;
  /** The documents that answer the query, the most wanted first. */
  expect: RelevanceRef[];
  /** Why these documents answer it (and where the words are, when that is not obvious). */
  why: string;
}

const practice = (slug: string): RelevanceRef => ({ kind: 'practice', slug });
const thread = (title: string): RelevanceRef => ({ kind: 'thread', title });
const post = (threadTitle: string, number: number): RelevanceRef => ({ kind: 'post', thread: threadTitle, number });
const municipality = (slug: string): RelevanceRef => ({ kind: 'municipality', slug });

/** Titles of the example threads, exactly as seeded. */
const THREAD = {
  sprachcafe: 'Sprachcafé: Wie halten wir Ehrenamtliche langfristig dabei?',
  dankeschoen: 'Dankeschön-Abend oder Ehrenamtskarte – was wirkt bei euch?',
  mietfuehrerschein: 'Mietführerschein: Wer übernimmt bei euch die Schulungen?',
  mehrsprachig: 'Mehrsprachige Informationen im Rathaus – wer übersetzt?',
  nachweis: 'Austausch: Wie dokumentiert ihr Ergebnisse für den Verwendungsnachweis?',
  raeume: 'Wie habt ihr die Räume in den Stadtteilen gefunden?',
  elternmentorinnen: 'Bekommen die Elternmentorinnen eine Aufwandsentschädigung?',
  versicherung: 'Versicherung bei Schnuppertrainings – wie regelt ihr das?',
} as const;

export const RELEVANCE_SET: RelevanceQuery[] = [
  // ── Words of a title, as written ───────────────────────────────────────────────────────────
  {
    category: 'title',
    query: 'Mietführerschein',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein'), thread(THREAD.mietfuehrerschein)],
    why: 'The practice and the discussion both carry the word in their title.',
  },
  {
    category: 'title',
    query: 'Fahrradwerkstatt',
    expect: [practice('fahrradwerkstatt-und-radfahrkurse-fuer-frauen')],
    why: 'The only bicycle workshop (Crailsheim).',
  },
  {
    category: 'title',
    query: 'Interkultureller Garten',
    expect: [practice('interkultureller-garten-am-stadtrand')],
    why: 'Title of the Biberach garden.',
  },
  {
    category: 'title',
    query: 'Fest der Kulturen',
    expect: [practice('fest-der-kulturen-gemeinsam-mit-migrantenvereinen')],
    why: 'Title of the Lahr festival; "der" is a stop word, the two nouns must carry it.',
  },
  {
    category: 'title',
    query: 'Hausaufgabenhilfe',
    expect: [practice('digitale-hausaufgabenhilfe-per-video')],
    why: 'Title word; the Ehrenamtsbörse mentions homework help only in passing.',
  },
  {
    category: 'title',
    query: 'Begegnungscafé',
    expect: [practice('begegnungscafe-in-der-anschlussunterbringung')],
    why: 'Title of the Meßkirch/Ostrach café.',
  },
  {
    category: 'title',
    query: 'Vielfalts-Check',
    expect: [practice('vielfaltscheck-fuer-vereine')],
    why: 'Hyphenated title word: the hyphen inside a word must not act as an exclusion.',
  },
  {
    category: 'title',
    query: 'Dolmetscherpool',
    expect: [practice('kreisweiter-dolmetscherpool-fuer-sprach-und-kulturmittlung')],
    why: 'Title of the Lörrach interpreter pool.',
  },
  {
    category: 'title',
    query: 'Elternmentorinnen',
    expect: [practice('elternmentorinnen-an-grundschulen'), thread(THREAD.elternmentorinnen)],
    why: 'The Pforzheim practice and the question about its allowance.',
  },
  {
    category: 'title',
    query: 'Verwendungsnachweis',
    expect: [thread(THREAD.nachweis)],
    why: 'Only the programme discussion is about the funding report.',
  },

  // ── Several words ──────────────────────────────────────────────────────────────────────────
  {
    category: 'multi-word',
    query: 'Sprachcafe ehrenamt',
    expect: [practice('sprachcafe-netzwerk-in-den-stadtteilen'), thread(THREAD.sprachcafe), practice('mobiles-sprachcafe-fuer-sechs-doerfer')],
    why: 'The issue\'s example: language cafés run by volunteers ("Ehrenamtliche"); written without the accent and in lower case.',
  },
  {
    category: 'multi-word',
    query: 'Integrationslotsen Landkreis',
    expect: [
      practice('integrationslotsen-qualifizierung-und-einsatz'),
      practice('gesundheitslotsinnen-und-lotsen-nach-dem-mimi-ansatz'),
      practice('wohnraumlotsen-und-vermieterberatung'),
    ],
    why:
      'The issue\'s example. The Horb practice is the integration guides scheme (its text says "Integrationslotsinnen und -lotsen", never "Integrationslotsen"); ' +
      'the health guides (Landkreis Tuttlingen) and housing guides (Zollernalbkreis) are guide schemes run by a Landkreis.',
  },
  {
    category: 'multi-word',
    query: 'Deutschkurs mit Kinderbetreuung',
    expect: [practice('frauentreff-mit-deutschkurs-und-kinderbetreuung')],
    why: 'Both words are in the Weinheim title.',
  },
  {
    category: 'multi-word',
    query: 'Schwimmkurs Frauen',
    expect: [practice('schwimmkurse-fuer-frauen-mit-ehrenamtlichen-schwimmhelferinnen')],
    why: 'Singular query, plural title ("Schwimmkurse für Frauen").',
  },
  {
    category: 'multi-word',
    query: 'Ehrenamtliche begleiten Ausbildung',
    expect: [practice('bewerbungspaten-ehrenamtliche-begleiten-in-ausbildung-und-arbeit'), practice('ausbildungspaten-fuer-junge-gefluechtete')],
    why: 'Volunteers who accompany people into and through vocational training: Baden-Baden (title) and Landkreis Tübingen.',
  },
  {
    category: 'multi-word',
    query: 'Fahrten zu Ämtern aus den Ortsteilen',
    expect: [practice('mobilitaetspaten-fuer-wege-zu-aemtern-und-aerzten')],
    why: 'The Löffingen volunteer drivers take people from outlying villages to offices.',
  },
  {
    category: 'multi-word',
    query: 'Vorsorge Impfungen Migranten',
    expect: [practice('gesundheitslotsinnen-und-lotsen-nach-dem-mimi-ansatz')],
    why: 'Health guides "Mit Migranten für Migranten" inform about check-ups and vaccinations.',
  },
  {
    category: 'multi-word',
    query: 'leerstehende Wohnungen Eigentümer ansprechen',
    expect: [practice('wohnraumlotsen-und-vermieterberatung')],
    why: 'Zollernalbkreis guides approached owners of empty flats ("leerstehender Wohnungen").',
  },
  {
    category: 'multi-word',
    query: 'Anschlussunterbringung Begegnung Nachbarschaft',
    expect: [practice('begegnungscafe-in-der-anschlussunterbringung'), practice('interkultureller-garten-am-stadtrand')],
    why: 'Meeting the neighbours of follow-up housing: the café inside it, then the garden for its residents and the neighbourhood.',
  },

  // ── Typos ──────────────────────────────────────────────────────────────────────────────────
  {
    category: 'typo',
    query: 'Integartionsbeirat',
    expect: [practice('migrantenorganisationen-im-integrationsbeirat')],
    why: 'Swapped letters (the issue\'s "Integartion") in "Integrationsbeirat".',
  },
  {
    category: 'typo',
    query: 'Integartionslotsen',
    expect: [practice('integrationslotsen-qualifizierung-und-einsatz')],
    why: 'Swapped letters, and the text only has "Integrationslotsinnen und -lotsen".',
  },
  {
    category: 'typo',
    query: 'Sprachcafee',
    expect: [practice('sprachcafe-netzwerk-in-den-stadtteilen'), practice('mobiles-sprachcafe-fuer-sechs-doerfer'), thread(THREAD.sprachcafe)],
    why: 'Doubled e instead of é.',
  },
  {
    category: 'typo',
    query: 'Wohnungspatenshaften',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein')],
    why: 'Missing c in "Wohnungspatenschaften".',
  },
  {
    category: 'typo',
    query: 'Mietführerschien',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein'), thread(THREAD.mietfuehrerschein)],
    why: 'Swapped i and e.',
  },
  {
    category: 'typo',
    query: 'Fahradwerkstatt',
    expect: [practice('fahrradwerkstatt-und-radfahrkurse-fuer-frauen')],
    why: 'Missing r.',
  },
  {
    category: 'typo',
    query: 'Dolmetcherpool',
    expect: [practice('kreisweiter-dolmetscherpool-fuer-sprach-und-kulturmittlung')],
    why: 'Missing s.',
  },
  {
    category: 'typo',
    query: 'Gesundheitslotsinen',
    expect: [practice('gesundheitslotsinnen-und-lotsen-nach-dem-mimi-ansatz')],
    why: 'Missing n.',
  },
  {
    category: 'typo',
    query: 'Schwimhelferinnen',
    expect: [practice('schwimmkurse-fuer-frauen-mit-ehrenamtlichen-schwimmhelferinnen')],
    why: 'Missing m.',
  },
  {
    category: 'typo',
    query: 'Ehrenamtskordination',
    expect: [practice('gemeinsame-ehrenamtskoordination-fuer-drei-gemeinden')],
    why: 'Missing o.',
  },

  // ── Compounds found by their parts (each part is a word of its own) ─────────────────────────
  {
    category: 'compound',
    query: 'Börse',
    expect: [practice('digitale-ehrenamtsboerse-fuer-den-landkreis')],
    why: '"Börse" occurs only inside "Ehrenamtsbörse" and "Onlinebörse".',
  },
  {
    category: 'compound',
    query: 'Führerschein Wohnung',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein'), thread(THREAD.mietfuehrerschein)],
    why: '"Führerschein" occurs only inside "Mietführerschein"; with "Wohnung" it clearly means the renting licence.',
  },
  {
    category: 'compound',
    query: 'Paten Wohnung',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein')],
    why: 'Flat sponsors: "Wohnungspatenschaften", "Wohnungspatinnen und -paten".',
  },
  {
    category: 'compound',
    query: 'Ausbildung Paten',
    expect: [practice('ausbildungspaten-fuer-junge-gefluechtete'), practice('bewerbungspaten-ehrenamtliche-begleiten-in-ausbildung-und-arbeit')],
    why: '"Ausbildungspaten" (Landkreis Tübingen); the Bewerbungspaten also accompany into training.',
  },
  {
    category: 'compound',
    query: 'Dolmetscher Pool',
    expect: [practice('kreisweiter-dolmetscherpool-fuer-sprach-und-kulturmittlung')],
    why: 'The parts of "Dolmetscherpool", written apart.',
  },
  {
    category: 'compound',
    query: 'Koordination Ehrenamt',
    expect: [practice('gemeinsame-ehrenamtskoordination-fuer-drei-gemeinden')],
    why: 'The parts of "Ehrenamtskoordination" (GVV Rauenberg), in reverse order.',
  },
  {
    category: 'compound',
    query: 'Beratung Vermieter',
    expect: [practice('wohnraumlotsen-und-vermieterberatung'), practice('wohnungspatenschaften-und-mietfuehrerschein')],
    why: '"Vermieterberatung" in the Zollernalbkreis title; Biberach holds information evenings for landlords.',
  },
  {
    category: 'compound',
    query: 'Mädchen Fußball',
    expect: [practice('willkommenslotsen-im-sportverein')],
    why: 'A club founded a "Mädchenfußballgruppe" (Crailsheim welcome guides); both words occur only in that compound there.',
  },

  // ── Umlauts and ß written either way ───────────────────────────────────────────────────────
  {
    category: 'umlaut',
    query: 'Maedchen Fussball',
    expect: [practice('willkommenslotsen-im-sportverein')],
    why: '"Mädchenfußballgruppe" with ae and ss.',
  },
  {
    category: 'umlaut',
    query: 'Buergerhaus',
    expect: [practice('sprachcafe-netzwerk-in-den-stadtteilen'), practice('qualifizierungsreihe-fuer-ehrenamtliche-in-der-integrationsarbeit')],
    why: 'Language cafés in "Bürgerhäusern" (summary); the Neuenburg modules ran "im Bürgerhaus".',
  },
  {
    category: 'umlaut',
    query: 'Mietfuehrerschein',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein'), thread(THREAD.mietfuehrerschein)],
    why: 'ue for ü.',
  },
  {
    category: 'umlaut',
    query: 'Mobilitaetspaten',
    expect: [practice('mobilitaetspaten-fuer-wege-zu-aemtern-und-aerzten')],
    why: 'ae for ä in the title word.',
  },
  {
    category: 'umlaut',
    query: 'Oeffnung Kreisverwaltung',
    expect: [practice('interkulturelle-oeffnung-der-kreisverwaltung')],
    why: 'Oe for Ö.',
  },
  {
    category: 'umlaut',
    query: 'Loerrach',
    expect: [municipality('landkreis-loerrach'), practice('kreisweiter-dolmetscherpool-fuer-sprach-und-kulturmittlung'), municipality('gvv-vorderes-kandertal')],
    why: 'Landkreis Lörrach, its practice, and the association that lies in it.',
  },
  {
    category: 'umlaut',
    query: 'Tuebingen',
    expect: [
      municipality('landkreis-tuebingen'),
      practice('interkulturelle-oeffnung-der-kreisverwaltung'),
      practice('ausbildungspaten-fuer-junge-gefluechtete'),
      municipality('moessingen'),
    ],
    why: 'Landkreis Tübingen, its two published practices, and Mössingen (district Landkreis Tübingen).',
  },
  {
    category: 'umlaut',
    query: 'Messkirch',
    expect: [municipality('messkirch-ostrach'), practice('begegnungscafe-in-der-anschlussunterbringung')],
    why: 'ss for ß in "Meßkirch".',
  },
  {
    category: 'umlaut',
    query: 'Patin Strasse',
    expect: [practice('nachbarschaftspatenschaften-im-dorf')],
    why: '"eine Nachbarschaftspatin ... aus ihrer Straße" (Dielheim), ß written ss.',
  },
  {
    category: 'umlaut',
    query: 'Kinderbetreuung',
    expect: [
      practice('frauentreff-mit-deutschkurs-und-kinderbetreuung'),
      practice('schwimmkurse-fuer-frauen-mit-ehrenamtlichen-schwimmhelferinnen'),
      practice('fahrradwerkstatt-und-radfahrkurse-fuer-frauen'),
      practice('sprachcafe-netzwerk-in-den-stadtteilen'),
    ],
    why: 'A real "ue" that is no umlaut: folding must not lose it. Weinheim has it in the title, the other three offer childcare beside the course.',
  },

  // ── Synonyms (SEARCH_SYNONYMS), the documents say the other word ───────────────────────────
  {
    category: 'synonym',
    query: 'Flüchtlinge Ausbildung',
    expect: [practice('ausbildungspaten-fuer-junge-gefluechtete'), practice('bewerbungspaten-ehrenamtliche-begleiten-in-ausbildung-und-arbeit')],
    why: 'Flüchtlinge ~ Geflüchtete: "Ausbildungspaten für junge Geflüchtete"; Bewerbungspaten accompany Geflüchtete into training.',
  },
  {
    category: 'synonym',
    query: 'Freiwilligenarbeit Qualifizierung',
    expect: [practice('qualifizierungsreihe-fuer-ehrenamtliche-in-der-integrationsarbeit')],
    why: 'Freiwilligenarbeit ~ Ehrenamtliche: the Neuenburg training series for volunteers.',
  },
  {
    category: 'synonym',
    query: 'Sprachtreff',
    expect: [practice('sprachcafe-netzwerk-in-den-stadtteilen'), practice('mobiles-sprachcafe-fuer-sechs-doerfer'), thread(THREAD.sprachcafe)],
    why: 'Sprachtreff ~ Sprachcafé; the word itself occurs nowhere.',
  },
  {
    category: 'synonym',
    query: 'Asylsuchende Wohnen',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein'), practice('wohnraumlotsen-und-vermieterberatung')],
    why: 'Asylsuchende ~ Geflüchtete; both practices get refugees out of follow-up housing into flats.',
  },
  {
    category: 'synonym',
    query: 'Beschäftigung Geflüchtete',
    expect: [practice('bewerbungspaten-ehrenamtliche-begleiten-in-ausbildung-und-arbeit'), practice('ausbildungspaten-fuer-junge-gefluechtete')],
    why: 'Beschäftigung ~ Arbeit/Arbeitsmarkt: Bewerbungspaten help refugees into work, Ausbildungspaten through training.',
  },
  {
    category: 'synonym',
    query: 'Sprachkurs für Mütter',
    expect: [practice('frauentreff-mit-deutschkurs-und-kinderbetreuung')],
    why: 'Sprachkurs ~ Deutschkurs: the Weinheim German course for mothers with small children.',
  },
  {
    category: 'synonym',
    query: 'Migrantenselbstorganisation',
    expect: [practice('migrantenorganisationen-im-integrationsbeirat'), practice('fest-der-kulturen-gemeinsam-mit-migrantenvereinen')],
    why: 'Migrantenselbstorganisation ~ Migrantenorganisation: Pforzheim (title) and the Lahr festival planned with migrant associations.',
  },
  {
    category: 'synonym',
    query: 'Partizipation Migrantenorganisationen',
    expect: [practice('migrantenorganisationen-im-integrationsbeirat'), practice('fest-der-kulturen-gemeinsam-mit-migrantenvereinen')],
    why: 'Partizipation ~ Teilhabe (topic "Migrantenorganisationen und Teilhabe"): a say in the council advisory board and in the festival.',
  },
  {
    category: 'synonym',
    query: 'Mentoring Schule',
    expect: [practice('elternmentorinnen-an-grundschulen'), practice('digitale-hausaufgabenhilfe-per-video')],
    why: 'Mentoring at school: parent mentors at primary schools, and volunteer learning mentors (Lernpatinnen) for school children.',
  },
  {
    category: 'synonym',
    query: 'junge Menschen Sport',
    expect: [practice('willkommenslotsen-im-sportverein')],
    why: 'junge Menschen ~ Jugendliche, Sport ~ Sportverein: welcome guides for children and young people in sports clubs.',
  },

  // ── English queries for German content ─────────────────────────────────────────────────────
  {
    category: 'english',
    query: 'refugees apprenticeship',
    expect: [practice('ausbildungspaten-fuer-junge-gefluechtete'), practice('bewerbungspaten-ehrenamtliche-begleiten-in-ausbildung-und-arbeit')],
    why: 'Refugees ~ Geflüchtete; apprenticeship = Ausbildung (no synonym for it).',
  },
  {
    category: 'english',
    query: 'language café',
    expect: [practice('sprachcafe-netzwerk-in-den-stadtteilen'), practice('mobiles-sprachcafe-fuer-sechs-doerfer'), thread(THREAD.sprachcafe)],
    why: 'language café ~ Sprachcafé.',
  },
  {
    category: 'english',
    query: 'women cycling',
    expect: [practice('fahrradwerkstatt-und-radfahrkurse-fuer-frauen')],
    why: 'women ~ Frauen; cycling = Radfahren (no synonym): the cycling courses for women.',
  },
  {
    category: 'english',
    query: 'women swimming',
    expect: [practice('schwimmkurse-fuer-frauen-mit-ehrenamtlichen-schwimmhelferinnen')],
    why: 'women ~ Frauen; swimming = Schwimmen (no synonym).',
  },
  {
    category: 'english',
    query: 'volunteers housing',
    expect: [practice('wohnungspatenschaften-und-mietfuehrerschein'), practice('wohnraumlotsen-und-vermieterberatung')],
    why: 'Volunteers ~ Ehrenamtliche, housing ~ Wohnen: volunteer flat sponsors and housing guides.',
  },
  {
    category: 'english',
    query: 'health guides',
    expect: [practice('gesundheitslotsinnen-und-lotsen-nach-dem-mimi-ansatz')],
    why: 'health ~ Gesundheit/Gesundheitslotsen; guides = Lotsen.',
  },
  {
    category: 'english',
    query: 'youth sports club',
    expect: [practice('willkommenslotsen-im-sportverein')],
    why: 'youth ~ Jugendliche, sports ~ Sportverein.',
  },
  {
    category: 'english',
    query: 'migrant organisation participation',
    expect: [practice('migrantenorganisationen-im-integrationsbeirat'), practice('fest-der-kulturen-gemeinsam-mit-migrantenvereinen')],
    why: 'migrant organisation ~ Migrantenorganisation, participation ~ Teilhabe.',
  },
  {
    category: 'english',
    query: 'language course childcare',
    expect: [practice('frauentreff-mit-deutschkurs-und-kinderbetreuung')],
    why: 'language course ~ Deutschkurs; childcare = Kinderbetreuung (no synonym).',
  },

  // ── Municipality names ─────────────────────────────────────────────────────────────────────
  {
    category: 'municipality',
    query: 'Pforzheim',
    expect: [municipality('pforzheim'), practice('migrantenorganisationen-im-integrationsbeirat'), practice('elternmentorinnen-an-grundschulen')],
    why: 'The city and its two practices.',
  },
  {
    category: 'municipality',
    query: 'Zollernalbkreis',
    expect: [municipality('zollernalbkreis'), practice('wohnraumlotsen-und-vermieterberatung')],
    why: 'The district and its practice.',
  },
  {
    category: 'municipality',
    query: 'Giengen',
    expect: [municipality('giengen'), practice('schwimmkurse-fuer-frauen-mit-ehrenamtlichen-schwimmhelferinnen')],
    why: 'First word of "Giengen an der Brenz", and its practice.',
  },
  {
    category: 'municipality',
    query: 'Crailsheim',
    expect: [municipality('crailsheim'), practice('fahrradwerkstatt-und-radfahrkurse-fuer-frauen'), practice('willkommenslotsen-im-sportverein')],
    why: 'The town and its two practices.',
  },
  {
    category: 'municipality',
    query: 'Biberach',
    expect: [municipality('biberach'), practice('interkultureller-garten-am-stadtrand'), practice('wohnungspatenschaften-und-mietfuehrerschein')],
    why: 'Biberach an der Riß and its two practices.',
  },
  {
    category: 'municipality',
    query: 'Landkreis Tuttlingen',
    expect: [municipality('landkreis-tuttlingen'), practice('gesundheitslotsinnen-und-lotsen-nach-dem-mimi-ansatz')],
    why: 'The district and its practice; "Landkreis" alone is in many documents.',
  },
  {
    category: 'municipality',
    query: 'Rauenberg',
    expect: [municipality('gvv-rauenberg'), practice('gemeinsame-ehrenamtskoordination-fuer-drei-gemeinden')],
    why: 'Gemeindeverwaltungsverband Rauenberg and its practice.',
  },
  {
    category: 'municipality',
    query: 'Binzen',
    expect: [municipality('gvv-vorderes-kandertal')],
    why: 'A member village (and seat) of the GVV Vorderes Kandertal.',
  },
  {
    category: 'municipality',
    query: 'Freiburg Sprachcafé',
    expect: [practice('sprachcafe-netzwerk-in-den-stadtteilen')],
    why: 'The Freiburg language café network.',
  },

  // ── Questions people ask in the discussions ────────────────────────────────────────────────
  {
    category: 'discussion',
    query: 'Versicherung Schnuppertraining',
    expect: [thread(THREAD.versicherung), post(THREAD.versicherung, 2)],
    why: 'The thread and the reply that answers it (Landessportbund). The Crailsheim practice runs taster trainings but says nothing on insurance.',
  },
  {
    category: 'discussion',
    query: 'Ehrenamtliche langfristig halten',
    expect: [thread(THREAD.sprachcafe), practice('sprachcafe-netzwerk-in-den-stadtteilen')],
    why: 'The question itself; the Freiburg network reports that keeping hosts is harder than finding them.',
  },
  {
    category: 'discussion',
    query: 'Aufwandsentschädigung Elternmentorinnen',
    expect: [thread(THREAD.elternmentorinnen), practice('elternmentorinnen-an-grundschulen')],
    why: 'The question, and the practice that pays 10 Euro per assignment.',
  },
  {
    category: 'discussion',
    query: 'Ehrenamtskarte',
    expect: [thread(THREAD.dankeschoen)],
    why: 'Only that discussion mentions the volunteer card.',
  },
  {
    category: 'discussion',
    query: 'Dank an Ehrenamtliche',
    expect: [thread(THREAD.dankeschoen), practice('gemeinsame-ehrenamtskoordination-fuer-drei-gemeinden')],
    why: 'How to thank volunteers; the GVV Rauenberg holds a yearly volunteer day "mit Dank und Austausch".',
  },
  {
    category: 'discussion',
    query: 'Merkblätter übersetzen',
    expect: [thread(THREAD.mehrsprachig), post(THREAD.mehrsprachig, 2)],
    why: 'The question about translating leaflets, and the reply on professional versus volunteer translation.',
  },
  {
    category: 'discussion',
    query: 'Checkliste Übersetzung',
    expect: [post(THREAD.mehrsprachig, 2), post(THREAD.mehrsprachig, 3), thread(THREAD.mehrsprachig)],
    why: 'Both replies offer the translation checklist (the word is only in the replies), in the discussion about translations.',
  },
  {
    category: 'discussion',
    query: 'Wirkungen dokumentieren Förderung',
    expect: [thread(THREAD.nachweis)],
    why: 'Documenting effects for the funder.',
  },
  {
    category: 'discussion',
    query: 'Räume für Sprachcafé finden',
    expect: [thread(THREAD.raeume), practice('sprachcafe-netzwerk-in-den-stadtteilen')],
    why: 'The question about finding rooms, asked on the Freiburg practice that uses libraries and community centres.',
  },
  {
    category: 'discussion',
    query: 'Landessportbund',
    expect: [post(THREAD.versicherung, 2)],
    why: 'Only that reply names it.',
  },
  {
    category: 'discussion',
    query: 'Vermieter überzeugen',
    expect: [
      thread(THREAD.mietfuehrerschein),
      post(THREAD.mietfuehrerschein, 3),
      practice('wohnraumlotsen-und-vermieterberatung'),
      practice('wohnungspatenschaften-und-mietfuehrerschein'),
    ],
    why:
      '"Wie überzeugt ihr Vermieter" and the reply that invites landlords to the last session; the Zollernalbkreis guides won owners over ' +
      '("Am ehesten überzeugte das persönliche Gespräch"), and in Biberach the certificate "öffnet Türen bei Vermietenden".',
  },
];
