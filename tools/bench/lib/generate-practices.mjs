// Generates the benchmark data set for practices straight into PostgreSQL: synthetic municipalities
// (topping the seeded ones up to the target), a few hundred users, and practices with topics,
// partner municipalities, revisions, attachment rows and adoptions. Deterministic: the same seed
// gives the same rows (ids included). Everything it writes is recognisable and removable on its own:
// slugs start with `bench-` (practices, municipalities), user e-mails with `bench-user-`, and every
// practice and adoption has is_example = true. Usage: see ../README.md, "Generated data".
import { assertBenchDatabase, commentMarker, databaseName, ensureDatabase, withClient } from './bench-db.mjs';
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '@praxisforum/markdown';
import { startApi } from './harness.mjs';

export const DEFAULTS = { practices: 20_000, municipalities: 1_200, users: 300, seed: 1 };
const MARKER = 'praxisforum-bench-data';
const MARKER_VERSION = 1; // bump when the generated shape changes, so old data is replaced
const BATCH = 250; // practices per INSERT (with their texts, about 2 MB of JSON)

// ── Deterministic randomness ────────────────────────────────────────────────────────────────

/** 128 bits of state from a string (cyrb128). */
function hash128(text) {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * A small PRNG (sfc32) with helpers. Each generated entity gets its own stream, seeded by
 * (seed, kind, index), so one entity's draws never shift another's.
 */
export function random(...parts) {
  let [a, b, c, d] = hash128(parts.join('/'));
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // let the state mix
  const r = {
    float: next,
    /** Whole number in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** One of the values by weight: [[value, weight], …]. */
    weighted(pairs) {
      const total = pairs.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [value, w] of pairs) if ((x -= w) < 0) return value;
      return pairs.at(-1)[0];
    },
    /** `k` different items of `list` (fewer if the list is short), none of them in `exclude`. */
    sample(list, k, exclude = new Set()) {
      const chosen = new Set();
      const result = [];
      for (let guard = 0; result.length < k && guard < k * 20; guard++) {
        const item = list[Math.floor(next() * list.length)];
        if (exclude.has(item) || chosen.has(item)) continue;
        chosen.add(item);
        result.push(item);
      }
      return result;
    },
    uuid() {
      const hex = [];
      for (let i = 0; i < 4; i++) hex.push(Math.floor(next() * 4294967296).toString(16).padStart(8, '0'));
      const s = hex.join('');
      const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
    },
    /** A time between two epoch-ms values. */
    time: (from, to) => from + Math.floor(next() * (to - from)),
  };
  return r;
}

// ── German-like text ────────────────────────────────────────────────────────────────────────

export const SUBJECTS = [
  // [singular subject, plural subject]: the verb agrees
  ['Die Koordinierungsstelle', false], ['Die Stadtverwaltung', false], ['Das Integrationsmanagement', false], ['Der Arbeitskreis Asyl', false],
  ['Die Volkshochschule', false], ['Das Quartiersbüro', false], ['Der Gemeinderat', false], ['Das Familienzentrum', false],
  ['Die Integrationsbeauftragte', false], ['Das Jobcenter', false], ['Die Nachbarschaftshilfe', false], ['Das Team im Rathaus', false],
  ['Die Ehrenamtlichen', true], ['Mehrere Vereine', true], ['Die Sprachlotsinnen und Sprachlotsen', true], ['Die Migrantenorganisationen', true],
  ['Viele Teilnehmende', true], ['Die Kirchengemeinden', true], ['Die Schulen im Ort', true], ['Engagierte aus der Nachbarschaft', true],
];
export const VERBS = [
  ['organisiert', 'organisieren'], ['begleitet', 'begleiten'], ['unterstützt', 'unterstützen'], ['plant', 'planen'], ['bietet', 'bieten'],
  ['koordiniert', 'koordinieren'], ['gestaltet', 'gestalten'], ['vermittelt', 'vermitteln'], ['erprobt', 'erproben'], ['dokumentiert', 'dokumentieren'],
];
export const OBJECTS = [
  'wöchentliche Sprachcafés', 'regelmäßige Beratungstermine', 'mehrsprachige Informationsabende', 'Patenschaften für neu zugezogene Familien',
  'einen offenen Treffpunkt', 'Schulungen für Ehrenamtliche', 'gemeinsame Feste im Quartier', 'Hausaufgabenhilfe für Kinder',
  'Begleitungen zu Behördenterminen', 'einen Runden Tisch Integration', 'Bewerbungstrainings', 'Fahrradkurse für Frauen',
  'Kochabende mit der Nachbarschaft', 'Lotsendienste im Gesundheitswesen', 'Praktikumsplätze in örtlichen Betrieben',
  'eine Übersicht aller Angebote', 'Sprechstunden in mehreren Sprachen', 'Elterncafés an Grundschulen', 'Sportangebote für Jugendliche',
  'Wohnungspatenschaften', 'Austauschtreffen der Gastgebenden', 'Übersetzungen wichtiger Formulare',
];
export const PLACES = [
  'im Bürgerhaus', 'in der Stadtteilbibliothek', 'im Foyer des Rathauses', 'in den Gemeinschaftsunterkünften', 'im Familienzentrum',
  'auf dem Marktplatz', 'in den Ortsteilen', 'im Jugendhaus', 'an drei Grundschulen', 'in Räumen der Kirchengemeinde', 'im Quartierstreff',
  'online und vor Ort', 'im Vereinsheim', 'in der Begegnungsstätte',
];
export const TIMES = [
  '', '', ' seit dem Frühjahr 2021', ' mehrmals im Monat', ' jeden Dienstagabend', ' auch in den Schulferien', ' seit mehreren Jahren',
  ' gemeinsam mit Partnern', ' mit Unterstützung der Gemeinde', ' ohne vorherige Anmeldung', ' zweimal im Jahr', ' in enger Abstimmung mit dem Landratsamt',
];
export const STATEMENTS = [
  'Viele Teilnehmende besuchten zwar einen Integrationskurs, hatten außerhalb des Kurses aber kaum Gelegenheit, Deutsch zu sprechen.',
  'Die Angebote wussten anfangs kaum voneinander, und Termine lagen teils parallel.',
  'Besonders Frauen mit kleinen Kindern und Beschäftigte im Schichtdienst waren schwer zu erreichen.',
  'Die Ehrenamtlichen fühlten sich mit sehr gemischten Gruppen zeitweise überfordert.',
  'Seit es eine feste Ansprechperson in der Verwaltung gibt, gehen Anfragen nicht mehr verloren.',
  'Räume sind abends begehrt, deshalb mussten zwei Gruppen den Wochentag wechseln.',
  'Eine Kinderbetreuung während der Treffen hat die Zahl der teilnehmenden Mütter deutlich erhöht.',
  'Die Zusammenarbeit mit den Migrantenorganisationen hat neue Zugänge zu Familien eröffnet.',
  'Ohne Dank und regelmäßigen Austausch springen viele Engagierte nach einem Jahr wieder ab.',
  'Ein mehrsprachiger Flyer wird über Integrationskurse, Sozialdienste und religiöse Gemeinden verteilt.',
  'Die Förderung aus dem Pakt für Integration deckte die Sachkosten der ersten beiden Jahre.',
  'Zum Abschluss jedes Halbjahres werten alle Beteiligten gemeinsam aus, was gut lief und was nicht.',
  'Gerade in kleineren Gemeinden genügt ein Treffen im Monat statt jeder Woche.',
  'Während der Kontaktbeschränkungen liefen einige Gruppen als Videotreffen weiter.',
  'Die Schulungen der Volkshochschule geben den Gastgebenden Sicherheit im Umgang mit belastenden Themen.',
  'Aus den Treffen sind zahlreiche Tandems entstanden, die sich auch privat verabreden.',
  'Mehrere frühere Teilnehmende engagieren sich inzwischen selbst als Ehrenamtliche.',
  'Der Gemeinderat hat die Fortführung nach der Pilotphase einstimmig beschlossen.',
  'Die Wege zwischen den Ortsteilen sind weit, deshalb organisieren Ehrenamtliche Fahrgemeinschaften.',
  'Für die Evaluation wurden die Teilnahmelisten anonymisiert und jährlich ausgewertet.',
];
const EMPHASES = ['Feste Zeiten und Orte', 'Eine verlässliche Ansprechperson', 'Kurze Wege in der Verwaltung', 'Die Kinderbetreuung', 'Die Schulungen'];

/** One German sentence: a fixed statement (35 %) or subject + verb + object + place (+ time). */
export function sentence(r) {
  if (r.chance(0.35)) return r.pick(STATEMENTS);
  const [subject, plural] = r.pick(SUBJECTS);
  const verb = r.pick(VERBS)[plural ? 1 : 0];
  return `${subject} ${verb} ${r.pick(OBJECTS)} ${r.pick(PLACES)}${r.pick(TIMES)}.`;
}

/** Markdown of about `length` characters: paragraphs, a bullet list or numbered steps. */
export function section(r, length, style = r.weighted([['paragraphs', 3], ['bullets', 2], ['steps', 1]])) {
  const blocks = [];
  let size = 0;
  let paragraph = [];
  let item = 0;
  while (size < length) {
    let text = sentence(r);
    if (style === 'paragraphs' && r.chance(0.05)) text = `**${r.pick(EMPHASES)}:** ${text}`;
    if (style === 'paragraphs') {
      paragraph.push(text);
      if (paragraph.length >= r.int(3, 5)) {
        blocks.push(paragraph.join(' '));
        paragraph = [];
      }
    } else {
      item += 1;
      blocks.push(style === 'bullets' ? `- ${text}` : `${item}. ${text}`);
    }
    size += text.length + 1;
  }
  if (paragraph.length) blocks.push(paragraph.join(' '));
  return blocks.join(style === 'paragraphs' ? '\n\n' : '\n');
}

export function summary(r) {
  const parts = [];
  let size = 0;
  const target = r.int(240, 360);
  while (size < target) {
    const s = sentence(r);
    if (size + s.length + 1 > 490) break;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ');
}

export const TITLE_HEADS = [
  'Sprachcafé-Netzwerk', 'Lotsenprojekt', 'Patenschaftsprogramm', 'Begegnungsgarten', 'Elterncafé', 'Bewerbungswerkstatt',
  'Kulturdolmetscher-Pool', 'Runder Tisch Integration', 'Fahrradkurs für Frauen', 'Hausaufgabenhilfe', 'Willkommensfest',
  'Integrationsbeirat', 'Nachbarschaftsküche', 'Wohnungslotsen', 'Gesundheitslotsinnen', 'Jugendsportliga', 'Mehrsprachige Sprechstunde',
  'Ehrenamtsbörse', 'Vielfalts-Check für Vereine', 'Ausbildungspatenschaften', 'Repair-Café', 'Interkultureller Frauentreff',
];
export const TITLE_TAILS = [
  'in den Stadtteilen', 'für neu Zugezogene', 'im ländlichen Raum', 'mit Migrantenorganisationen', 'an Grundschulen', 'im Quartier',
  'für Frauen und Familien', 'gemeinsam mit Vereinen', 'im Landkreis', 'für Jugendliche', 'in Gemeinschaftsunterkünften', 'mit Ehrenamtlichen',
];
export const TARGET_GROUPS = [
  'Geflüchtete Frauen', 'Zugewanderte Familien', 'Ehrenamtliche', 'Jugendliche mit Migrationsgeschichte', 'Neu Zugezogene',
  'Eltern von Grundschulkindern', 'Vereinsvorstände', 'Beschäftigte der Verwaltung', 'Auszubildende', 'Ältere Zugewanderte',
];
const FUNDING = ['Pakt für Integration (Land Baden-Württemberg)', 'Eigenmittel der Gemeinde', 'Spenden', 'Stiftungsmittel', 'Mittel des Landkreises', 'Bundesprogramm'];
const PARTNER_NAMES = [
  ['administration', 'Fachstelle Integration der Verwaltung'], ['civil_society', 'Volkshochschule'], ['civil_society', 'Stadtteilverein'],
  ['migrant_organisation', 'Deutsch-Türkischer Kulturverein'], ['migrant_organisation', 'Syrischer Elternverein'], ['politics', 'Gemeinderat'],
  ['civil_society', 'Evangelische Kirchengemeinde'], ['civil_society', 'Sportverein'], ['other', 'Örtliche Betriebe'], ['administration', 'Jobcenter'],
];
const OUTCOMES = [
  ['Teilnehmende', 'Personen', 20, 400], ['Treffen', 'Treffen', 10, 300], ['Aktive Ehrenamtliche', 'Ehrenamtliche', 3, 80],
  ['Vermittelte Praktika', 'Praktika', 1, 60], ['Beratungsgespräche', 'Gespräche', 30, 1500], ['Zufriedene Teilnehmende', '%', 40, 98],
  ['Beteiligte Vereine', 'Vereine', 2, 40], ['Standorte', 'Standorte', 1, 12], ['Geleistete Ehrenamtsstunden', 'Stunden', 100, 6000],
  ['Vermittelte Wohnungen', 'Wohnungen', 1, 50],
];
const FILES = [
  ['Flyer.pdf', 'application/pdf'], ['Projektbericht.pdf', 'application/pdf'], ['Evaluationsbericht.pdf', 'application/pdf'],
  ['Konzept.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['Foto_Auftakt.jpg', 'image/jpeg'],
  ['Plakat.png', 'image/png'], ['Checkliste_Ehrenamt.pdf', 'application/pdf'],
];
export const FIRST_NAMES = ['Miriam', 'Jonas', 'Aylin', 'Lukas', 'Fatma', 'Hannah', 'Tobias', 'Leyla', 'Sven', 'Amina', 'Katrin', 'Mehmet', 'Julia', 'Nikolai', 'Sara', 'Felix'];
export const LAST_NAMES = ['Albrecht', 'Yılmaz', 'Schneider', 'Haddad', 'Weber', 'Kovač', 'Fischer', 'Nguyen', 'Bauer', 'Öztürk', 'Hoffmann', 'Rahimi', 'Maier', 'Wagner'];
const SNAPSHOT_FIELDS = [
  'title', 'summary', 'topics', 'partnerMunicipalities', 'targetGroups', 'workStatus', 'periodStart', 'periodEnd', 'problem', 'approach',
  'results', 'outcomes', 'costOneOffEur', 'costYearlyEur', 'fundingSources', 'staffHoursPerMonth', 'partners', 'successFactors',
  'obstacles', 'transferability', 'transferableKinds', 'transferableSizes', 'contact',
];
const LATER_CHANGES = [['results', 'outcomes'], ['summary', 'results'], ['outcomes'], ['workStatus', 'periodEnd', 'results']];
const REVISION_NOTES = ['Zahlen für das letzte Jahr ergänzt', 'Ergebnisse aktualisiert', 'Projekt abgeschlossen, Bilanz ergänzt', 'Zusammenfassung überarbeitet'];

export const slugify = (text) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = (n, width) => String(n).padStart(width, '0');
const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms) => new Date(ms).toISOString();
const DAY = 86_400_000;
// Fixed dates keep the data the same on every run (and nothing lies in the future).
const EARLIEST = Date.UTC(2019, 0, 1);
const LATEST = Date.UTC(2026, 5, 30);

// ── Rows ────────────────────────────────────────────────────────────────────────────────────

function municipalityRow(seed, index) {
  const r = random(seed, 'municipality', index);
  const kind = r.weighted([['municipality', 60], ['town', 30], ['district', 4], ['city_district', 3], ['association', 2], ['joint_project', 1]]);
  const number = pad(index + 1, 4);
  const name = kind === 'district' ? `Benchkreis ${number}` : kind === 'association' || kind === 'joint_project' ? `Benchverbund ${number}` : `Benchstadt ${number}`;
  return {
    id: r.uuid(),
    slug: `bench-${slugify(name)}`,
    name,
    official_name: kind === 'town' ? `Stadt ${name}` : null,
    kind,
    region: r.weighted([['stuttgart', 37], ['karlsruhe', 25], ['freiburg', 20], ['tuebingen', 18]]),
    district: kind === 'district' ? null : `Landkreis Bench ${pad(r.int(1, 35), 2)}`,
    members: kind === 'association' || kind === 'joint_project' ? [`Benchdorf ${pad(r.int(1, 999), 3)}`, `Benchdorf ${pad(r.int(1, 999), 3)}`] : [],
    latitude: Number((47.6 + r.float() * 2.1).toFixed(4)),
    longitude: Number((7.6 + r.float() * 2.8).toFixed(4)),
    created_at: iso(EARLIEST - 30 * DAY),
  };
}

function userRow(seed, index, municipalityIds) {
  const r = random(seed, 'user', index);
  const created = r.time(EARLIEST - 60 * DAY, LATEST - 60 * DAY);
  return {
    id: r.uuid(),
    email: `bench-user-${pad(index + 1, 5)}@example.org`,
    email_verified_at: iso(created + DAY),
    display_name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
    affiliation_municipality_id: r.pick(municipalityIds),
    created_at: iso(created),
  };
}

/** One practice with its child rows. `owners` is skewed: some municipalities share much more than others. */
export function practiceRows(seed, index, { municipalityIds, userIds, topicIds }) {
  const r = random(seed, 'practice', index);
  const id = r.uuid();
  const owner = municipalityIds[Math.floor(municipalityIds.length * r.float() ** 1.6)];
  const state = r.weighted([['published', 90], ['in_review', 3], ['draft', 5], ['archived', 2]]);
  const wasPublished = state === 'published' || state === 'archived';
  const head = r.pick(TITLE_HEADS);
  const tail = r.pick(TITLE_TAILS);
  const author = r.pick(userIds);

  // Times: created → submitted → published → revisions → (archived); drafts are recent.
  const created = wasPublished ? r.time(EARLIEST - 90 * DAY, LATEST - 120 * DAY) : r.time(LATEST - 365 * DAY, LATEST - 10 * DAY);
  const submitted = state === 'draft' ? null : created + r.int(1, 60) * DAY;
  const published = wasPublished ? submitted + r.int(1, 14) * DAY : null;
  const revisionCount = wasPublished ? r.weighted([[1, 5], [2, 3], [3, 2]]) : 0;
  const revisionTimes = [];
  for (let n = 0; n < revisionCount; n++) revisionTimes.push(n === 0 ? published : Math.min(LATEST - DAY, revisionTimes[n - 1] + r.int(20, 400) * DAY));
  const archived = state === 'archived' ? Math.min(LATEST, revisionTimes.at(-1) + r.int(30, 300) * DAY) : null;
  const updated = archived ?? revisionTimes.at(-1) ?? (submitted ?? created) + r.int(0, 5) * DAY;

  const workStatus = r.weighted([['running', 45], ['completed', 25], ['pilot', 15], ['idea', 5], ['discontinued', 10]]);
  const periodStart = (published ?? created) - r.int(0, 3 * 365) * DAY;
  const periodEnd = workStatus === 'completed' || workStatus === 'discontinued' ? Math.min(LATEST, periodStart + r.int(180, 3 * 365) * DAY) : null;
  const outcomes = Array.from({ length: r.weighted([[0, 2], [1, 2], [2, 2], [3, 2], [4, 1], [5, 1]]) }, () => {
    const [label, unit, min, max] = r.pick(OUTCOMES);
    const asOf = r.time(Math.max(periodStart, EARLIEST), updated);
    return { label: `${label} ${new Date(asOf).getUTCFullYear()}`, value: r.int(min, max), unit, asOf: day(asOf), source: r.chance(0.7) ? 'Teilnahmelisten und eigene Zählung' : null };
  });
  const sectionOrEmpty = (style) => (state === 'draft' && r.chance(0.3) ? '' : section(r, r.int(500, 2000), style));
  const contactMember = r.chance(0.35);
  const contactName = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;

  const practice = {
    id,
    slug: `bench-${slugify(`${head} ${tail}`)}-${pad(index + 1, 5)}`,
    municipality_id: owner,
    state,
    title: `${head} ${tail}`,
    summary: summary(r),
    target_groups: r.sample(TARGET_GROUPS, r.int(1, 3)),
    work_status: workStatus,
    period_start: day(periodStart),
    period_end: periodEnd === null ? null : day(periodEnd),
    problem: section(r, r.int(500, 2000), 'paragraphs'),
    approach: section(r, r.int(500, 2000), r.chance(0.6) ? 'steps' : 'paragraphs'),
    results: sectionOrEmpty('paragraphs'),
    outcomes,
    cost_one_off_eur: r.chance(0.4) ? null : r.int(5, 500) * 100,
    cost_yearly_eur: r.chance(0.3) ? null : r.int(10, 800) * 100,
    funding_sources: r.sample(FUNDING, r.int(1, 2)),
    staff_hours_per_month: r.chance(0.2) ? null : r.int(20, 800) / 10,
    partners: r.sample(PARTNER_NAMES, r.int(1, 4)).map(([kind, name]) => ({ kind, name })),
    success_factors: sectionOrEmpty('bullets'),
    obstacles: sectionOrEmpty('bullets'),
    transferability: sectionOrEmpty('bullets'),
    transferable_kinds: r.sample(['town', 'municipality', 'district', 'city_district', 'association', 'joint_project'], r.int(1, 4)),
    transferable_sizes: r.sample(['small', 'medium', 'large', 'city'], r.int(1, 4)),
    contact_user_id: contactMember ? author : null,
    contact_name: contactMember ? null : contactName,
    contact_email: contactMember ? null : `${slugify(contactName).replace('-', '.')}@example.org`,
    contact_consent: !contactMember && r.chance(0.8),
    review_comment: state === 'draft' && r.chance(0.2) ? 'Bitte die Ergebnisse mit Zahlen belegen.' : null,
    adoption_count: 0,
    created_by: author,
    version: revisionCount + r.int(1, 3),
    submitted_at: submitted === null ? null : iso(submitted),
    published_at: published === null ? null : iso(published),
    archived_at: archived === null ? null : iso(archived),
    created_at: iso(created),
    updated_at: iso(updated),
  };

  const topics = r.sample(topicIds, r.weighted([[1, 3], [2, 4], [3, 3]])).map((topic_id) => ({ practice_id: id, topic_id }));
  const partners = r
    .sample(municipalityIds, r.weighted([[0, 60], [1, 28], [2, 12]]), new Set([owner]))
    .map((municipality_id) => ({ practice_id: id, municipality_id }));
  const revisions = revisionTimes.map((time, n) => ({
    id: r.uuid(),
    practice_id: id,
    number: n + 1,
    changed_fields: n === 0 ? SNAPSHOT_FIELDS : r.pick(LATER_CHANGES),
    note: n === 0 ? null : r.pick(REVISION_NOTES),
    author_id: author,
    created_at: iso(time),
    latest: n === revisionTimes.length - 1,
  }));
  const attachments = Array.from({ length: r.weighted([[0, 40], [1, 30], [2, 20], [3, 10]]) }, (_, n) => {
    const [file, mime] = r.pick(FILES);
    const attachmentId = r.uuid();
    return {
      id: attachmentId,
      practice_id: id,
      storage_key: `bench/${id}/${attachmentId}`,
      file_name: `${pad(n + 1, 2)}_${file}`,
      mime_type: mime,
      size_bytes: mime.startsWith('image/') ? r.int(80_000, 4_000_000) : r.int(40_000, 8_000_000),
      alt_text: mime.startsWith('image/') ? 'Teilnehmende bei einem Treffen im Bürgerhaus' : null,
      uploaded_by: author,
      created_at: iso(r.time(created, updated + 1)),
    };
  });
  const adoptions = wasPublished
    ? r.sample(municipalityIds, r.weighted([[0, 45], [1, 25], [2, 15], [3, 10], [4, 5]]), new Set([owner])).map((municipality_id) => {
        const adopted = r.time(published, LATEST);
        return {
          id: r.uuid(),
          practice_id: id,
          municipality_id,
          kind: r.chance(0.6) ? 'adapted' : 'adopted',
          adopted_on: day(adopted),
          changes: section(r, r.int(150, 500), 'paragraphs'),
          results: r.chance(0.5) ? section(r, r.int(150, 500), 'paragraphs') : '',
          outcomes: r.chance(0.4) ? [{ label: 'Teilnehmende', value: r.int(5, 120), unit: 'Personen', asOf: day(adopted), source: null }] : [],
          created_by: r.pick(userIds),
          created_at: iso(adopted),
        };
      })
    : [];
  practice.adoption_count = adoptions.length;
  // Rendered as PracticeService.update stores them (apps/api/src/practices/sections-html.ts).
  practice.sections_html = {
    renderer: MARKDOWN_RENDERER_VERSION,
    problem: renderMarkdown(practice.problem),
    approach: renderMarkdown(practice.approach),
    results: renderMarkdown(practice.results),
    successFactors: renderMarkdown(practice.success_factors),
    obstacles: renderMarkdown(practice.obstacles),
    transferability: renderMarkdown(practice.transferability),
  };
  return { practice, topics, partners, revisions, attachments, adoptions };
}

// ── SQL ─────────────────────────────────────────────────────────────────────────────────────

const INSERT_MUNICIPALITIES = `
  INSERT INTO municipality (id, slug, name, official_name, kind, region, district, members, latitude, longitude, created_at, updated_at)
  SELECT id, slug, name, official_name, kind, region, district, members, latitude, longitude, created_at, created_at
    FROM json_to_recordset($1::json) AS r(id uuid, slug text, name text, official_name text, kind text, region text, district text,
                                           members text[], latitude float8, longitude float8, created_at timestamptz)`;

const INSERT_USERS = `
  INSERT INTO app_user (id, email, email_verified_at, display_name, affiliation_municipality_id, created_at, updated_at)
  SELECT id, email, email_verified_at, display_name, affiliation_municipality_id, created_at, created_at
    FROM json_to_recordset($1::json) AS r(id uuid, email text, email_verified_at timestamptz, display_name text,
                                           affiliation_municipality_id uuid, created_at timestamptz)`;

const PRACTICE_COLUMNS = `id, slug, municipality_id, state, version, title, summary, target_groups, work_status, period_start, period_end,
  problem, approach, results, outcomes, cost_one_off_eur, cost_yearly_eur, funding_sources, staff_hours_per_month, partners,
  success_factors, obstacles, transferability, transferable_kinds, transferable_sizes, contact_user_id, contact_name, contact_email,
  contact_consent, review_comment, adoption_count, created_by, submitted_at, published_at, archived_at, created_at, updated_at, sections_html`;
export const INSERT_PRACTICES = `
  INSERT INTO practice (is_example, ${PRACTICE_COLUMNS})
  SELECT true, ${PRACTICE_COLUMNS}
    FROM json_to_recordset($1::json) AS r(id uuid, slug text, municipality_id uuid, state text, version int, title text, summary text,
      target_groups text[], work_status text, period_start date, period_end date, problem text, approach text, results text,
      outcomes jsonb, cost_one_off_eur int, cost_yearly_eur int, funding_sources text[], staff_hours_per_month numeric, partners jsonb,
      success_factors text, obstacles text, transferability text, transferable_kinds text[], transferable_sizes text[],
      contact_user_id uuid, contact_name text, contact_email text, contact_consent boolean, review_comment text, adoption_count int,
      created_by uuid, submitted_at timestamptz, published_at timestamptz, archived_at timestamptz, created_at timestamptz,
      updated_at timestamptz, sections_html jsonb)`;

export const INSERT_TOPICS = `INSERT INTO practice_topic (practice_id, topic_id)
  SELECT practice_id, topic_id FROM json_to_recordset($1::json) AS r(practice_id uuid, topic_id uuid)`;
export const INSERT_PARTNERS = `INSERT INTO practice_partner_municipality (practice_id, municipality_id)
  SELECT practice_id, municipality_id FROM json_to_recordset($1::json) AS r(practice_id uuid, municipality_id uuid)`;
const INSERT_ATTACHMENTS = `
  INSERT INTO practice_attachment (id, practice_id, storage_key, file_name, mime_type, size_bytes, alt_text, uploaded_by, created_at)
  SELECT id, practice_id, storage_key, file_name, mime_type, size_bytes, alt_text, uploaded_by, created_at
    FROM json_to_recordset($1::json) AS r(id uuid, practice_id uuid, storage_key text, file_name text, mime_type text, size_bytes int,
                                           alt_text text, uploaded_by uuid, created_at timestamptz)`;
const INSERT_ADOPTIONS = `
  INSERT INTO adoption (id, practice_id, municipality_id, kind, adopted_on, changes, results, outcomes, is_example, created_by, created_at, updated_at)
  SELECT id, practice_id, municipality_id, kind, adopted_on, changes, results, outcomes, true, created_by, created_at, created_at
    FROM json_to_recordset($1::json) AS r(id uuid, practice_id uuid, municipality_id uuid, kind text, adopted_on date, changes text,
                                           results text, outcomes jsonb, created_by uuid, created_at timestamptz)`;
// The snapshot is built the way PracticeService.writeRevision builds it, from the rows just written;
// older revisions get a shorter results text, so a diff between two revisions shows a change.
const INSERT_REVISIONS = `
  INSERT INTO practice_revision (id, practice_id, number, snapshot, changed_fields, note, author_id, created_at)
  SELECT r.id, r.practice_id, r.number,
         CASE WHEN r.latest THEN s.snapshot ELSE jsonb_set(s.snapshot, '{results}', to_jsonb(left(p.results, 300))) END,
         r.changed_fields, r.note, r.author_id, r.created_at
    FROM json_to_recordset($1::json) AS r(id uuid, practice_id uuid, number int, changed_fields text[], note text, author_id uuid,
                                           created_at timestamptz, latest boolean)
    JOIN practice p ON p.id = r.practice_id
    LEFT JOIN app_user u ON u.id = p.contact_user_id
    CROSS JOIN LATERAL (SELECT jsonb_build_object(
           'title', p.title, 'summary', p.summary,
           'topics', (SELECT coalesce(jsonb_agg(t.slug ORDER BY t.slug), '[]') FROM practice_topic pt JOIN topic t ON t.id = pt.topic_id WHERE pt.practice_id = p.id),
           'partnerMunicipalities', (SELECT coalesce(jsonb_agg(m.slug ORDER BY m.slug), '[]') FROM practice_partner_municipality pm JOIN municipality m ON m.id = pm.municipality_id WHERE pm.practice_id = p.id),
           'targetGroups', p.target_groups, 'workStatus', p.work_status, 'periodStart', p.period_start::text, 'periodEnd', p.period_end::text,
           'problem', p.problem, 'approach', p.approach, 'results', p.results, 'outcomes', p.outcomes,
           'costOneOffEur', p.cost_one_off_eur, 'costYearlyEur', p.cost_yearly_eur, 'fundingSources', p.funding_sources,
           'staffHoursPerMonth', p.staff_hours_per_month::float8, 'partners', p.partners, 'successFactors', p.success_factors,
           'obstacles', p.obstacles, 'transferability', p.transferability, 'transferableKinds', p.transferable_kinds,
           'transferableSizes', p.transferable_sizes,
           'contact', concat_ws(' ', coalesce(u.display_name, p.contact_name), nullif(p.contact_email, ''))) AS snapshot) s`;

const GENERATED_TABLES = ['municipality', 'app_user', 'practice', 'practice_topic', 'practice_partner_municipality', 'practice_revision', 'practice_attachment', 'adoption'];

/** Removes generated rows only: practices and municipalities with a `bench-` slug, `bench-user-` accounts. */
async function removeGenerated(client) {
  const counts = {};
  const run = async (name, sql) => {
    counts[name] = (await client.query(sql)).rowCount;
  };
  await run('follows', `DELETE FROM follow WHERE subject_type = 'practice' AND subject_id IN (SELECT id FROM practice WHERE slug LIKE 'bench-%')`);
  // Topics, partners, revisions, attachments and adoptions of these practices go with them (ON DELETE CASCADE).
  await run('practices', `DELETE FROM practice WHERE slug LIKE 'bench-%'`);
  await run('municipalities', `DELETE FROM municipality WHERE slug LIKE 'bench-%'`);
  await run('users', `DELETE FROM app_user WHERE email LIKE 'bench-user-%@example.org'`);
  return counts;
}

// The data set's record lives in the database comment.
const dataSetRecord = commentMarker(MARKER, {
  read: `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()`,
  target: async (client) => `DATABASE "${(await client.query('SELECT current_database() AS name')).rows[0].name.replaceAll('"', '""')}"`,
});

const sameSize = (marker, wanted) =>
  marker && marker.version === MARKER_VERSION && ['practices', 'municipalities', 'users', 'seed'].every((key) => marker[key] === wanted[key]);

async function schemaReady(client) {
  const { rows } = await client.query(`SELECT to_regclass('public.practice') IS NOT NULL AS practice, to_regclass('public.topic') IS NOT NULL AS topic`);
  if (!rows[0].practice || !rows[0].topic) return false;
  const { rows: topics } = await client.query('SELECT count(*)::int AS n FROM topic');
  return topics[0].n > 0;
}

/**
 * Generates the data set into `databaseUrl` (praxisforum_bench by default; see assertBenchDatabase).
 * Skips when the database already holds a data set of this size and seed (the marker is a comment
 * on the database, checked against the rows), replaces a different one, and with `reset` only
 * removes what an earlier run generated. Returns what it did, with timings.
 */
export async function generatePractices({
  databaseUrl,
  practices = DEFAULTS.practices,
  municipalities = DEFAULTS.municipalities,
  users = DEFAULTS.users,
  seed = DEFAULTS.seed,
  reset = false,
  force = false,
  apiPort = 3302,
  log = console.log,
}) {
  assertBenchDatabase(databaseUrl);
  const started = Date.now();
  const wanted = { version: MARKER_VERSION, practices, municipalities, users, seed };
  if (await ensureDatabase(databaseUrl)) log(`generate: created database ${databaseName(databaseUrl)}`);

  // The schema and the base data (topics, the 23 programme municipalities) come from the API itself:
  // its start migrates and seeds, so the generator can never drift from the real schema.
  if (!reset && !(await withClient(databaseUrl, schemaReady))) {
    log(`generate: starting the API once on port ${apiPort} to migrate and seed ${databaseName(databaseUrl)}`);
    const api = await startApi({ databaseUrl, port: apiPort });
    await api.stop();
  }

  return withClient(databaseUrl, async (client) => {
    if (reset) {
      if (!(await schemaReady(client))) return { action: 'reset', removed: {}, seconds: (Date.now() - started) / 1000 };
      await client.query('BEGIN');
      const removed = await removeGenerated(client);
      await client.query(`COMMENT ON DATABASE "${databaseName(databaseUrl).replaceAll('"', '""')}" IS NULL`);
      await client.query('COMMIT');
      return { action: 'reset', removed, seconds: (Date.now() - started) / 1000 };
    }

    const marker = await dataSetRecord.read(client);
    const { rows: present } = await client.query(`SELECT count(*)::int AS n FROM practice WHERE slug LIKE 'bench-%'`);
    if (!force && sameSize(marker, wanted) && present[0].n === practices) {
      return { action: 'skipped', marker, seconds: (Date.now() - started) / 1000 };
    }

    const timings = {};
    const phase = async (name, work) => {
      const t = Date.now();
      const result = await work();
      timings[name] = (Date.now() - t) / 1000;
      return result;
    };

    // One transaction: a run that fails or is interrupted leaves the earlier state, never half a data set.
    await client.query('BEGIN');
    try {
      const removed = await phase('remove', () => removeGenerated(client));
      const { rows: base } = await client.query(`SELECT count(*)::int AS n FROM municipality`);
      const benchMunicipalities = Math.max(0, municipalities - base[0].n);
      const { rows: topicRows } = await client.query('SELECT id FROM topic ORDER BY position, slug');
      const topicIds = topicRows.map((t) => t.id);
      if (topicIds.length === 0) throw new Error('no topics in the database: the API seeds them at start');

      const municipalityRows = Array.from({ length: benchMunicipalities }, (_, i) => municipalityRow(seed, i));
      await phase('municipalities', async () => {
        for (let i = 0; i < municipalityRows.length; i += 1_000) {
          await client.query(INSERT_MUNICIPALITIES, [JSON.stringify(municipalityRows.slice(i, i + 1_000))]);
        }
      });
      // Generated practices belong to generated municipalities only, so the programme's real
      // municipalities keep their own (example) content and --reset stays simple.
      const municipalityIds = municipalityRows.map((m) => m.id);
      if (municipalityIds.length < 10) throw new Error(`only ${municipalityIds.length} generated municipalities: raise --municipalities`);
      const userRows = Array.from({ length: users }, (_, i) => userRow(seed, i, municipalityIds));
      await phase('users', () => client.query(INSERT_USERS, [JSON.stringify(userRows)]));
      const userIds = userRows.map((u) => u.id);

      const totals = { practices: 0, published: 0, topics: 0, partners: 0, revisions: 0, attachments: 0, adoptions: 0, textBytes: 0 };
      timings.practices = 0;
      timings.children = 0;
      let buildSeconds = 0;
      for (let from = 0; from < practices; from += BATCH) {
        const t0 = Date.now();
        const batch = { practice: [], topics: [], partners: [], revisions: [], attachments: [], adoptions: [] };
        for (let i = from; i < Math.min(practices, from + BATCH); i++) {
          const rows = practiceRows(seed, i, { municipalityIds, userIds, topicIds });
          batch.practice.push(rows.practice);
          for (const key of ['topics', 'partners', 'revisions', 'attachments', 'adoptions']) batch[key].push(...rows[key]);
        }
        const practiceJson = JSON.stringify(batch.practice);
        totals.textBytes += practiceJson.length;
        const t1 = Date.now();
        buildSeconds += (t1 - t0) / 1000;
        await client.query(INSERT_PRACTICES, [practiceJson]);
        const t2 = Date.now();
        timings.practices += (t2 - t1) / 1000;
        if (batch.topics.length) await client.query(INSERT_TOPICS, [JSON.stringify(batch.topics)]);
        if (batch.partners.length) await client.query(INSERT_PARTNERS, [JSON.stringify(batch.partners)]);
        if (batch.attachments.length) await client.query(INSERT_ATTACHMENTS, [JSON.stringify(batch.attachments)]);
        if (batch.adoptions.length) await client.query(INSERT_ADOPTIONS, [JSON.stringify(batch.adoptions)]);
        if (batch.revisions.length) await client.query(INSERT_REVISIONS, [JSON.stringify(batch.revisions)]);
        timings.children += (Date.now() - t2) / 1000;
        totals.practices += batch.practice.length;
        totals.published += batch.practice.filter((p) => p.state === 'published').length;
        for (const key of ['topics', 'partners', 'revisions', 'attachments', 'adoptions']) totals[key] += batch[key].length;
        if ((from / BATCH) % 20 === 19) log(`generate: ${totals.practices} / ${practices} practices`);
      }
      timings.build = buildSeconds;

      const generatedAt = new Date().toISOString();
      await dataSetRecord.write(client, { ...wanted, generatedAt });
      await phase('commit', () => client.query('COMMIT'));

      // Fresh statistics (and the visibility map) for the planner, as a settled database would have.
      await phase('vacuumAnalyze', () => client.query(`VACUUM (ANALYZE) ${GENERATED_TABLES.join(', ')}`));
      return {
        action: 'generated',
        removed,
        municipalities: { generated: benchMunicipalities, total: base[0].n + benchMunicipalities },
        users,
        ...totals,
        timings,
        seconds: (Date.now() - started) / 1000,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  });
}
