import { type SpaceType, type ThreadKind } from '@praxisforum/domain';

/** Example people who write the demo discussions (no password: they cannot sign in). */
export const DEMO_PEOPLE = {
  miriam: { displayName: 'Miriam Kaya', email: 'miriam.kaya@beispiel.praxisforum.invalid' },
  thomas: { displayName: 'Thomas Berger', email: 'thomas.berger@beispiel.praxisforum.invalid' },
  sabine: { displayName: 'Sabine Wolf', email: 'sabine.wolf@beispiel.praxisforum.invalid' },
  yusuf: { displayName: 'Yusuf Demir', email: 'yusuf.demir@beispiel.praxisforum.invalid' },
  katrin: { displayName: 'Katrin Hofmann', email: 'katrin.hofmann@beispiel.praxisforum.invalid' },
} as const;
export type DemoPerson = keyof typeof DEMO_PEOPLE;

export interface DemoPost {
  author: DemoPerson;
  /** Markdown; `@miriam` style placeholders become mentions of the demo people. */
  body: string;
  /** Days before the seed run. */
  daysAgo: number;
  /** Index (0 = first post) of the post this one quotes. */
  quotes?: number;
  /** Demo people who marked it helpful. */
  helpful?: DemoPerson[];
  accepted?: boolean;
}

export interface DemoThread {
  /** Space by slug: a topic, the programme, or a practice. */
  space: { type: SpaceType; slug: string };
  kind: ThreadKind;
  title: string;
  tags: string[];
  /** The first post is the thread's body. */
  posts: DemoPost[];
}

export const DEMO_THREADS: DemoThread[] = [
  {
    space: { type: 'topic', slug: 'sprache' },
    kind: 'question',
    title: 'Sprachcafé: Wie halten wir Ehrenamtliche langfristig dabei?',
    tags: ['ehrenamt', 'sprachcafé'],
    posts: [
      {
        author: 'thomas',
        daysAgo: 12,
        body: 'Unser Sprachcafé läuft seit einem Jahr, aber von den zwölf Ehrenamtlichen vom Start sind nur noch vier regelmäßig da. Wie schafft ihr es, dass Leute **länger als ein paar Monate** mitmachen?',
      },
      {
        author: 'sabine',
        daysAgo: 11,
        body: 'Bei uns hat geholfen, die Verantwortung zu teilen: Jede Woche gibt es ein anderes Tandem, das moderiert. Niemand muss jedes Mal kommen, und trotzdem fällt kein Termin aus.',
        helpful: ['thomas', 'miriam'],
      },
      {
        author: 'miriam',
        daysAgo: 10,
        body: 'Drei Dinge aus Freiburg:\n\n1. Ein fester Ansprechpartner bei der Stadt, der auch mal anruft, wenn jemand länger fehlt.\n2. Einmal im Quartal ein Austauschtreffen nur für die Ehrenamtlichen, mit Essen.\n3. Kurze Fortbildungen (z. B. „Deutsch als Zweitsprache für Einsteiger“), die wir bezahlen.\n\nDie Fortbildungen waren der größte Hebel: Die Leute fühlen sich sicherer und bleiben.',
        helpful: ['thomas', 'sabine', 'katrin'],
        accepted: true,
      },
      {
        author: 'thomas',
        daysAgo: 9,
        quotes: 2,
        body: 'Danke, das mit den Fortbildungen probieren wir aus. Gibt es dafür Fördermittel, oder zahlt ihr das aus dem eigenen Haushalt?',
      },
      {
        author: 'miriam',
        daysAgo: 9,
        body: 'Bei uns lief das über die Integrationsmanagement-Mittel. Schreib mir gern, dann schicke ich dir unser Konzept.',
      },
    ],
  },
  {
    space: { type: 'topic', slug: 'engagement' },
    kind: 'discussion',
    title: 'Dankeschön-Abend oder Ehrenamtskarte – was wirkt bei euch?',
    tags: ['anerkennung'],
    posts: [
      {
        author: 'katrin',
        daysAgo: 8,
        body: 'Wir überlegen, wie wir unseren Ehrenamtlichen in der Flüchtlingshilfe besser danken können. Die Ehrenamtskarte des Landkreises kennt kaum jemand. Was funktioniert bei euch wirklich?',
      },
      {
        author: 'yusuf',
        daysAgo: 7,
        body: 'Ehrlich gesagt: persönliche Wertschätzung. Unser Bürgermeister schreibt jedes Jahr handschriftliche Karten. Das wird mehr geschätzt als jeder Gutschein.',
        helpful: ['katrin'],
      },
      {
        author: 'sabine',
        daysAgo: 6,
        body: 'Ein gemeinsamer Ausflug einmal im Jahr, bei dem auch die Familien der Geflüchteten mitkommen. Das stärkt die Gruppe mehr als ein Abend mit Reden.',
      },
    ],
  },
  {
    space: { type: 'topic', slug: 'wohnen' },
    kind: 'question',
    title: 'Mietführerschein: Wer übernimmt bei euch die Schulungen?',
    tags: ['wohnen', 'mietführerschein'],
    posts: [
      {
        author: 'sabine',
        daysAgo: 15,
        body: 'Wir möchten einen Mietführerschein anbieten. Macht das bei euch die Verwaltung selbst, ein Wohlfahrtsverband oder Ehrenamtliche? Und wie überzeugt ihr Vermieter, dass das Zertifikat etwas wert ist?',
      },
      {
        author: 'katrin',
        daysAgo: 14,
        body: 'In Biberach schult die Caritas, die Stadt stellt Räume und lädt die Vermieter ein. Entscheidend war, dass die **Wohnbaugesellschaft** von Anfang an mit im Boot war.',
        helpful: ['sabine'],
      },
      {
        author: 'yusuf',
        daysAgo: 13,
        body: 'Wir haben Vermieter direkt in die letzte Sitzung eingeladen. Wenn sie die Teilnehmenden kennenlernen, ist das Eis meistens gebrochen.',
      },
    ],
  },
  {
    space: { type: 'topic', slug: 'verwaltung' },
    kind: 'question',
    title: 'Mehrsprachige Informationen im Rathaus – wer übersetzt?',
    tags: ['mehrsprachigkeit', 'verwaltung'],
    posts: [
      {
        author: 'yusuf',
        daysAgo: 5,
        body: 'Unser Bürgerbüro möchte die wichtigsten Merkblätter in fünf Sprachen anbieten. Habt ihr professionelle Übersetzungen beauftragt oder mit Sprachmittlerinnen und Sprachmittlern gearbeitet?',
      },
      {
        author: 'miriam',
        daysAgo: 4,
        body: 'Beides: Rechtlich relevante Texte lassen wir professionell übersetzen, einfache Wegweiser prüft unser Pool an Sprachmittlerinnen. @sabine hat dazu eine Checkliste – frag gern @thomas, der hat sie bei euch im Landkreis vorgestellt.',
      },
      {
        author: 'thomas',
        daysAgo: 3,
        quotes: 1,
        body: 'Genau, die Checkliste schicke ich gern. Wichtig: Immer eine Person festlegen, die Änderungen in allen Sprachfassungen nachzieht, sonst veralten sie schnell.',
      },
    ],
  },
  {
    space: { type: 'programme', slug: 'integration-be-zivilgesellschaft-2018' },
    kind: 'discussion',
    title: 'Austausch: Wie dokumentiert ihr Ergebnisse für den Verwendungsnachweis?',
    tags: ['förderung', 'nachweis'],
    posts: [
      {
        author: 'katrin',
        daysAgo: 20,
        body: 'Für den Verwendungsnachweis sollen wir Wirkungen beschreiben, nicht nur Teilnehmendenzahlen. Wie geht ihr vor? Fragebögen, Interviews, Fotos?',
      },
      {
        author: 'sabine',
        daysAgo: 18,
        body: 'Wir machen zweimal im Jahr kurze Gespräche mit fünf Teilnehmenden und halten Zitate fest (mit Einverständnis). Das ist wenig Aufwand und liest sich im Bericht viel besser als Tabellen.',
        helpful: ['katrin', 'yusuf'],
      },
      {
        author: 'thomas',
        daysAgo: 2,
        body: 'Wir nutzen zusätzlich die Kennzahlen hier auf der Plattform – dann ist der Bericht zur Hälfte schon geschrieben.',
      },
    ],
  },
  {
    space: { type: 'practice', slug: 'sprachcafe-netzwerk-in-den-stadtteilen' },
    kind: 'question',
    title: 'Wie habt ihr die Räume in den Stadtteilen gefunden?',
    tags: ['räume'],
    posts: [
      {
        author: 'yusuf',
        daysAgo: 6,
        body: 'Spannendes Projekt! Wir sind eine kleinere Gemeinde und haben kaum freie Räume. Habt ihr mit Bibliotheken, Kirchengemeinden oder Schulen gearbeitet?',
      },
      {
        author: 'miriam',
        daysAgo: 5,
        body: 'Vor allem Stadtteilbibliotheken und Familienzentren – die haben nachmittags oft Leerlauf und freuen sich über neues Publikum. Kirchengemeinden kamen später dazu.',
        helpful: ['yusuf'],
      },
    ],
  },
  {
    space: { type: 'practice', slug: 'elternmentorinnen-an-grundschulen' },
    kind: 'question',
    title: 'Bekommen die Elternmentorinnen eine Aufwandsentschädigung?',
    tags: ['ehrenamtspauschale'],
    posts: [
      {
        author: 'sabine',
        daysAgo: 9,
        body: 'Wir möchten das Modell übernehmen. Zahlt ihr den Mentorinnen und Mentoren etwas, und wenn ja, über die Ehrenamtspauschale?',
      },
      {
        author: 'katrin',
        daysAgo: 8,
        body: 'Soweit ich weiß, gibt es in Pforzheim eine kleine Pauschale pro Einsatz. Wichtig ist, das vorher mit dem Jobcenter zu klären, falls jemand Leistungen bezieht.',
      },
    ],
  },
  {
    space: { type: 'practice', slug: 'willkommenslotsen-im-sportverein' },
    kind: 'discussion',
    title: 'Versicherung bei Schnuppertrainings – wie regelt ihr das?',
    tags: ['versicherung', 'sportverein'],
    posts: [
      {
        author: 'thomas',
        daysAgo: 4,
        body: 'Eine Frage, die uns im Verein immer wieder begegnet: Wer ist versichert, wenn Neuzugewanderte zum Schnuppertraining kommen, bevor sie Mitglied sind?',
      },
      {
        author: 'yusuf',
        daysAgo: 3,
        body: 'Über den Landessportbund sind Schnuppertrainings in der Regel mitversichert, wenn sie als Vereinsangebot ausgeschrieben sind. Am besten kurz bei der Sportversicherung nachfragen.',
        helpful: ['thomas', 'katrin'],
      },
      {
        author: 'katrin',
        daysAgo: 1,
        quotes: 1,
        body: 'Das deckt sich mit unserer Erfahrung. Wir schreiben die Trainings deshalb immer offiziell auf der Vereinsseite aus.',
      },
    ],
  },
];
