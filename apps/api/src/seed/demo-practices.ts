/*
 * Demo content for the Praxisforum: 30 example practices (Praxisbeispiele) in German.
 *
 * FICTITIOUS EXAMPLE CONTENT. Every practice here is invented to show what the platform is for.
 * It does not describe what the named municipalities actually did or said: projects, figures,
 * costs, partners and contact persons are made up, and every e-mail address is @example.org.
 * The seed stores these rows with `is_example` set in the database, and the web app shows them
 * with a "Beispiel" badge (and the instance as a demo), so they never pass for real reports.
 */
import type { AdoptionKind, MunicipalityKind, MunicipalitySize, Outcome, PartnerKind, WorkStatus } from '@praxisforum/domain';

export interface DemoPractice {
  /** Stable slug of the practice (lowercase ascii words joined by hyphens, ≤ 120 chars); the seed identifies rows by it. */
  slug: string;
  /** Owning municipality: a slug from ../shared/data/municipalities.json (path from repo root: /work/shared/data/municipalities.json). */
  municipality: string;
  partnerMunicipalities: string[];
  topics: string[];
  title: string;
  summary: string;
  targetGroups: string[];
  workStatus: WorkStatus;
  periodStart: string | null;
  periodEnd: string | null;
  problem: string;
  approach: string;
  results: string;
  outcomes: Outcome[];
  costs: { oneOffEur: number | null; yearlyEur: number | null };
  fundingSources: string[];
  staffHoursPerMonth: number | null;
  partners: { kind: PartnerKind; name: string }[];
  successFactors: string;
  obstacles: string;
  transferability: string;
  transferableKinds: MunicipalityKind[];
  transferableSizes: MunicipalitySize[];
  contact: { name: string; email: string };
  state: 'published' | 'in_review' | 'draft';
  /** When it was first published (or created, for drafts): between 2019-01-01 and 2026-10-31. */
  publishedAt: string;
  /** Earlier published versions, oldest first: the fields that differed then, with the editor's note. */
  history: { publishedAt: string; note: string; previous: Partial<Pick<DemoPractice, 'summary' | 'results' | 'outcomes' | 'workStatus' | 'periodEnd'>> }[];
  /** Other municipalities that took this practice over. */
  adoptions: { municipality: string; kind: AdoptionKind; adoptedOn: string; changes: string; results: string | null; outcomes: Outcome[] }[];
}

/** Markdown paragraphs. */
const p = (...paragraphs: string[]): string => paragraphs.join('\n\n');
/** A Markdown bullet list. */
const bullets = (...items: string[]): string => items.map((item) => `- ${item}`).join('\n');
/** A numbered Markdown list of steps. */
const steps = (...items: string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join('\n');
/** One measurable outcome. */
const o = (label: string, value: number, unit: string, asOf: string, source: string): Outcome => ({ label, value, unit, asOf, source });

const politics = (name: string) => ({ kind: 'politics' as const, name });
const administration = (name: string) => ({ kind: 'administration' as const, name });
const civil = (name: string) => ({ kind: 'civil_society' as const, name });
const migrantOrg = (name: string) => ({ kind: 'migrant_organisation' as const, name });
const other = (name: string) => ({ kind: 'other' as const, name });

const PAKT = 'Pakt für Integration (Land Baden-Württemberg)';

export const DEMO_PRACTICES: DemoPractice[] = [
  // ── Freiburg im Breisgau ────────────────────────────────────────────────────────────────
  {
    slug: 'sprachcafe-netzwerk-in-den-stadtteilen',
    municipality: 'freiburg',
    partnerMunicipalities: [],
    topics: ['sprache', 'begegnung', 'engagement'],
    title: 'Sprachcafé-Netzwerk in den Stadtteilen',
    summary:
      'Ehrenamtliche betreiben an sechs Standorten wöchentliche Sprachcafés, in denen Zugewanderte Deutsch im Alltag üben. Die Stadt koordiniert das Netzwerk, stellt Räume in Bürgerhäusern und Stadtteilbibliotheken bereit, schult die Gastgebenden zweimal im Jahr und liefert Material für unterschiedliche Sprachniveaus. Aus den Treffen sind viele Sprachtandems entstanden.',
    targetGroups: ['Zugewanderte in Integrations- und Berufssprachkursen', 'Geflüchtete Frauen', 'Ehrenamtliche'],
    workStatus: 'running',
    periodStart: '2019-02-01',
    periodEnd: null,
    problem: p(
      'Nach 2015 entstanden in mehreren Stadtteilen spontan Gesprächskreise, in denen Ehrenamtliche mit Geflüchteten Deutsch sprachen. Die Angebote wussten kaum voneinander: Termine lagen teils parallel, andere Stadtteile hatten gar kein Angebot. Viele Teilnehmende besuchten zwar einen Integrationskurs, hatten außerhalb des Kurses aber kaum Gelegenheit, Deutsch zu sprechen – besonders Frauen mit kleinen Kindern und Beschäftigte im Schichtdienst.',
      'Gleichzeitig fühlten sich die Ehrenamtlichen mit sehr gemischten Gruppen überfordert: Neuankommende ohne Vorkenntnisse saßen neben Menschen, die sich auf die B2-Prüfung vorbereiteten. Zwei Gesprächskreise lösten sich auf, weil die tragenden Personen erschöpft waren oder wegzogen. Die Stadt wollte die Angebote nicht ersetzen, sondern verlässlicher machen und in weitere Stadtteile bringen.',
    ),
    approach: steps(
      'Bestandsaufnahme aller bestehenden Gesprächskreise an zwei Austauschabenden mit den Ehrenamtlichen (Frühjahr 2019).',
      'Gemeinsamer Rahmen: fester Wochentag je Standort, offener Zugang ohne Anmeldung, mindestens zwei Gastgebende pro Treffen.',
      'Räume in Bürgerhäusern, Stadtteilbibliotheken und einem Familienzentrum; die Schlüsselregelung läuft über die Hausverwaltungen.',
      'Zweimal im Jahr eine Schulung der Gastgebenden durch die Volkshochschule: Gesprächsführung, gemischte Niveaus, Umgang mit belastenden Themen.',
      'Mehrsprachiger Flyer und eine Übersicht auf der städtischen Website, verteilt über Integrationskurse, Sozialdienste und religiöse Gemeinden.',
      'Vierteljährliches Netzwerktreffen der Gastgebenden mit der Koordinierungsstelle der Stadtverwaltung.',
    ),
    results: p(
      'Aus vier unabhängigen Gesprächskreisen ist ein Netzwerk mit sechs festen Standorten geworden. Jede Woche finden im Schnitt fünf bis sechs Treffen statt; auch in den Schulferien fällt höchstens ein Standort aus. Seit ein Standort parallel eine Kinderbetreuung anbietet, kommen deutlich mehr Frauen.',
      'Während der Kontaktbeschränkungen 2020/21 liefen drei Gruppen als Videotreffen weiter, erreichten aber vor allem Teilnehmende mit guten Vorkenntnissen. Aus den Sprachcafés haben sich zahlreiche Sprachtandems gebildet, und mehrere frühere Teilnehmende mit eigener Migrationsgeschichte sind inzwischen selbst Gastgebende.',
    ),
    outcomes: [
      o('Feste Standorte des Netzwerks', 6, 'Standorte', '2025-12-31', 'Standortliste der Koordinierungsstelle'),
      o('Treffen im Jahr 2025', 262, 'Treffen', '2025-12-31', 'Teilnahmelisten 2025'),
      o('Verschiedene Teilnehmende im Jahr 2025', 214, 'Personen', '2025-12-31', 'Teilnahmelisten 2025 (Vornamen, Mehrfachbesuche bereinigt)'),
      o('Aktive Gastgebende', 31, 'Ehrenamtliche', '2025-12-31', 'Netzwerkliste der Koordinierungsstelle'),
      o('Teilnehmende, die sich im Alltag sicherer fühlen, Deutsch zu sprechen', 87, '%', '2025-11-30', 'Befragung der Teilnehmenden (n=64)'),
    ],
    costs: { oneOffEur: 4500, yearlyEur: 9000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 20,
    partners: [
      administration('Fachstelle Integration der Stadtverwaltung'),
      civil('Volkshochschule'),
      civil('Stadtteilvereine und Bürgerhäuser'),
      civil('Stadtbibliothek mit ihren Stadtteilbibliotheken'),
    ],
    successFactors: bullets(
      'Feste Zeiten und Orte: Wer einmal kommt, findet das Sprachcafé auch in drei Monaten am selben Ort.',
      'Die Stadt koordiniert, die Ehrenamtlichen gestalten die Treffen selbst.',
      'Schulungen und Netzwerktreffen geben den Gastgebenden Sicherheit und Austausch.',
      'Kinderbetreuung an einem Standort öffnet das Angebot für Mütter.',
    ),
    obstacles: bullets(
      'Die Onlinetreffen während der Pandemie erreichten Anfängerinnen und Anfänger kaum.',
      'Räume in Bürgerhäusern sind abends begehrt; zwei Standorte mussten den Wochentag wechseln.',
      'Gastgebende zu halten, ist schwerer, als neue zu gewinnen: Ohne Dank und Austausch springen viele nach einem Jahr ab.',
    ),
    transferability: bullets(
      'Eine Ansprechperson in der Verwaltung mit wenigen Stunden im Monat für Koordination und Räume.',
      'Mindestens zwei verlässliche Ehrenamtliche je Standort.',
      'Ein Bildungsträger, der die Gastgebenden schult, zum Beispiel die örtliche Volkshochschule.',
      'In kleineren Gemeinden genügt ein Standort mit monatlichem statt wöchentlichem Rhythmus.',
    ),
    transferableKinds: ['town', 'city_district', 'municipality', 'association'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Miriam Albrecht', email: 'miriam.albrecht@example.org' },
    state: 'published',
    publishedAt: '2019-07-15',
    history: [
      {
        publishedAt: '2019-07-15',
        note: 'Erstveröffentlichung nach dem ersten Halbjahr',
        previous: {
          results: p(
            'Im ersten Halbjahr haben sich vier bestehende Gesprächskreise dem Netzwerk angeschlossen, ein fünfter Standort ist in einem Familienzentrum neu entstanden. Alle Standorte treffen sich wöchentlich zu festen Zeiten.',
            'Die erste Schulung für Gastgebende war ausgebucht; die Ehrenamtlichen wünschen sich vor allem Material für Teilnehmende ohne Vorkenntnisse.',
          ),
          outcomes: [
            o('Feste Standorte des Netzwerks', 5, 'Standorte', '2019-06-30', 'Standortliste der Koordinierungsstelle'),
            o('Verschiedene Teilnehmende im ersten Halbjahr', 71, 'Personen', '2019-06-30', 'Teilnahmelisten 2019'),
          ],
        },
      },
      {
        publishedAt: '2021-09-20',
        note: 'Zahlen für 2020 ergänzt und die Onlinephase während der Pandemie beschrieben',
        previous: {
          results: p(
            'Das Netzwerk hat jetzt sechs Standorte. Während der Kontaktbeschränkungen liefen drei Gruppen als Videotreffen weiter; die übrigen pausierten und sind seit Sommer 2021 wieder geöffnet.',
            'Aus den Treffen sind die ersten Sprachtandems entstanden, die sich auch außerhalb der Sprachcafés treffen.',
          ),
          outcomes: [
            o('Feste Standorte des Netzwerks', 6, 'Standorte', '2021-06-30', 'Standortliste der Koordinierungsstelle'),
            o('Treffen im Jahr 2020 (davon 61 online)', 148, 'Treffen', '2020-12-31', 'Teilnahmelisten 2020'),
            o('Gebildete Sprachtandems', 21, 'Tandems', '2021-06-30', 'Meldungen der Gastgebenden'),
          ],
        },
      },
    ],
    adoptions: [
      {
        municipality: 'eppelheim',
        kind: 'adapted',
        adoptedOn: '2020-02-10',
        changes:
          'Ein Standort statt eines Netzwerks: Das Sprachcafé findet wöchentlich im Foyer des Rathauses statt und wird von der Ehrenamtskoordination der Stadt begleitet. Die Gastgebenden werden gemeinsam mit der Volkshochschule des Kreises geschult.',
        results:
          'Das Sprachcafé hat sich nach der Pause 2020 als fester Termin etabliert. Der Ort im Rathaus senkt die Schwelle, auch andere Anliegen anzusprechen; die Gastgebenden verweisen regelmäßig an die Sprechstunden der Verwaltung.',
        outcomes: [
          o('Treffen im Jahr 2023', 41, 'Treffen', '2023-12-31', 'Teilnahmelisten 2023'),
          o('Verschiedene Teilnehmende im Jahr 2023', 58, 'Personen', '2023-12-31', 'Teilnahmelisten 2023'),
        ],
      },
      {
        municipality: 'loeffingen',
        kind: 'adapted',
        adoptedOn: '2022-09-15',
        changes:
          'Monatliches statt wöchentliches Treffen, abwechselnd in der Stadtbücherei und im Gemeindehaus eines Ortsteils; Ehrenamtliche organisieren Fahrgemeinschaften aus den Ortsteilen.',
        results: null,
        outcomes: [],
      },
    ],
  },
  {
    slug: 'vielfaltscheck-fuer-vereine',
    municipality: 'freiburg',
    partnerMunicipalities: [],
    topics: ['antidiskriminierung', 'engagement', 'kultur-sport'],
    title: 'Vielfalts-Check für Vereine: Workshops für Vorstände und Übungsleitungen',
    summary:
      'Vorstände und Übungsleitungen von Sport-, Musik- und Kulturvereinen prüften in einem halbtägigen Workshop, wo ihr Verein für Menschen mit Migrationsgeschichte offen ist und wo nicht. Zu jedem Workshop gehörte ein Nachtreffen nach drei Monaten. Die Vereine setzten selbst gewählte Maßnahmen um, von mehrsprachigen Aushängen bis zu einer Ansprechperson für Diskriminierung.',
    targetGroups: ['Vereinsvorstände', 'Übungsleiterinnen und Übungsleiter', 'Ehrenamtliche'],
    workStatus: 'completed',
    periodStart: '2020-09-01',
    periodEnd: '2023-06-30',
    problem: p(
      'Vereine sind für viele Zugewanderte der erste Ort, an dem sie außerhalb von Kursen und Behörden Menschen kennenlernen. Zugleich berichteten Jugendliche und Eltern im Integrationsausschuss von Ausgrenzung: Beiträge und Ausrüstung waren zu teuer, Informationen gab es nur auf Deutsch, und abfällige Bemerkungen in Kabinen oder bei Auswärtsspielen blieben folgenlos.',
      'Die meisten Vereinsvorstände wollten offen sein, wussten aber nicht, wo sie anfangen sollten, und fühlten sich von allgemeinen Appellen angegriffen. Ein Leitfaden der Stadt lag seit Jahren vor, wurde aber kaum gelesen. Gesucht war ein Format, das wenig Zeit kostet, an der Praxis des einzelnen Vereins ansetzt und konkrete, überprüfbare Schritte hervorbringt.',
    ),
    approach: steps(
      'Entwicklung eines Fragebogens mit 20 Fragen zu Zugang, Kommunikation, Kosten, Ansprechpersonen und Umgang mit Vorfällen, gemeinsam mit dem Stadtsportbund und zwei Migrantenorganisationen.',
      'Einladung über die Dachverbände; Workshops an Samstagvormittagen für jeweils zwei bis vier Vereine.',
      'Im Workshop: Selbsteinschätzung, Austausch mit einer Trainerin aus der Antidiskriminierungsberatung, Auswahl von zwei bis drei Maßnahmen für das nächste Jahr.',
      'Nachtreffen nach drei Monaten: Was ist umgesetzt, wo hakt es?',
      'Kleiner Maßnahmenfonds (bis 500 Euro je Verein) für Übersetzungen, Beitragszuschüsse oder Schulungen.',
    ),
    results: p(
      'In knapp drei Jahren haben 34 Vereine teilgenommen, davon 21 Sportvereine. Drei Viertel der Vereine haben mindestens eine der gewählten Maßnahmen umgesetzt; am häufigsten mehrsprachige Aufnahmeinformationen, ein Beitragsnachlass für Familien mit Bonuskarte und eine benannte Ansprechperson für Diskriminierung.',
      'Der Fonds wurde fast vollständig abgerufen. Beim Nachtreffen berichteten mehrere Vereine, dass schon das Gespräch im Vorstand etwas verändert habe. Nach Ende der Förderung übernahm der Stadtsportbund den Fragebogen in seine Vorstandsschulungen.',
    ),
    outcomes: [
      o('Teilnehmende Vereine', 34, 'Vereine', '2023-06-30', 'Anmeldelisten 2020–2023'),
      o('Vereine mit mindestens einer umgesetzten Maßnahme', 76, '%', '2023-06-30', 'Nachtreffen und Abschlussabfrage (n=29)'),
      o('Abgerufene Mittel aus dem Maßnahmenfonds', 14200, 'Euro', '2023-06-30', 'Verwendungsnachweise'),
    ],
    costs: { oneOffEur: 6000, yearlyEur: 18000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 16,
    partners: [
      administration('Fachstelle Antidiskriminierung der Stadtverwaltung'),
      civil('Stadtsportbund'),
      civil('Dachverband der Musik- und Kulturvereine'),
      migrantOrg('Zwei örtliche Migrantenvereine'),
    ],
    successFactors: bullets(
      'Der Workshop beginnt bei der Selbsteinschätzung des Vereins, nicht mit Vorwürfen.',
      'Die Dachverbände luden ein; das schaffte Vertrauen.',
      'Kleine Beträge aus dem Fonds machten die gewählten Maßnahmen sofort umsetzbar.',
    ),
    obstacles: bullets(
      'Vereine mit akutem Vorstandsmangel sagten häufig kurzfristig ab.',
      'Vorfälle bei Auswärtsspielen liegen außerhalb des eigenen Vereins; hier fehlte ein Verfahren mit den Verbänden.',
      'Ein Drittel der Vereine kam nicht zum Nachtreffen; ohne Nachfassen versandeten dort die Vorhaben.',
    ),
    transferability: bullets(
      'Ein Dachverband oder Sportkreis als Mitveranstalter.',
      'Eine Fachperson aus der Antidiskriminierungsarbeit für die Workshops.',
      'Ein kleiner Fonds ist hilfreich, aber nicht zwingend.',
      'Der Fragebogen lässt sich ohne Änderungen für andere Vereinsarten nutzen.',
    ),
    transferableKinds: ['town', 'city_district', 'district'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Jonas Kessler', email: 'jonas.kessler@example.org' },
    state: 'published',
    publishedAt: '2023-09-12',
    history: [],
    adoptions: [],
  },
  // ── Pforzheim ───────────────────────────────────────────────────────────────────────────
  {
    slug: 'migrantenorganisationen-im-integrationsbeirat',
    municipality: 'pforzheim',
    partnerMunicipalities: [],
    topics: ['migrantenorganisationen', 'verwaltung'],
    title: 'Migrantenorganisationen im Integrationsbeirat: Qualifizierung und Tandems',
    summary:
      'Migrantenorganisationen entsenden Mitglieder in den Integrationsbeirat. Eine Qualifizierungsreihe erklärt Gemeinderat, Haushalt und Antragswege, und Tandems mit erfahrenen Stadträtinnen und Stadträten begleiten das erste Jahr. Der Beirat bringt seitdem eigene Anträge in die Ausschüsse ein.',
    targetGroups: ['Migrantenorganisationen', 'Mitglieder des Integrationsbeirats', 'Kommunalpolitik'],
    workStatus: 'running',
    periodStart: '2019-10-01',
    periodEnd: null,
    problem: p(
      'Der Integrationsbeirat bestand seit vielen Jahren, wurde aber kaum gehört. Die Sitzungen bestanden meist aus Berichten der Verwaltung, Anträge aus dem Beirat gab es praktisch nicht. Mehrere Migrantenorganisationen hatten ihre Sitze nicht besetzt, weil sie den Aufwand für zu hoch und den Nutzen für zu gering hielten.',
      'In Gesprächen wurde deutlich, dass vielen Mitgliedern das Wissen über kommunale Abläufe fehlte: Wann wird der Haushalt beraten? Wer darf einen Antrag stellen? Wie kommt ein Thema auf die Tagesordnung eines Ausschusses? Zugleich kannten die Stadträtinnen und Stadträte die Migrantenorganisationen kaum und luden sie selten ein.',
    ),
    approach: steps(
      'Gespräche mit allen Migrantenorganisationen der Stadt über ihre Erwartungen an den Beirat.',
      'Neue Geschäftsordnung: Der Beirat kann Anträge an die Fachausschüsse richten, die dort innerhalb von drei Monaten beraten werden.',
      'Qualifizierungsreihe mit fünf Abendmodulen: Gemeindeordnung, Haushalt, Antragswege, Öffentlichkeitsarbeit, Fördermittel.',
      'Tandems: Jedes neue Beiratsmitglied wird im ersten Jahr von einem Mitglied des Gemeinderats begleitet, fraktionsübergreifend vermittelt.',
      'Jährliche offene Beiratssitzung in einem Vereinsheim statt im Rathaus.',
    ),
    results: p(
      'Alle Sitze der Migrantenorganisationen sind besetzt, für die letzte Wahl gab es mehr Bewerbungen als Plätze. Der Beirat hat seit 2021 elf Anträge in die Fachausschüsse eingebracht; sieben wurden ganz oder teilweise umgesetzt, darunter mehrsprachige Informationen zur Schulanmeldung und ein Zuschuss für Vereinsräume.',
      'Die Qualifizierungsreihe wird inzwischen jedes Jahr angeboten und auch von Vorständen genutzt, die nicht im Beirat sitzen. Die Tandems funktionieren unterschiedlich gut: Wo sich beide regelmäßig trafen, berichten die Beiratsmitglieder von deutlich mehr Sicherheit im Umgang mit der Verwaltung.',
    ),
    outcomes: [
      o('Besetzte Sitze der Migrantenorganisationen', 100, '%', '2025-03-31', 'Mitgliederliste des Beirats'),
      o('Anträge des Beirats an die Fachausschüsse seit 2021', 11, 'Anträge', '2025-03-31', 'Sitzungsunterlagen'),
      o('Ganz oder teilweise umgesetzte Anträge', 7, 'Anträge', '2025-03-31', 'Sitzungsunterlagen'),
      o('Teilnehmende der Qualifizierungsreihe', 52, 'Personen', '2024-12-31', 'Teilnahmelisten 2020–2024'),
    ],
    costs: { oneOffEur: 3000, yearlyEur: 7500 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 12,
    partners: [
      politics('Gemeinderat (alle Fraktionen)'),
      administration('Geschäftsstelle des Integrationsbeirats in der Stadtverwaltung'),
      migrantOrg('Migrantenorganisationen der Stadt'),
      civil('Volkshochschule'),
    ],
    successFactors: bullets(
      'Das Antragsrecht in der Geschäftsordnung macht die Mitarbeit wirksam.',
      'Die Qualifizierung erklärt die Abläufe konkret am eigenen Haushalt der Stadt.',
      'Fraktionsübergreifende Tandems verhindern den Eindruck parteipolitischer Vereinnahmung.',
    ),
    obstacles: bullets(
      'Die Änderung der Geschäftsordnung brauchte fast ein Jahr und zwei Anläufe im Gemeinderat.',
      'Sitzungen am späten Nachmittag sind für Berufstätige schwer erreichbar.',
      'Einige Tandems kamen nie über ein erstes Treffen hinaus.',
    ),
    transferability: bullets(
      'Ein bestehender Beirat oder Ausschuss mit Beteiligung von Migrantenorganisationen.',
      'Rückhalt im Gemeinderat für ein echtes Antragsrecht.',
      'Die Qualifizierungsreihe lässt sich auch ohne Beirat für Vereinsvorstände anbieten.',
    ),
    transferableKinds: ['town', 'city_district', 'district'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Selin Yıldız', email: 'selin.yildiz@example.org' },
    state: 'published',
    publishedAt: '2020-06-18',
    history: [
      {
        publishedAt: '2020-06-18',
        note: 'Erstveröffentlichung in der Pilotphase',
        previous: {
          workStatus: 'pilot',
          summary:
            'Migrantenorganisationen entsenden Mitglieder in den Integrationsbeirat. Eine Qualifizierungsreihe erklärt Gemeinderat, Haushalt und Antragswege; in der Pilotphase begleiten Tandems mit Stadträtinnen und Stadträten die neuen Mitglieder.',
          results:
            'Die neue Geschäftsordnung ist beschlossen, die erste Qualifizierungsreihe mit 14 Teilnehmenden abgeschlossen. Acht Tandems haben sich gebildet. Erste Anträge des Beirats sind für die Haushaltsberatungen im Herbst in Vorbereitung.',
          outcomes: [o('Teilnehmende der ersten Qualifizierungsreihe', 14, 'Personen', '2020-03-15', 'Teilnahmelisten 2020')],
        },
      },
    ],
    adoptions: [],
  },
  {
    slug: 'elternmentorinnen-an-grundschulen',
    municipality: 'pforzheim',
    partnerMunicipalities: [],
    topics: ['bildung', 'frauen'],
    title: 'Elternmentorinnen und Elternmentoren an Grundschulen',
    summary:
      'Mehrsprachige Eltern werden in einer kurzen Qualifizierung zu Elternmentorinnen und -mentoren. Sie begleiten andere Familien bei Elternabenden, Lernentwicklungsgesprächen und beim Übergang in die weiterführende Schule und übersetzen, wo es nötig ist. Die Schulen erreichen so Eltern, die sie vorher kaum gesehen haben.',
    targetGroups: ['Eltern mit Migrationsgeschichte', 'Grundschulkinder', 'Lehrkräfte', 'Ehrenamtliche'],
    workStatus: 'running',
    periodStart: '2019-09-01',
    periodEnd: null,
    problem: p(
      'An mehreren Grundschulen kamen zu Elternabenden oft nur wenige Familien mit Migrationsgeschichte. Lehrkräfte berichteten, dass Einladungen nicht verstanden oder nicht ernst genommen wurden, und Eltern erzählten, dass sie sich in Gesprächen mit der Schule unsicher und manchmal nicht willkommen fühlten.',
      'Besonders schwierig war die Grundschulempfehlung in Klasse 4: Viele Familien kannten das gegliederte Schulsystem nicht und entschieden ohne Beratung. Professionelle Dolmetscherinnen und Dolmetscher waren für Routinegespräche zu teuer, und ältere Geschwister als Übersetzer einzusetzen, war allen Beteiligten unangenehm. Die Schulsozialarbeit konnte einzelne Familien begleiten, aber nicht an jedem Elternabend dabei sein.',
    ),
    approach: steps(
      'Gewinnung von Müttern und Vätern über Schulsozialarbeit, Elternbeiräte und Migrantenvereine.',
      'Qualifizierung in sechs Nachmittagsmodulen: Schulsystem in Baden-Württemberg, Rolle und Grenzen, Gesprächsführung, Schweigepflicht.',
      'Jede teilnehmende Schule benennt eine Lehrkraft als feste Ansprechperson für die Mentorinnen und Mentoren.',
      'Einsätze bei Elternabenden, Lernentwicklungsgesprächen und Informationsabenden zum Übergang; eine Aufwandsentschädigung von 10 Euro je Einsatz.',
      'Zweimonatliche Austauschtreffen aller Mentorinnen und Mentoren mit der Koordinatorin.',
    ),
    results: p(
      'Das Programm läuft inzwischen an neun Grundschulen. Die Mentorinnen und Mentoren sprechen zusammen 14 Sprachen und waren im Schuljahr 2024/25 bei mehr als 400 Gesprächen und Veranstaltungen dabei. Die beteiligten Schulen berichten von deutlich besser besuchten Elternabenden und davon, dass Eltern häufiger selbst das Gespräch suchen.',
      'Einige Mentorinnen sind inzwischen im Elternbeirat aktiv, zwei haben eine Ausbildung zur pädagogischen Assistenz begonnen. Die Frauen unter den Mentorinnen sind deutlich in der Mehrheit.',
    ),
    outcomes: [
      o('Beteiligte Grundschulen', 9, 'Schulen', '2025-07-31', 'Kooperationsvereinbarungen'),
      o('Aktive Elternmentorinnen und -mentoren', 38, 'Ehrenamtliche', '2025-07-31', 'Einsatzliste Schuljahr 2024/25'),
      o('Begleitete Gespräche und Veranstaltungen im Schuljahr 2024/25', 412, 'Einsätze', '2025-07-31', 'Einsatzliste Schuljahr 2024/25'),
      o('Sprachen im Pool', 14, 'Sprachen', '2025-07-31', 'Einsatzliste Schuljahr 2024/25'),
    ],
    costs: { oneOffEur: 5000, yearlyEur: 16000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt', 'Spenden einer örtlichen Stiftung'],
    staffHoursPerMonth: 30,
    partners: [
      administration('Amt für Bildung und Sport'),
      administration('Staatliches Schulamt'),
      civil('Schulsozialarbeit der freien Träger'),
      migrantOrg('Elternvereine und Migrantenorganisationen'),
    ],
    successFactors: bullets(
      'Eltern sprechen mit Eltern: Die Mentorinnen begegnen den Familien auf Augenhöhe.',
      'Eine feste Ansprechperson in jeder Schule.',
      'Die kleine Aufwandsentschädigung zeigt Wertschätzung und deckt Fahrtkosten.',
    ),
    obstacles: bullets(
      'Die Abgrenzung zum Dolmetschen in heiklen Gesprächen, etwa bei Kinderschutzfragen, musste geklärt werden.',
      'Väter ließen sich kaum für die Mentorenrolle gewinnen.',
      'Der Einsatz ballt sich in wenigen Wochen um die Lernentwicklungsgespräche.',
    ),
    transferability: bullets(
      'Eine Koordinatorin oder ein Koordinator mit etwa einer Viertelstelle je acht bis zehn Schulen.',
      'Schulleitungen, die das Programm ausdrücklich wollen.',
      'Klare Regeln für Schweigepflicht und die Grenzen der Rolle.',
      'Für kleinere Gemeinden kann der Landkreis den Mentorenpool für mehrere Schulen bündeln.',
    ),
    transferableKinds: ['town', 'city_district', 'district'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Petra Lang', email: 'petra.lang@example.org' },
    state: 'published',
    publishedAt: '2020-11-05',
    history: [
      {
        publishedAt: '2020-11-05',
        note: 'Erstveröffentlichung nach dem ersten Schuljahr',
        previous: {
          summary:
            'Mehrsprachige Eltern werden in einer kurzen Qualifizierung zu Elternmentorinnen und -mentoren. Sie begleiten andere Familien bei Elternabenden und Lernentwicklungsgesprächen und übersetzen, wo es nötig ist. Gestartet ist das Programm an vier Grundschulen.',
          results:
            'Im ersten Schuljahr waren 16 Elternmentorinnen und -mentoren an vier Grundschulen im Einsatz, bis die Schulschließungen im März 2020 die meisten Termine verhinderten. Danach haben einige Mentorinnen Familien am Telefon bei den Wochenplänen unterstützt. Die Schulen wollen das Programm fortsetzen.',
          outcomes: [
            o('Beteiligte Grundschulen', 4, 'Schulen', '2020-07-31', 'Kooperationsvereinbarungen'),
            o('Aktive Elternmentorinnen und -mentoren', 16, 'Ehrenamtliche', '2020-07-31', 'Einsatzliste Schuljahr 2019/20'),
            o('Begleitete Gespräche und Veranstaltungen im Schuljahr 2019/20', 118, 'Einsätze', '2020-07-31', 'Einsatzliste Schuljahr 2019/20'),
          ],
        },
      },
    ],
    adoptions: [
      {
        municipality: 'leimen',
        kind: 'adopted',
        adoptedOn: '2021-10-01',
        changes: 'Übernahme mit denselben Modulen an zwei Grundschulen; die Koordination liegt bei der Schulsozialarbeit.',
        results:
          'An beiden Grundschulen sind Elternmentorinnen im Einsatz, vor allem bei den Informationsabenden zum Übergang in Klasse 5. Die Schulen wollen das Angebot auf die Gemeinschaftsschule ausweiten.',
        outcomes: [
          o('Aktive Elternmentorinnen', 9, 'Ehrenamtliche', '2024-07-31', 'Einsatzliste Schuljahr 2023/24'),
          o('Begleitete Gespräche im Schuljahr 2023/24', 87, 'Einsätze', '2024-07-31', 'Einsatzliste Schuljahr 2023/24'),
        ],
      },
    ],
  },
  // ── Baden-Baden ─────────────────────────────────────────────────────────────────────────
  {
    slug: 'bewerbungspaten-ehrenamtliche-begleiten-in-ausbildung-und-arbeit',
    municipality: 'baden-baden',
    partnerMunicipalities: [],
    topics: ['arbeit', 'engagement'],
    title: 'Bewerbungspaten: Ehrenamtliche begleiten in Ausbildung und Arbeit',
    summary:
      'Berufserfahrene Ehrenamtliche, viele im Ruhestand, begleiten Geflüchtete und Zugewanderte einzeln bei Bewerbungen, Praktika und dem Einstieg in den Betrieb. Eine Vermittlungsstelle bringt Patinnen und Paten mit Suchenden zusammen und hält Kontakt zu Jobcenter, Arbeitsagentur und Betrieben aus Hotellerie, Gastronomie und Pflege.',
    targetGroups: ['Geflüchtete mit Arbeitsmarktzugang', 'Zugewanderte Erwachsene ohne Ausbildung in Deutschland', 'Ehrenamtliche im Ruhestand'],
    workStatus: 'running',
    periodStart: '2019-04-01',
    periodEnd: null,
    problem: p(
      'Viele Geflüchtete hatten nach dem Integrationskurs formal Zugang zum Arbeitsmarkt, fanden aber keine Stelle. Bewerbungsunterlagen entsprachen nicht den Erwartungen der Betriebe, Zeugnisse aus dem Herkunftsland waren nicht anerkannt, und die Kontakte zu Arbeitgebern fehlten. Gleichzeitig suchten Hotellerie, Gastronomie und Pflege dringend Personal.',
      'Jobcenter und Arbeitsagentur konnten die nötige Einzelbegleitung nicht leisten: Die Beratung endete oft mit einer Liste offener Stellen. Ehrenamtliche halfen bereits vereinzelt, jedoch ohne Austausch, ohne Kenntnis der Förderinstrumente und mit dem Risiko, Erwartungen zu wecken, die sie nicht erfüllen konnten.',
    ),
    approach: steps(
      'Aufbau einer Vermittlungsstelle im Integrationsmanagement mit einer festen Sprechstunde pro Woche.',
      'Gewinnung von Patinnen und Paten über die Seniorenakademie, Berufsverbände und die Lokalpresse.',
      'Einführungsschulung (zwei Abende): Anerkennungsverfahren, Arbeitsrecht, Förderinstrumente von Jobcenter und Arbeitsagentur, Rollenklärung.',
      'Vermittlung von Tandems nach Berufsfeld und Wohnort; Vereinbarung über Ziele und Treffhäufigkeit.',
      'Betriebsbesuche und ein jährlicher Azubi-Speed-Dating-Abend mit Betrieben aus der Region.',
      'Monatlicher Stammtisch der Patinnen und Paten mit einer Fachkraft der Arbeitsagentur.',
    ),
    results: p(
      'Seit 2019 sind 146 Tandems entstanden. Gut die Hälfte der begleiteten Personen hat eine Ausbildung, eine sozialversicherungspflichtige Stelle oder eine Einstiegsqualifizierung begonnen, die meisten in Hotellerie, Gastronomie, Pflege und Handwerk. Die Abbruchquote in der Ausbildung ist bei begleiteten Azubis niedriger als im Vergleich der Kammer, wobei die Zahl für belastbare Aussagen klein ist.',
      'Die Patinnen und Paten sehen ihren größten Beitrag nicht im Bewerbungsschreiben, sondern in der Begleitung nach dem Start: Berufsschule, Behördenpost, Konflikte im Betrieb.',
    ),
    outcomes: [
      o('Vermittelte Tandems seit 2019', 146, 'Tandems', '2025-12-31', 'Vermittlungsstatistik'),
      o('Begleitete Personen in Ausbildung, Arbeit oder Einstiegsqualifizierung', 54, '%', '2025-12-31', 'Vermittlungsstatistik (Verbleib nach zwölf Monaten)'),
      o('Aktive Patinnen und Paten', 42, 'Ehrenamtliche', '2025-12-31', 'Vermittlungsstatistik'),
    ],
    costs: { oneOffEur: 2500, yearlyEur: 12000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt', 'Spenden örtlicher Unternehmen'],
    staffHoursPerMonth: 24,
    partners: [
      administration('Integrationsmanagement der Stadt'),
      administration('Jobcenter'),
      administration('Agentur für Arbeit'),
      other('Industrie- und Handelskammer sowie Handwerkskammer'),
      civil('Seniorenakademie'),
    ],
    successFactors: bullets(
      'Patinnen und Paten bringen eigene Berufserfahrung und Kontakte mit.',
      'Die feste Sprechstunde macht die Vermittlungsstelle für beide Seiten erreichbar.',
      'Der Stammtisch mit der Arbeitsagentur beantwortet Fachfragen schnell.',
    ),
    obstacles: bullets(
      'Unsichere Aufenthaltsperspektiven (Duldung) bremsten Betriebe bei der Einstellung.',
      'Einige Tandems endeten, weil die Erwartungen beider Seiten zu unterschiedlich waren.',
      'Der Datenaustausch mit dem Jobcenter war nur mit Einwilligung der begleiteten Person möglich und anfangs umständlich.',
    ),
    transferability: bullets(
      'Eine koordinierende Stelle mit rund einem Viertel einer Vollzeitstelle.',
      'Gute Kontakte zu Jobcenter, Arbeitsagentur und Kammern.',
      'Ein Pool berufserfahrener Ehrenamtlicher; die Einführungsschulung lässt sich übernehmen.',
    ),
    transferableKinds: ['town', 'city_district', 'district'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Thomas Brenner', email: 'thomas.brenner@example.org' },
    state: 'published',
    publishedAt: '2026-02-09',
    history: [],
    adoptions: [],
  },
  // ── Alb-Donau-Kreis ─────────────────────────────────────────────────────────────────────
  {
    slug: 'digitale-ehrenamtsboerse-fuer-den-landkreis',
    municipality: 'alb-donau-kreis',
    partnerMunicipalities: [],
    topics: ['engagement', 'verwaltung'],
    title: 'Digitale Ehrenamtsbörse für den Landkreis',
    summary:
      'Eine kreisweite Onlineplattform sollte Engagementangebote der Integrationsarbeit aus allen Kreisgemeinden bündeln und Interessierte direkt an Initiativen vermitteln. Nach drei Jahren wurde sie eingestellt: Die Initiativen pflegten ihre Einträge kaum, und Interessierte fanden ihr Engagement meist über persönliche Kontakte. Die Erfahrungen flossen in eine telefonische Engagementberatung ein.',
    targetGroups: ['Engagementinteressierte', 'Helferkreise und Initiativen', 'Gemeindeverwaltungen'],
    workStatus: 'discontinued',
    periodStart: '2019-03-01',
    periodEnd: '2022-06-30',
    problem: p(
      'In den Kreisgemeinden gab es zahlreiche Helferkreise und Initiativen, die Geflüchtete unterstützten. Viele suchten nach dem ersten Engagement-Boom neue Ehrenamtliche, etwa für Hausaufgabenhilfe, Fahrdienste oder Begleitung zu Ämtern. Wer sich engagieren wollte, wusste oft nicht, an wen er sich wenden sollte, besonders in Gemeinden ohne eigene Ehrenamtskoordination.',
      'Die Anfragen landeten beim Landratsamt, bei Kirchengemeinden oder im Rathaus und wurden dort händisch weitervermittelt. Eine Übersicht über die Angebote gab es nur als Tabelle, die schnell veraltete. Die Idee: eine gemeinsame Onlinebörse, in der Initiativen selbst Gesuche einstellen und Interessierte nach Ort, Zeitaufwand und Tätigkeit filtern können.',
    ),
    approach: steps(
      'Auswahl einer Plattformsoftware, die bereits von anderen Landkreisen genutzt wurde; Anpassung an das Kreisdesign.',
      'Einführungsveranstaltungen für Initiativen in allen Raumschaften; jede Initiative erhielt ein eigenes Konto.',
      'Bewerbung über Gemeindeblätter, Plakate und die Social-Media-Kanäle des Landkreises.',
      'Redaktionelle Betreuung im Landratsamt: Freigabe neuer Einträge und Erinnerung an veraltete Gesuche.',
      'Auswertung nach zwei Jahren mit Initiativen und Nutzenden; Entscheidung über die Fortführung.',
    ),
    results: p(
      'Zu Beginn stellten 37 Initiativen Gesuche ein, nach einem Jahr waren noch elf regelmäßig aktiv. Über die Plattform kamen in drei Jahren 64 Kontaktanfragen zustande, von denen nach Auskunft der Initiativen etwa ein Viertel zu einem dauerhaften Engagement führte. Der redaktionelle Aufwand blieb dagegen hoch.',
      'Die Auswertung zeigte: Die meisten neuen Ehrenamtlichen kamen über persönliche Ansprache, Gemeindeblatt und Kirchengemeinden. Der Kreistag beschloss, die Lizenz nicht zu verlängern und stattdessen eine telefonische Engagementberatung im Landratsamt anzubieten, die Anfragen direkt an die Initiativen weitergibt.',
    ),
    outcomes: [
      o('Initiativen mit eigenem Konto', 37, 'Initiativen', '2019-12-31', 'Auswertung der Plattform'),
      o('Regelmäßig aktive Initiativen (nach einem Jahr)', 11, 'Initiativen', '2020-03-31', 'Auswertung der Plattform'),
      o('Kontaktanfragen über die Plattform', 64, 'Anfragen', '2022-06-30', 'Auswertung der Plattform'),
      o('Anfragen, aus denen ein dauerhaftes Engagement wurde', 25, '%', '2022-06-30', 'Befragung der Initiativen (n=19)'),
    ],
    costs: { oneOffEur: 18000, yearlyEur: 6500 },
    fundingSources: [PAKT, 'Eigenmittel des Landkreises'],
    staffHoursPerMonth: 20,
    partners: [
      administration('Landratsamt, Stabsstelle Integration'),
      administration('Gemeindeverwaltungen im Landkreis'),
      civil('Helferkreise und Initiativen'),
      civil('Kirchengemeinden'),
    ],
    successFactors: bullets(
      'Die Einführungsveranstaltungen vor Ort brachten die Initiativen untereinander ins Gespräch; dieser Austausch blieb.',
      'Die offene Auswertung nach zwei Jahren ermöglichte eine sachliche Entscheidung.',
    ),
    obstacles: bullets(
      'Viele Initiativen werden von wenigen älteren Ehrenamtlichen getragen, die kein weiteres Onlinewerkzeug pflegen wollten.',
      'Veraltete Gesuche schreckten Interessierte ab.',
      'Im ländlichen Raum entsteht Engagement vor allem über persönliche Kontakte, nicht über eine Suchmaske.',
      'Die Lizenzkosten liefen unabhängig von der Nutzung weiter.',
    ),
    transferability: bullets(
      'Vor einer Plattform prüfen: Wer pflegt die Einträge dauerhaft, und wie finden Menschen bisher ins Engagement?',
      'Eine persönliche Engagementberatung per Telefon oder Sprechstunde ist im ländlichen Raum oft wirksamer.',
      'Wenn eine Plattform, dann eine, die das Land oder ein Verband bereits betreibt, statt einer eigenen Lizenz.',
    ),
    transferableKinds: ['district', 'association'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Claudia Hägele', email: 'claudia.haegele@example.org' },
    state: 'published',
    publishedAt: '2020-05-04',
    history: [
      {
        publishedAt: '2020-05-04',
        note: 'Erstveröffentlichung nach einem Jahr Betrieb',
        previous: {
          workStatus: 'running',
          periodEnd: null,
          results:
            'Im ersten Jahr haben 37 Initiativen ein Konto angelegt; die Plattform verzeichnete 29 Kontaktanfragen. Nicht alle Initiativen pflegen ihre Gesuche regelmäßig. Wir erinnern jetzt monatlich per E-Mail an veraltete Einträge und prüfen, ob eine Schulung für die Pflege der Einträge hilft.',
          outcomes: [
            o('Initiativen mit eigenem Konto', 37, 'Initiativen', '2019-12-31', 'Auswertung der Plattform'),
            o('Kontaktanfragen über die Plattform', 29, 'Anfragen', '2020-03-31', 'Auswertung der Plattform'),
          ],
        },
      },
    ],
    adoptions: [],
  },
  // ── Biberach an der Riß ─────────────────────────────────────────────────────────────────
  {
    slug: 'interkultureller-garten-am-stadtrand',
    municipality: 'biberach',
    partnerMunicipalities: [],
    topics: ['begegnung', 'engagement', 'gesundheit'],
    title: 'Interkultureller Garten am Stadtrand',
    summary:
      'Auf einer städtischen Brachfläche bewirtschaften Familien aus zwölf Herkunftsländern und Nachbarinnen und Nachbarn gemeinsam 30 Beete. Ein Gartenverein organisiert Arbeitseinsätze, Gießdienste und Erntefeste; die Stadt stellt Fläche und Wasser. Der Garten ist ein Treffpunkt, in dem Deutsch nebenbei gesprochen wird, und ein Ort zum Durchatmen für Menschen aus beengten Wohnungen.',
    targetGroups: ['Familien mit Migrationsgeschichte', 'Bewohnerinnen und Bewohner der Anschlussunterbringung', 'Nachbarschaft'],
    workStatus: 'running',
    periodStart: '2019-04-01',
    periodEnd: null,
    problem: p(
      'Viele geflüchtete Familien lebten in kleinen Wohnungen der Anschlussunterbringung ohne Balkon oder Garten. Einige hatten in ihren Herkunftsländern Landwirtschaft betrieben und vermissten die Arbeit im Freien. Zugleich gab es im Quartier kaum Orte, an denen sich alteingesessene Nachbarschaft und Neuzugezogene zwanglos begegneten; Konflikte um Lärm und Müll prägten das Bild.',
      'Eine städtische Fläche am Stadtrand lag seit Jahren brach. Eine Gruppe aus Kirchengemeinde und Nachbarschaft schlug vor, dort einen gemeinsamen Garten anzulegen, brauchte aber Unterstützung bei Pacht, Wasseranschluss, Versicherung und beim Aufbau einer tragfähigen Organisation.',
    ),
    approach: steps(
      'Gestattungsvertrag zwischen Stadt und neu gegründetem Gartenverein; die Stadt legte Wasseranschluss und Zaun an.',
      'Planungsworkshop mit künftigen Gärtnerinnen und Gärtnern: Beetgrößen, Gemeinschaftsflächen, Regeln.',
      'Vergabe der Beete an Tandems aus einer zugewanderten und einer alteingesessenen Familie, wo möglich.',
      'Gemeinsame Arbeitseinsätze im Frühjahr und Herbst, Gießplan für die Sommerferien.',
      'Zwei Feste im Jahr, Kochaktionen mit der Ernte und Kooperation mit einer Grundschule für ein Schulbeet.',
    ),
    results: p(
      'Alle 30 Beete sind vergeben, die Warteliste ist lang. Der Gartenverein hat 48 Mitglieder und trägt sich über Beiträge und Spenden inzwischen weitgehend selbst. Die Gießdienste in den Ferien funktionieren ohne Zutun der Stadt.',
      'In einer Befragung gaben die meisten Gärtnerinnen und Gärtner an, im Garten neue Bekanntschaften außerhalb der eigenen Community gefunden zu haben. Das Quartiersmanagement beobachtet weniger Beschwerden über Konflikte in der Nachbarschaft, führt das aber nicht allein auf den Garten zurück.',
    ),
    outcomes: [
      o('Vergebene Beete', 30, 'Beete', '2025-10-31', 'Beetliste des Gartenvereins'),
      o('Mitglieder des Gartenvereins', 48, 'Personen', '2025-10-31', 'Mitgliederliste'),
      o('Herkunftsländer der Gärtnerinnen und Gärtner', 12, 'Länder', '2025-10-31', 'Beetliste des Gartenvereins'),
      o('Gärtnernde mit neuen Bekanntschaften außerhalb der eigenen Community', 81, '%', '2024-09-30', 'Befragung der Gärtnerinnen und Gärtner (n=37)'),
    ],
    costs: { oneOffEur: 22000, yearlyEur: 2500 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt', 'Mitgliedsbeiträge und Spenden'],
    staffHoursPerMonth: 6,
    partners: [
      administration('Amt für Grünflächen'),
      administration('Integrationsbeauftragte der Stadt'),
      civil('Gartenverein (neu gegründet)'),
      civil('Evangelische Kirchengemeinde'),
      other('Grundschule im Quartier'),
    ],
    successFactors: bullets(
      'Ein eigener Verein trägt den Garten; die Stadt sichert nur Fläche und Wasser.',
      'Gemeinsame Regeln wurden von Anfang an mit allen Beteiligten erarbeitet.',
      'Gemischte Beet-Tandems fördern den Kontakt über die eigene Gruppe hinaus.',
    ),
    obstacles: bullets(
      'Die Vereinsgründung und das Vereinsrecht waren für viele Beteiligte neu; der Vorstand wird von wenigen Personen getragen.',
      'Wasserverbrauch und Kosten im trockenen Sommer 2022 führten zu Streit.',
      'Einzelne Beete lagen brach, weil Familien wegzogen; die Nachvergabe braucht klare Fristen.',
    ),
    transferability: bullets(
      'Eine Fläche mit Wasseranschluss, möglichst fußläufig zu den Wohnungen.',
      'Eine Trägerstruktur: Verein, Kirchengemeinde oder Quartierstreff.',
      'Startkapital für Zaun, Geräteschuppen und Wasser; danach geringe laufende Kosten.',
    ),
    transferableKinds: ['town', 'municipality', 'city_district', 'association'],
    transferableSizes: ['small', 'medium', 'large', 'city'],
    contact: { name: 'Lukas Mayer', email: 'lukas.mayer@example.org' },
    state: 'published',
    publishedAt: '2025-11-17',
    history: [],
    adoptions: [],
  },
  {
    slug: 'wohnungspatenschaften-und-mietfuehrerschein',
    municipality: 'biberach',
    partnerMunicipalities: [],
    topics: ['wohnen', 'beratung'],
    title: 'Wohnungspatenschaften und Mietführerschein',
    summary:
      'Geflüchtete in der Anschlussunterbringung besuchen einen Mietführerschein-Kurs zu Mietvertrag, Nebenkosten, Mülltrennung und Nachbarschaft. Ehrenamtliche Wohnungspatinnen und -paten helfen bei der Wohnungssuche, begleiten zu Besichtigungen und bleiben im ersten Mietjahr Ansprechpersonen für Mietende und Vermietende.',
    targetGroups: ['Geflüchtete in der Anschlussunterbringung', 'Private Vermieterinnen und Vermieter', 'Ehrenamtliche'],
    workStatus: 'running',
    periodStart: '2019-09-01',
    periodEnd: null,
    problem: p(
      'Viele Geflüchtete blieben Jahre in der Anschlussunterbringung, obwohl sie längst selbstständig hätten wohnen können. Auf dem angespannten Wohnungsmarkt hatten sie kaum Chancen: Private Vermieterinnen und Vermieter befürchteten Zahlungsausfälle, Missverständnisse und Ärger mit der Nachbarschaft, und Anfragen in gebrochenem Deutsch blieben oft unbeantwortet.',
      'Die Stadt brauchte die Plätze in der Anschlussunterbringung dringend für neu zugewiesene Menschen. Das Integrationsmanagement konnte Wohnungssuchende beraten, aber weder zu Besichtigungen begleiten noch Vermietenden dauerhaft als Ansprechpartner zur Verfügung stehen. Einzelne Ehrenamtliche halfen bei der Suche, ohne Schulung und meist nur für Familien, die sie persönlich kannten.',
    ),
    approach: steps(
      'Mietführerschein als Kurs mit vier Terminen, zusammen mit dem Mieterverein und einer Wohnungsbaugesellschaft entwickelt; Abschluss mit Zertifikat.',
      'Gewinnung und Schulung von Wohnungspatinnen und -paten (Mietrecht, Wohngeld, Umgang mit Absagen).',
      'Wohnungssuche im Tandem: Anzeigen auswerten, Anschreiben, Begleitung zu Besichtigungen.',
      'Informationsabende für private Vermietende mit Hinweisen zu Mietzahlungen über das Jobcenter.',
      'Begleitung im ersten Mietjahr: Ansprechperson für beide Seiten bei Fragen und Konflikten.',
    ),
    results: p(
      'Bis Ende 2021 haben 88 Personen den Mietführerschein abgeschlossen. 29 Haushalte sind mit Unterstützung der Patinnen und Paten in eine eigene Wohnung gezogen, die meisten zu privaten Vermietenden. Eine Kündigung im ersten Mietjahr gab es bisher in keinem Fall, Mietrückstände nur vereinzelt und kurzzeitig.',
      'Die Vermietenden schätzen vor allem die feste Ansprechperson. Mehrere haben nach einer guten Erfahrung eine zweite Wohnung angeboten. Die Wartezeit in der Anschlussunterbringung ist dennoch lang geblieben, weil der Wohnungsmarkt insgesamt angespannt ist.',
    ),
    outcomes: [
      o('Abgeschlossene Mietführerscheine', 88, 'Personen', '2021-12-31', 'Teilnahmelisten 2019–2021'),
      o('In eigene Wohnungen vermittelte Haushalte', 29, 'Haushalte', '2021-12-31', 'Statistik des Integrationsmanagements'),
      o('Mietverhältnisse ohne Kündigung im ersten Jahr', 100, '%', '2021-12-31', 'Rückmeldungen der Wohnungspatinnen und -paten'),
      o('Aktive Wohnungspatinnen und -paten', 14, 'Ehrenamtliche', '2021-12-31', 'Patenliste'),
    ],
    costs: { oneOffEur: 3000, yearlyEur: 8000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 18,
    partners: [
      administration('Integrationsmanagement der Stadt'),
      administration('Jobcenter'),
      civil('Mieterverein'),
      other('Kommunale Wohnungsbaugesellschaft'),
      civil('Haus- und Grundbesitzerverein'),
    ],
    successFactors: bullets(
      'Das Zertifikat des Mietführerscheins öffnet Türen bei Vermietenden.',
      'Die Begleitung nach dem Einzug nimmt Vermietenden die Sorge vor Problemen.',
      'Mieterverein und Haus- und Grundbesitzerverein sind beide beteiligt.',
    ),
    obstacles: bullets(
      'Der Wohnungsmarkt bleibt der Engpass: Viele Zertifikate führen nicht zu einer Wohnung.',
      'Große Familien finden kaum passende Wohnungen.',
      'Wohnungspatenschaften sind zeitintensiv; die Zahl der Patinnen und Paten schwankt.',
    ),
    transferability: bullets(
      'Der Kurs lässt sich mit wenig Aufwand übernehmen; Unterlagen sind vorhanden.',
      'Eine koordinierende Person im Integrationsmanagement oder bei einem freien Träger.',
      'Kontakte zu Wohnungswirtschaft und Vermietendenverbänden.',
    ),
    transferableKinds: ['town', 'municipality', 'city_district', 'district', 'association'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Birgit Schäfer', email: 'birgit.schaefer@example.org' },
    state: 'published',
    publishedAt: '2022-01-17',
    history: [],
    adoptions: [
      {
        municipality: 'crailsheim',
        kind: 'adapted',
        adoptedOn: '2022-06-01',
        changes:
          'Der Mietführerschein wird als Baustein im Integrationskurs der Volkshochschule angeboten. Statt Einzelpatenschaften gibt es eine offene Wohnungssprechstunde, die zwei Ehrenamtliche im Wechsel betreuen.',
        results:
          'Die Verbindung mit dem Integrationskurs erreicht deutlich mehr Menschen als ein eigener Kurs. Die Wohnungssprechstunde ist gut besucht; für die Begleitung zu Besichtigungen fehlen noch Ehrenamtliche.',
        outcomes: [
          o('Abgeschlossene Mietführerscheine', 96, 'Personen', '2024-12-31', 'Teilnahmelisten der Volkshochschule'),
          o('Besuche der Wohnungssprechstunde', 240, 'Beratungen', '2024-12-31', 'Sprechstundenliste'),
        ],
      },
    ],
  },
  // ── Crailsheim ──────────────────────────────────────────────────────────────────────────
  {
    slug: 'fahrradwerkstatt-und-radfahrkurse-fuer-frauen',
    municipality: 'crailsheim',
    partnerMunicipalities: [],
    topics: ['kultur-sport', 'frauen', 'begegnung'],
    title: 'Fahrradwerkstatt und Radfahrkurse für Frauen',
    summary:
      'In einer offenen Fahrradwerkstatt reparierten Ehrenamtliche gemeinsam mit Zugewanderten gespendete Räder, die gegen eine kleine Gebühr abgegeben wurden. Für Frauen, die nie Radfahren gelernt hatten, gab es Kurse auf einem Schulhof mit Trainerinnen. Nach drei Jahren wurde die Werkstatt an einen Jugendverein übergeben.',
    targetGroups: ['Geflüchtete Frauen', 'Zugewanderte ohne eigenes Verkehrsmittel', 'Ehrenamtliche'],
    workStatus: 'completed',
    periodStart: '2019-05-01',
    periodEnd: '2022-04-30',
    problem: p(
      'Viele Geflüchtete lebten in Ortsteilen mit schlechter Busanbindung. Wege zu Sprachkurs, Arbeit, Arztpraxis oder Kita kosteten viel Zeit, Monatskarten waren teuer. Fahrräder wurden zwar gespendet, standen aber oft reparaturbedürftig herum, und niemand wusste, wer sie wieder fahrtüchtig machen sollte.',
      'Besonders betroffen waren Frauen: Viele hatten in ihrem Herkunftsland nie Radfahren gelernt und trauten sich nicht, es in der Öffentlichkeit vor anderen zu üben. Gemischte Kurse eines Verkehrsclubs erreichten sie nicht. Damit blieben ausgerechnet die Frauen, die häufig Kinder zur Kita brachten und Einkäufe erledigten, auf Fußwege angewiesen.',
    ),
    approach: steps(
      'Einrichtung einer Werkstatt im Untergeschoss eines städtischen Gebäudes; Werkzeug aus Spenden und Fördermitteln.',
      'Zwei offene Werkstattnachmittage pro Woche, betreut von Ehrenamtlichen mit handwerklicher Erfahrung.',
      'Abgabe instand gesetzter Räder mit Schloss und Licht gegen 20 Euro; wer mitgeschraubt hat, zahlt weniger.',
      'Radfahrkurse für Frauen auf einem abgeschirmten Schulhof mit zwei Trainerinnen, Kinderbetreuung nebenan.',
      'Verkehrssicherheitstraining mit der Polizei als Abschluss jedes Kurses.',
      'Übergabe der Werkstatt an einen Jugendverein nach Ende der Förderung.',
    ),
    results: p(
      'In drei Jahren wurden 312 Fahrräder instand gesetzt und abgegeben. 74 Frauen haben einen Radfahrkurs abgeschlossen; die meisten fahren nach eigener Angabe inzwischen regelmäßig, etwa zur Arbeit oder zur Kita. Mehrere Männer, die in der Werkstatt mitgeschraubt hatten, wurden selbst zu Werkstattbetreuern.',
      'Die Werkstatt wird heute von einem Jugendverein als offenes Angebot weitergeführt, die Frauenkurse finden einmal im Jahr in Kooperation mit dem Familienzentrum statt.',
    ),
    outcomes: [
      o('Instand gesetzte und abgegebene Fahrräder', 312, 'Fahrräder', '2022-04-30', 'Abgabeliste der Werkstatt'),
      o('Frauen mit abgeschlossenem Radfahrkurs', 74, 'Personen', '2022-04-30', 'Teilnahmelisten 2019–2022'),
      o('Kursteilnehmerinnen, die regelmäßig Rad fahren', 68, '%', '2022-03-31', 'Telefonische Nachbefragung (n=41)'),
    ],
    costs: { oneOffEur: 9500, yearlyEur: 4000 },
    fundingSources: [PAKT, 'Spenden', 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 8,
    partners: [
      administration('Integrationsbeauftragte der Stadt'),
      civil('Ehrenamtliche Werkstattgruppe'),
      civil('Jugendverein (Übernahme der Werkstatt)'),
      administration('Polizeirevier, Verkehrsprävention'),
      civil('Familienzentrum'),
    ],
    successFactors: bullets(
      'Ein geschützter Übungsort ohne Zuschauende war für die Frauenkurse entscheidend.',
      'Mitschrauben statt Geschenk: Wer mitarbeitet, pflegt sein Rad besser.',
      'Die Übergabe an einen Verein war von Anfang an geplant.',
    ),
    obstacles: bullets(
      'Gespendete Räder waren oft kaum noch zu reparieren; die Entsorgung kostete Zeit und Geld.',
      'Ersatzteile wurden 2021 knapp und teuer.',
      'Trainerinnen für die Frauenkurse waren schwer zu finden.',
    ),
    transferability: bullets(
      'Ein trockener Raum mit Stromanschluss und Lagerfläche.',
      'Zwei bis drei handwerklich erfahrene Ehrenamtliche als fester Kern.',
      'Für die Frauenkurse: ein abgeschirmter Platz, Trainerinnen und Kinderbetreuung.',
    ),
    transferableKinds: ['town', 'municipality', 'association'],
    transferableSizes: ['small', 'medium', 'large'],
    contact: { name: 'Hanna Vogt', email: 'hanna.vogt@example.org' },
    state: 'published',
    publishedAt: '2022-07-11',
    history: [],
    adoptions: [],
  },
  {
    slug: 'willkommenslotsen-im-sportverein',
    municipality: 'crailsheim',
    partnerMunicipalities: [],
    topics: ['kultur-sport', 'jugend'],
    title: 'Willkommenslotsen im Sportverein',
    summary:
      'In sechs Sportvereinen sind Willkommenslotsinnen und -lotsen benannt: Vereinsmitglieder, die neue Kinder und Jugendliche mit Migrationsgeschichte und ihre Eltern beim Einstieg begleiten. Sie erklären Anmeldung, Beiträge und Zuschüsse aus dem Bildungs- und Teilhabepaket, holen zum ersten Training ab und sind Ansprechpersonen für Eltern.',
    targetGroups: ['Kinder und Jugendliche mit Migrationsgeschichte', 'Eltern', 'Sportvereine'],
    workStatus: 'running',
    periodStart: '2020-09-01',
    periodEnd: null,
    problem: p(
      'Kinder aus zugewanderten Familien waren in den Sportvereinen der Stadt deutlich unterrepräsentiert, obwohl Schulen und Jugendhaus großes Interesse am Vereinssport beobachteten. Eltern kannten das deutsche Vereinssystem oft nicht: Mitgliedsanträge, Lastschrift, Vereinskleidung und Fahrten zu Auswärtsspielen waren Hürden.',
      'Zuschüsse aus dem Bildungs- und Teilhabepaket wurden selten beantragt, weil weder Eltern noch Vereine das Verfahren kannten. Trainerinnen und Trainer waren bereit, neue Kinder aufzunehmen, hatten aber neben dem Training keine Zeit, sich um Anmeldung und Elternkontakt zu kümmern. So blieb es oft bei einem einzigen Probetraining, nach dem die Kinder nicht wiederkamen.',
    ),
    approach: steps(
      'Ansprache der Sportvereine über den Stadtverband für Sport; sechs Vereine benannten je ein bis zwei Lotsinnen oder Lotsen.',
      'Schulung an zwei Abenden: Bildungs- und Teilhabepaket, interkulturelle Kommunikation, Kinderschutz im Verein.',
      'Schnuppertrainings in Kooperation mit Grundschulen und dem Jugendhaus.',
      'Begleitung der Familien: Anmeldung, Antrag auf Zuschüsse, Abholen zum ersten Training, Elternabend im Verein.',
      'Halbjährliches Treffen aller Lotsinnen und Lotsen mit dem Integrationsmanagement.',
    ),
    results: p(
      'Über die Lotsinnen und Lotsen sind seit 2020 rund 190 Kinder und Jugendliche in einen der sechs Vereine eingetreten; etwa zwei Drittel sind nach einem Jahr noch Mitglied. Die Zahl der Anträge auf Zuschüsse aus dem Bildungs- und Teilhabepaket für Vereinsbeiträge hat sich mehr als verdoppelt.',
      'Zwei Vereine haben Eltern aus zugewanderten Familien als Betreuerinnen und Betreuer für Auswärtsfahrten gewonnen. Ein Verein hat eine Mädchenfußballgruppe gegründet, nachdem mehrere Mütter nach einem Angebot für ihre Töchter gefragt hatten.',
    ),
    outcomes: [
      o('Beteiligte Sportvereine', 6, 'Vereine', '2025-09-30', 'Vereinbarungen mit den Vereinen'),
      o('Über die Lotsen eingetretene Kinder und Jugendliche', 188, 'Personen', '2025-09-30', 'Meldungen der Vereine'),
      o('Mitglieder nach einem Jahr noch im Verein', 66, '%', '2025-09-30', 'Meldungen der Vereine'),
      o('Aktive Willkommenslotsinnen und -lotsen', 9, 'Ehrenamtliche', '2025-09-30', 'Lotsenliste'),
    ],
    costs: { oneOffEur: 2000, yearlyEur: 3500 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 6,
    partners: [
      administration('Integrationsmanagement der Stadt'),
      civil('Stadtverband für Sport'),
      civil('Sechs örtliche Sportvereine'),
      administration('Jobcenter (Bildungs- und Teilhabepaket)'),
      other('Grundschulen und Jugendhaus'),
    ],
    successFactors: bullets(
      'Die Lotsinnen und Lotsen sind Vereinsmitglieder und kennen die Abläufe.',
      'Schnuppertrainings über die Schulen erreichen Kinder direkt.',
      'Die Klärung der Zuschüsse nimmt Eltern die Sorge um die Kosten.',
    ),
    obstacles: bullets(
      'In einigen Vereinen fehlen Übungsleitungen; dort gibt es Wartelisten.',
      'Fahrten zu Auswärtsspielen bleiben für Familien ohne Auto schwierig.',
      'Die Anträge für das Bildungs- und Teilhabepaket dauern teils mehrere Monate.',
    ),
    transferability: bullets(
      'Ein Stadtverband oder Sportkreis, der die Vereine anspricht.',
      'Je Verein eine engagierte Person; die Schulung lässt sich übernehmen.',
      'Auch in kleinen Gemeinden mit einem einzigen Sportverein umsetzbar.',
    ),
    transferableKinds: ['town', 'municipality', 'association', 'city_district'],
    transferableSizes: ['small', 'medium', 'large', 'city'],
    contact: { name: 'Stefan Ruf', email: 'stefan.ruf@example.org' },
    state: 'published',
    publishedAt: '2025-10-20',
    history: [],
    adoptions: [],
  },
  // ── Dielheim ────────────────────────────────────────────────────────────────────────────
  {
    slug: 'nachbarschaftspatenschaften-im-dorf',
    municipality: 'dielheim',
    partnerMunicipalities: [],
    topics: ['begegnung', 'engagement'],
    title: 'Nachbarschaftspatenschaften im Dorf',
    summary:
      'Neu zugezogene Familien mit Migrationsgeschichte bekommen auf Wunsch eine Nachbarschaftspatin oder einen -paten aus ihrer Straße. Die Patenschaft dauert ein halbes Jahr und ist bewusst klein gehalten: Ortsrundgang, Vereine und Feste kennenlernen, Fragen zum Alltag klären. Die Gemeinde vermittelt und lädt zweimal im Jahr zu einem Patenfrühstück ein.',
    targetGroups: ['Neu zugezogene Familien mit Migrationsgeschichte', 'Nachbarschaft', 'Ehrenamtliche'],
    workStatus: 'running',
    periodStart: '2019-06-01',
    periodEnd: null,
    problem: p(
      'In der Gemeinde wohnen Geflüchtete und Arbeitsmigrantinnen und -migranten verteilt in privaten Wohnungen, nicht in einer Unterkunft. Dadurch fehlte ein Ort, an dem Ehrenamtliche sie ansprechen konnten, und viele Familien blieben lange isoliert. Das Vereinsleben, die Dorffeste und die Angebote der Kirchengemeinden erreichten sie kaum.',
      'Der frühere Helferkreis hatte sich aufgelöst, weil die wenigen Aktiven mit der Begleitung zu Behörden überlastet waren. Viele Einwohnerinnen und Einwohner waren bereit, sich einzubringen, wollten aber keine Verpflichtung auf unbestimmte Zeit eingehen. Gesucht war eine Form von Engagement, die zeitlich begrenzt und nah am Alltag ist.',
    ),
    approach: steps(
      'Aufruf im Gemeindeblatt und beim Neujahrsempfang: Patenschaften für ein halbes Jahr in der eigenen Nachbarschaft.',
      'Kurzes Vorgespräch mit allen Interessierten im Rathaus; Merkblatt zu Rolle, Grenzen und Ansprechpersonen für Fachfragen.',
      'Vermittlung durch die Ehrenamtsbeauftragte der Gemeinde, möglichst in derselben Straße oder demselben Ortsteil.',
      'Startpaket: Ortsplan, Vereinsverzeichnis, Müllkalender in einfacher Sprache, Gutschein für das nächste Dorffest.',
      'Patenfrühstück zweimal im Jahr für alle Patinnen, Paten und Familien.',
    ),
    results: p(
      'Seit Sommer 2019 sind 19 Patenschaften zustande gekommen. Die meisten dauerten länger als das vereinbarte halbe Jahr und gingen in Bekanntschaften über. Mehrere Familien sind inzwischen Mitglied in Sport- oder Musikvereinen, zwei Mütter haben beim Kinderfest der Gemeinde mitgeholfen.',
      'Während der Kontaktbeschränkungen 2020 liefen viele Patenschaften am Telefon und bei Spaziergängen weiter; nur eines der geplanten Patenfrühstücke konnte stattfinden. Die Patinnen und Paten schätzen die zeitliche Begrenzung, mehrere haben bereits eine zweite Patenschaft übernommen. Für Behördenangelegenheiten verweisen sie an das Integrationsmanagement des Kreises.',
    ),
    outcomes: [
      o('Vermittelte Patenschaften seit Juni 2019', 19, 'Patenschaften', '2020-12-31', 'Vermittlungsliste der Gemeinde'),
      o('Patinnen und Paten mit mehr als einer Patenschaft', 5, 'Ehrenamtliche', '2020-12-31', 'Vermittlungsliste der Gemeinde'),
      o('Besuchende des Patenfrühstücks im Herbst 2019', 41, 'Personen', '2019-10-31', 'Teilnahmeliste'),
    ],
    costs: { oneOffEur: null, yearlyEur: 1500 },
    fundingSources: ['Eigenmittel der Gemeinde', PAKT],
    staffHoursPerMonth: 5,
    partners: [
      administration('Ehrenamtsbeauftragte der Gemeinde'),
      administration('Integrationsmanagement des Landkreises'),
      civil('Kirchengemeinden'),
      civil('Örtliche Vereine'),
    ],
    successFactors: bullets(
      'Die zeitliche Begrenzung senkt die Hürde, eine Patenschaft zu übernehmen.',
      'Nachbarschaftliche Nähe macht Treffen einfach und spontan.',
      'Die Gemeinde ist erreichbar, übernimmt aber keine Kontrolle.',
    ),
    obstacles: bullets(
      'Es melden sich mehr Patinnen und Paten aus dem Ortskern als aus den Neubaugebieten.',
      'Einige Familien lehnen eine Patenschaft ab, weil sie sich kontrolliert fühlen; das Angebot muss freiwillig bleiben.',
    ),
    transferability: bullets(
      'Eine Person in der Gemeindeverwaltung mit wenigen Stunden im Monat.',
      'Ein kurzes Merkblatt zu Rolle und Grenzen der Patenschaft.',
      'Besonders geeignet für kleinere Gemeinden ohne Gemeinschaftsunterkunft.',
    ),
    transferableKinds: ['municipality', 'town', 'association', 'joint_project'],
    transferableSizes: ['small', 'medium'],
    contact: { name: 'Monika Fritz', email: 'monika.fritz@example.org' },
    state: 'published',
    publishedAt: '2021-01-18',
    history: [],
    adoptions: [
      {
        municipality: 'gvv-rauenberg',
        kind: 'adopted',
        adoptedOn: '2021-04-12',
        changes: 'Übernahme in allen drei Mitgliedsgemeinden; die Vermittlung läuft über die gemeinsame Ehrenamtskoordination des Verwaltungsverbands.',
        results:
          'In den drei Gemeinden sind bisher 23 Patenschaften entstanden. Das Patenfrühstück findet reihum in den Gemeinden statt und verbindet auch die Ehrenamtlichen der Gemeinden untereinander.',
        outcomes: [o('Vermittelte Patenschaften', 23, 'Patenschaften', '2024-12-31', 'Vermittlungsliste der Ehrenamtskoordination')],
      },
    ],
  },
  // ── Eppelheim ───────────────────────────────────────────────────────────────────────────
  {
    slug: 'mehrsprachige-sprechstunde-im-rathaus',
    municipality: 'eppelheim',
    partnerMunicipalities: [],
    topics: ['verwaltung', 'beratung', 'sprache'],
    title: 'Mehrsprachige Sprechstunde im Rathaus',
    summary:
      'Jeden Dienstagnachmittag bieten ehrenamtliche Sprachmittlerinnen und -mittler im Rathaus eine offene Sprechstunde auf Arabisch, Türkisch, Ukrainisch, Farsi und Englisch an. Sie helfen beim Verstehen von Behördenbriefen und Formularen und vermitteln direkt an die zuständigen Stellen im Haus. Die Verwaltung schult sie und stellt einen Raum neben dem Bürgerbüro.',
    targetGroups: ['Zugewanderte mit geringen Deutschkenntnissen', 'Ehrenamtliche Sprachmittlerinnen und -mittler', 'Beschäftigte der Verwaltung'],
    workStatus: 'running',
    periodStart: '2020-01-14',
    periodEnd: null,
    problem: p(
      'Im Bürgerbüro kamen regelmäßig Menschen mit Behördenbriefen, die sie nicht verstanden: Bescheide der Wohngeldstelle, Mahnungen, Schreiben der Ausländerbehörde des Kreises oder Einladungen zur Schuleingangsuntersuchung. Die Beschäftigten nahmen sich Zeit, stießen aber an sprachliche Grenzen, und die Warteschlange wurde länger.',
      'Oft brachten die Betroffenen Kinder oder Bekannte zum Übersetzen mit, was bei persönlichen Themen unangemessen war. Gleichzeitig gab es in der Stadt zahlreiche mehrsprachige Einwohnerinnen und Einwohner, die helfen wollten, aber nicht wussten, wie und wo. Die Verwaltung wollte ihnen einen festen, geschützten Rahmen geben.',
    ),
    approach: steps(
      'Aufruf im Amtsblatt und über Migrantenvereine; Auswahlgespräche mit 14 Interessierten.',
      'Schulung in drei Modulen: Aufbau der Verwaltung, Datenschutz und Schweigepflicht, Grenzen der Rolle (keine Rechtsberatung).',
      'Feste Sprechstunde dienstags von 15 bis 18 Uhr im Raum neben dem Bürgerbüro; Dienstplan für die Sprachen.',
      'Kurze Wege: Die Sprachmittelnden begleiten bei Bedarf direkt zur zuständigen Stelle im Haus.',
      'Monatliche Fallbesprechung mit der Integrationsbeauftragten; Rückmeldung an die Fachämter, welche Schreiben schwer verständlich sind.',
    ),
    results: p(
      'Die Sprechstunde wird im Schnitt von zehn bis fünfzehn Personen pro Termin besucht. Die häufigsten Anliegen sind Wohngeld, Kita-Gebühren, Schreiben des Jobcenters und der Familienkasse. Das Bürgerbüro berichtet von kürzeren Gesprächen und weniger Rückfragen.',
      'Ein Nebeneffekt: Die Rückmeldungen der Sprachmittelnden haben dazu geführt, dass drei Fachämter ihre Standardschreiben in einfacherer Sprache neu gefasst haben. Seit 2022 ist Ukrainisch hinzugekommen, zwei Sprachmittlerinnen kamen selbst zuerst als Ratsuchende.',
    ),
    outcomes: [
      o('Beratungskontakte im Jahr 2025', 486, 'Beratungen', '2025-12-31', 'Strichliste der Sprechstunde 2025'),
      o('Aktive Sprachmittlerinnen und -mittler', 11, 'Ehrenamtliche', '2025-12-31', 'Dienstplan'),
      o('Angebotene Sprachen', 5, 'Sprachen', '2025-12-31', 'Dienstplan'),
      o('In einfacherer Sprache neu gefasste Standardschreiben', 23, 'Schreiben', '2025-06-30', 'Rückmeldung der Fachämter'),
    ],
    costs: { oneOffEur: 2500, yearlyEur: 4800 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 10,
    partners: [
      administration('Integrationsbeauftragte der Stadt'),
      administration('Bürgerbüro'),
      migrantOrg('Örtliche Migrantenvereine'),
      administration('Integrationsmanagement des Landkreises'),
    ],
    successFactors: bullets(
      'Fester Ort und feste Zeit im Rathaus: Die Sprechstunde gehört sichtbar zur Verwaltung.',
      'Klare Grenzen der Rolle schützen die Ehrenamtlichen.',
      'Rückmeldungen aus der Sprechstunde verbessern die Schreiben der Verwaltung.',
    ),
    obstacles: bullets(
      'Farsi und Tigrinya sind schwer dauerhaft zu besetzen.',
      'Manche Anliegen sind Rechtsberatung; die Weitervermittlung an Fachstellen dauert.',
      'Die Aufwandsentschädigung musste steuerrechtlich geklärt werden (Ehrenamtspauschale).',
    ),
    transferability: bullets(
      'Ein Raum in oder nahe dem Bürgerbüro.',
      'Eine koordinierende Person in der Verwaltung mit etwa zehn Stunden im Monat.',
      'Mehrsprachige Einwohnerinnen und Einwohner, die sich verpflichten, etwa zweimal im Monat zu kommen.',
    ),
    transferableKinds: ['town', 'municipality', 'association', 'city_district'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Daniel Kurz', email: 'daniel.kurz@example.org' },
    state: 'published',
    publishedAt: '2020-10-08',
    history: [
      {
        publishedAt: '2020-10-08',
        note: 'Erstveröffentlichung während der Erprobung',
        previous: {
          workStatus: 'pilot',
          results:
            'Die Sprechstunde läuft seit Januar 2020 als Erprobung, unterbrochen durch die Schließung des Rathauses im Frühjahr. Seit Juni kommen im Schnitt sechs bis acht Personen pro Termin. Der Gemeinderat entscheidet Ende des Jahres über die Fortführung.',
          outcomes: [o('Beratungskontakte von Juni bis September 2020', 97, 'Beratungen', '2020-09-30', 'Strichliste der Sprechstunde')],
        },
      },
    ],
    adoptions: [
      {
        municipality: 'weinheim',
        kind: 'adapted',
        adoptedOn: '2024-01-16',
        changes:
          'Die Sprechstunde findet abwechselnd im Rathaus und in einem Stadtteiltreff statt; zusätzlich gibt es eine Terminvereinbarung per Telefon für Anliegen, die mehr Zeit brauchen.',
        results: null,
        outcomes: [],
      },
    ],
  },
  // ── Giengen an der Brenz ────────────────────────────────────────────────────────────────
  {
    slug: 'schwimmkurse-fuer-frauen-mit-ehrenamtlichen-schwimmhelferinnen',
    municipality: 'giengen',
    partnerMunicipalities: [],
    topics: ['frauen', 'kultur-sport', 'gesundheit'],
    title: 'Schwimmkurse für Frauen mit ehrenamtlichen Schwimmhelferinnen',
    summary:
      'Im städtischen Hallenbad gibt es an einem Abend pro Woche eine Frauenschwimmzeit mit weiblichem Aufsichtspersonal. Ehrenamtliche Schwimmhelferinnen der Wasserrettung bringen erwachsenen Frauen in Kursen von zehn Terminen das Schwimmen bei. Viele Teilnehmerinnen melden danach auch ihre Kinder zum Schwimmkurs an.',
    targetGroups: ['Frauen mit Migrationsgeschichte', 'Geflüchtete Frauen', 'Mütter'],
    workStatus: 'running',
    periodStart: '2021-10-01',
    periodEnd: null,
    problem: p(
      'Viele Frauen, die in den vergangenen Jahren zugewandert sind, haben nie schwimmen gelernt. In ihren Herkunftsländern gab es keine Bäder oder keine Angebote für Mädchen. Gemischte Badezeiten und männliche Bademeister hielten viele davon ab, das Hallenbad überhaupt zu betreten.',
      'Zugleich wollten die Frauen, dass ihre Kinder schwimmen lernen, trauten sich aber nicht, sie ins Bad zu begleiten. Die Schwimmkurse für Kinder hatten lange Wartelisten, und Familien mit wenig Geld konnten sich private Kurse nicht leisten. Das Familienzentrum hörte diese Wünsche immer wieder im Frauencafé.',
    ),
    approach: steps(
      'Vereinbarung mit dem Bäderbetrieb über eine wöchentliche Frauenschwimmzeit am Abend mit weiblicher Aufsicht und Sichtschutz an den Fenstern.',
      'Gewinnung und Qualifizierung von Schwimmhelferinnen über die örtliche Wasserrettung.',
      'Kurse mit zehn Terminen für jeweils acht Frauen; Einstufung im ersten Termin, Ziel ist das Seepferdchen für Erwachsene.',
      'Kinderbetreuung im Nebenraum während der Kurszeiten.',
      'Nach dem Kurs: offene Frauenschwimmzeit zum Üben, Hinweise zu Kinderschwimmkursen und Zuschüssen.',
    ),
    results: p(
      'Seit Herbst 2021 haben 96 Frauen einen Kurs abgeschlossen, gut zwei Drittel mit bestandenem Abzeichen. Die offene Frauenschwimmzeit wird von 20 bis 35 Frauen pro Abend besucht, auch von Frauen ohne Migrationsgeschichte.',
      'Mehrere Teilnehmerinnen haben ihre Kinder zu Schwimmkursen angemeldet; zwei frühere Teilnehmerinnen helfen inzwischen selbst als Schwimmhelferinnen mit. Die Frauen berichten, dass das Bad für sie zu einem Treffpunkt geworden ist, an dem sie auch Deutsch sprechen.',
    ),
    outcomes: [
      o('Frauen mit abgeschlossenem Kurs', 96, 'Personen', '2025-12-31', 'Teilnahmelisten 2021–2025'),
      o('Teilnehmerinnen mit bestandenem Abzeichen', 69, '%', '2025-12-31', 'Teilnahmelisten 2021–2025'),
      o('Durchschnittlicher Besuch der offenen Frauenschwimmzeit', 27.5, 'Personen je Abend', '2025-12-31', 'Kassenzählung des Bäderbetriebs 2025'),
      o('Aktive Schwimmhelferinnen', 8, 'Ehrenamtliche', '2025-12-31', 'Helferinnenliste'),
    ],
    costs: { oneOffEur: 1800, yearlyEur: 6500 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt', 'Präventionsmittel einer Krankenkasse'],
    staffHoursPerMonth: 6,
    partners: [
      administration('Bäderbetrieb der Stadt'),
      civil('Örtliche Wasserrettung'),
      civil('Familienzentrum'),
      migrantOrg('Frauengruppe eines Migrantenvereins'),
    ],
    successFactors: bullets(
      'Weibliche Aufsicht und Sichtschutz waren die Voraussetzung für die Teilnahme.',
      'Die Kinderbetreuung macht den Kurs für Mütter erst möglich.',
      'Die Ansprache erfolgte über das Frauencafé und Vertrauenspersonen.',
    ),
    obstacles: bullets(
      'Weibliche Rettungsschwimmerinnen für die Aufsicht sind knapp.',
      'Einige Frauen brauchen mehr als zehn Termine; Folgekurse haben lange Wartelisten.',
      'Kritik an einer eigenen Schwimmzeit für Frauen im Gemeinderat musste sachlich beantwortet werden.',
    ),
    transferability: bullets(
      'Ein Hallenbad, dessen Betreiber eine feste Zeit einräumt.',
      'Weibliche Aufsicht und Schwimmhelferinnen, zum Beispiel über Wasserrettung oder Schwimmverein.',
      'Ein Familienzentrum oder Frauentreff für die Ansprache.',
    ),
    transferableKinds: ['town', 'city_district', 'district'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Elif Arslan', email: 'elif.arslan@example.org' },
    state: 'published',
    publishedAt: '2026-02-23',
    history: [],
    adoptions: [],
  },
  // ── Horb am Neckar ──────────────────────────────────────────────────────────────────────
  {
    slug: 'integrationslotsen-qualifizierung-und-einsatz',
    municipality: 'horb',
    partnerMunicipalities: [],
    topics: ['beratung', 'engagement'],
    title: 'Integrationslotsinnen und -lotsen: Qualifizierung und Einsatz',
    summary:
      'Zugewanderte, die schon länger in der Stadt leben, wurden in einer Qualifizierung mit 40 Unterrichtsstunden zu Integrationslotsinnen und -lotsen ausgebildet. Sie begleiteten Neuzugewanderte zu Ämtern, Schulen und Ärzten und erklärten die Angebote der Stadt. Nach Ende der Förderung wurde der Lotsenpool in den Begleitdienst eines Wohlfahrtsverbands überführt.',
    targetGroups: ['Neuzugewanderte', 'Zugewanderte mit längerer Aufenthaltsdauer', 'Ehrenamtliche'],
    workStatus: 'completed',
    periodStart: '2019-01-01',
    periodEnd: '2021-12-31',
    problem: p(
      'Das Integrationsmanagement war für die Zahl der Neuzugewanderten personell zu knapp ausgestattet. Viele Anliegen waren keine Fälle für die Sozialberatung, sondern einfache Orientierungsfragen: Wo ist das Bürgerbüro, wie melde ich mein Kind in der Kita an, welche Ärztin spricht Arabisch? Solche Fragen blieben oft wochenlang liegen.',
      'Gleichzeitig lebten in der Stadt viele Menschen mit eigener Migrationsgeschichte, die diese Wege aus eigener Erfahrung kannten, die Sprachen der Neuankommenden sprachen und helfen wollten. Ihr Engagement lief bisher informell und ohne Anerkennung; manche waren überlastet, weil sie im Bekanntenkreis ständig angefragt wurden.',
    ),
    approach: steps(
      'Konzept mit Integrationsmanagement, Volkshochschule und einem Wohlfahrtsverband; Festlegung von Aufgaben und Grenzen.',
      'Ansprache über Migrantenvereine, religiöse Gemeinden und Integrationskurse.',
      'Qualifizierung mit 40 Unterrichtsstunden: Behördenwege, Gesundheits- und Bildungssystem, Datenschutz, Gesprächsführung, Selbstschutz; Zertifikat bei Abschluss.',
      'Vermittlung der Einsätze über eine Koordinatorin des Wohlfahrtsverbands; Aufwandsentschädigung nach Stunden.',
      'Monatliche Austauschtreffen und Supervision zweimal im Jahr.',
      'Überführung in den dauerhaften Begleitdienst des Wohlfahrtsverbands zum Ende der Förderung.',
    ),
    results: p(
      'In drei Durchgängen wurden 34 Lotsinnen und Lotsen qualifiziert, die zusammen elf Sprachen abdecken. Sie haben in drei Jahren über 1.100 Begleitungen geleistet, am häufigsten zu Ärzten, zur Ausländerbehörde und zu Schulen. Das Integrationsmanagement konnte sich stärker auf komplexe Fälle konzentrieren.',
      'Mehrere Lotsinnen und Lotsen haben über die Qualifizierung eine berufliche Perspektive gefunden, etwa als Sprachmittlerin oder in der Schulsozialarbeit. Nach der Überführung sind 19 weiterhin im Begleitdienst aktiv.',
    ),
    outcomes: [
      o('Qualifizierte Lotsinnen und Lotsen', 34, 'Ehrenamtliche', '2021-12-31', 'Zertifikatsliste'),
      o('Begleitungen 2019–2021', 1137, 'Begleitungen', '2021-12-31', 'Einsatznachweise'),
      o('Abgedeckte Sprachen', 11, 'Sprachen', '2021-12-31', 'Lotsenliste'),
      o('Nach der Überführung weiter aktive Lotsinnen und Lotsen', 19, 'Ehrenamtliche', '2021-12-31', 'Lotsenliste des Begleitdienstes'),
    ],
    costs: { oneOffEur: 12000, yearlyEur: 14000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt', 'Eigenmittel des Wohlfahrtsverbands'],
    staffHoursPerMonth: 32,
    partners: [
      administration('Integrationsmanagement der Stadt'),
      civil('Wohlfahrtsverband (Koordination des Begleitdienstes)'),
      civil('Volkshochschule'),
      migrantOrg('Migrantenvereine und religiöse Gemeinden'),
    ],
    successFactors: bullets(
      'Die Lotsinnen und Lotsen sprechen die Sprachen und kennen die Wege aus eigener Erfahrung.',
      'Zertifikat und Aufwandsentschädigung machen das Engagement sichtbar und anerkannt.',
      'Die Überführung in einen bestehenden Dienst war früh geplant.',
    ),
    obstacles: bullets(
      'Die Abgrenzung zu professionellem Dolmetschen war nicht immer einzuhalten, etwa bei Arztgesprächen.',
      'Einige Lotsinnen und Lotsen wurden auch außerhalb der Einsätze ständig angefragt.',
      'Für die Stundenabrechnung brauchte es mehr Verwaltungsaufwand als gedacht.',
    ),
    transferability: bullets(
      'Ein Träger, der die Einsätze dauerhaft koordiniert.',
      'Ein Bildungsträger für die Qualifizierung; Curriculum und Materialien sind übertragbar.',
      'Mittel für Aufwandsentschädigungen über die Förderphase hinaus.',
    ),
    transferableKinds: ['town', 'city_district', 'district'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Matthias Seitz', email: 'matthias.seitz@example.org' },
    state: 'published',
    publishedAt: '2022-03-21',
    history: [],
    adoptions: [],
  },
  // ── Lahr/Schwarzwald ────────────────────────────────────────────────────────────────────
  {
    slug: 'fest-der-kulturen-gemeinsam-mit-migrantenvereinen',
    municipality: 'lahr',
    partnerMunicipalities: [],
    topics: ['kultur-sport', 'migrantenorganisationen', 'begegnung'],
    title: 'Fest der Kulturen: gemeinsam geplant mit Migrantenvereinen',
    summary:
      'Das jährliche Fest der Kulturen wird nicht mehr von der Verwaltung für, sondern mit den Migrantenvereinen geplant. Ein Festkomitee aus Vereinen verteilt Budget und Programm, die Stadt übernimmt Genehmigungen, Technik und Sicherheit. Aus der Zusammenarbeit ist ein ganzjähriges Netzwerk der Vereine entstanden.',
    targetGroups: ['Migrantenvereine', 'Stadtgesellschaft', 'Familien'],
    workStatus: 'running',
    periodStart: '2019-01-15',
    periodEnd: null,
    problem: p(
      'Die Stadt organisierte seit Jahren ein interkulturelles Fest auf dem Marktplatz. Die Migrantenvereine wurden eingeladen, Essensstände und Tanzgruppen beizusteuern, hatten aber keinen Einfluss auf Programm, Ablauf oder Budget. Einige Vereine fühlten sich als Folklore vorgeführt und beteiligten sich nicht mehr.',
      'Das Fest erreichte vor allem Besucherinnen und Besucher, die ohnehin an interkulturellen Themen interessiert waren. Die Vereine untereinander kannten sich kaum; es gab Spannungen zwischen einzelnen Gruppen, die in der Verwaltung niemand ansprach. Die Stadt wollte das Fest zu einem gemeinsamen Projekt machen und die Vereine stärken.',
    ),
    approach: steps(
      'Offene Versammlung aller Migrantenvereine: Was soll das Fest sein, und wer will mitentscheiden?',
      'Bildung eines Festkomitees aus sieben gewählten Vereinsvertreterinnen und -vertretern mit eigenem Budget.',
      'Das Komitee legt Programm, Themen und Verteilung der Stände fest; die Stadt übernimmt Genehmigungen, Technik, Sicherheit und Hygieneschulung.',
      'Neue Formate: Podiumsgespräch zu einem Stadtthema, Kinderprogramm von Vereinen gemeinsam, gemischte Musikbühne.',
      'Auswertung nach jedem Fest und Neuwahl des Komitees alle zwei Jahre.',
    ),
    results: p(
      'Die Zahl der beteiligten Vereine ist von neun auf 22 gestiegen, darunter zwei Vereine, die sich vorher nie beteiligt hatten. Das Fest zieht deutlich mehr Besucherinnen und Besucher an, auch aus Stadtteilen, in denen das Fest früher kaum bekannt war.',
      'Wichtiger als das Fest selbst: Aus dem Festkomitee ist ein Netzwerk der Migrantenvereine entstanden, das sich viermal im Jahr trifft, gemeinsam Räume nutzt und der Stadt als Ansprechpartner für Beteiligungsverfahren dient. Spannungen zwischen Vereinen werden dort offen besprochen.',
    ),
    outcomes: [
      o('Beteiligte Vereine am Fest 2025', 22, 'Vereine', '2025-07-31', 'Anmeldeliste des Festkomitees'),
      o('Geschätzte Besucherinnen und Besucher 2025', 6500, 'Personen', '2025-07-31', 'Schätzung des Ordnungsamts'),
      o('Treffen des Vereinsnetzwerks 2025', 4, 'Treffen', '2025-12-31', 'Protokolle des Netzwerks'),
    ],
    costs: { oneOffEur: null, yearlyEur: 24000 },
    fundingSources: ['Eigenmittel der Stadt', PAKT, 'Sponsoring örtlicher Unternehmen'],
    staffHoursPerMonth: 14,
    partners: [
      administration('Stabsstelle Integration der Stadt'),
      administration('Ordnungsamt und Veranstaltungsmanagement'),
      migrantOrg('Festkomitee der Migrantenvereine'),
      politics('Integrationsausschuss des Gemeinderats'),
    ],
    successFactors: bullets(
      'Echte Entscheidungsmacht über Programm und Budget.',
      'Klare Arbeitsteilung: Die Vereine gestalten, die Stadt sichert den Rahmen.',
      'Das Netzwerk hat einen Zweck über das Fest hinaus.',
    ),
    obstacles: bullets(
      'Die Verteilung der Standplätze führte anfangs zu Streit; heute entscheidet ein Losverfahren.',
      'Hygiene- und Sicherheitsauflagen waren für kleine Vereine schwer zu erfüllen.',
      'Die Arbeit im Komitee lastet auf wenigen Personen.',
    ),
    transferability: bullets(
      'Eine Stadt mit mehreren aktiven Migrantenvereinen.',
      'Bereitschaft der Verwaltung, Entscheidungen und Budget abzugeben.',
      'Eine Ansprechperson in der Verwaltung für Genehmigungen und Technik.',
    ),
    transferableKinds: ['town', 'city_district'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Nadia Haddad', email: 'nadia.haddad@example.org' },
    state: 'published',
    publishedAt: '2026-01-26',
    history: [],
    adoptions: [],
  },
  // ── Leimen ──────────────────────────────────────────────────────────────────────────────
  {
    slug: 'digitale-hausaufgabenhilfe-per-video',
    municipality: 'leimen',
    partnerMunicipalities: [],
    topics: ['bildung', 'jugend'],
    title: 'Digitale Hausaufgabenhilfe per Video',
    summary:
      'Während der Schulschließungen begleiteten ehrenamtliche Lernpatinnen und -paten Schulkinder aus zugewanderten Familien per Videogespräch bei Hausaufgaben und Wochenplänen. Die Stadt verlieh Tablets und richtete die Technik ein. Nach der Pandemie ging die Nachfrage stark zurück; das Angebot wurde eingestellt und in eine Hausaufgabenhilfe vor Ort überführt.',
    targetGroups: ['Schulkinder aus zugewanderten Familien', 'Eltern', 'Ehrenamtliche Lernpatinnen und -paten'],
    workStatus: 'discontinued',
    periodStart: '2020-04-20',
    periodEnd: '2022-07-31',
    problem: p(
      'Mit den Schulschließungen im Frühjahr 2020 fiel für viele Kinder aus zugewanderten Familien jede Unterstützung weg. Wochenpläne kamen per E-Mail, die Eltern konnten bei deutschsprachigen Aufgaben oft nicht helfen, und in vielen Familien teilten sich mehrere Kinder ein Smartphone.',
      'Die bisherige Hausaufgabenhilfe im Jugendhaus durfte nicht stattfinden. Die Ehrenamtlichen wollten weitermachen, viele gehörten aber selbst zu Risikogruppen. Schulen und Schulsozialarbeit meldeten, dass einzelne Kinder wochenlang nicht erreichbar waren und den Anschluss zu verlieren drohten. Ein Angebot, das ohne persönlichen Kontakt auskommt und trotzdem verlässlich ist, gab es nicht.',
    ),
    approach: steps(
      'Abfrage bei Schulen und Schulsozialarbeit: welche Kinder brauchen Unterstützung, welche Geräte fehlen?',
      'Verleih von 40 Tablets mit mobilem Datenvolumen über die Stadtbücherei.',
      'Einrichtung eines datenschutzkonformen Videodienstes und Schulung der Ehrenamtlichen in zwei Onlineterminen.',
      'Feste Lerntandems mit zwei Terminen pro Woche; Absprachen mit den Lehrkräften über die Wochenpläne.',
      'Auswertung nach jedem Schulhalbjahr; Entscheidung über die Fortführung im Sommer 2022.',
    ),
    results: p(
      'Während der Schulschließungen waren 58 Kinder in festen Lerntandems. Lehrkräfte berichteten, dass diese Kinder die Wochenpläne deutlich zuverlässiger bearbeiteten. Für einige Familien war die Lernpatin zeitweise die einzige regelmäßige Verbindung zur Schule.',
      'Nach der Rückkehr in den Präsenzunterricht sank die Nachfrage rasch: Die Kinder wollten nach dem Unterricht nicht noch einmal vor den Bildschirm, und Eltern bevorzugten die Hilfe vor Ort. Im Sommer 2022 wurde das Angebot eingestellt. Ein Teil der Ehrenamtlichen betreut heute die Hausaufgabenhilfe in der Stadtbücherei.',
    ),
    outcomes: [
      o('Kinder in festen Lerntandems (Höchststand)', 58, 'Personen', '2021-03-31', 'Tandemliste'),
      o('Verliehene Tablets', 40, 'Geräte', '2020-06-30', 'Verleihliste der Stadtbücherei'),
      o('Aktive Lerntandems im letzten Halbjahr', 9, 'Tandems', '2022-07-31', 'Tandemliste'),
    ],
    costs: { oneOffEur: 16500, yearlyEur: 2000 },
    fundingSources: ['Eigenmittel der Stadt', 'Spenden', PAKT],
    staffHoursPerMonth: 15,
    partners: [
      administration('Fachbereich Bildung und Soziales der Stadt'),
      administration('Stadtbücherei'),
      civil('Schulsozialarbeit'),
      civil('Ehrenamtliche der bisherigen Hausaufgabenhilfe'),
    ],
    successFactors: bullets(
      'Schnelle Reaktion: Das Angebot stand drei Wochen nach der Schulschließung.',
      'Der Geräteverleih über die Stadtbücherei war unbürokratisch.',
      'Absprachen mit den Lehrkräften machten die Hilfe zielgenau.',
    ),
    obstacles: bullets(
      'Digitale Begleitung ersetzt die Beziehung vor Ort nicht; nach der Pandemie fehlte die Nachfrage.',
      'Einige Familien hatten kein stabiles Netz, selbst mit mobilem Datenvolumen.',
      'Die Wartung der Tablets kostete mehr Zeit als erwartet; zwei Geräte kamen nicht zurück.',
      'Wir haben zu spät gefragt, was die Kinder selbst wollen.',
    ),
    transferability: bullets(
      'Als Notfallangebot bei Schulschließungen oder für abgelegene Ortsteile geeignet, nicht als Ersatz für Hilfe vor Ort.',
      'Geräteverleih, Datenschutzprüfung des Videodienstes und eine technische Ansprechperson einplanen.',
      'Von Anfang an ein Ende oder eine Überprüfung vereinbaren.',
    ),
    transferableKinds: ['town', 'municipality', 'association'],
    transferableSizes: ['small', 'medium', 'large'],
    contact: { name: 'Sarah Winter', email: 'sarah.winter@example.org' },
    state: 'published',
    publishedAt: '2022-10-17',
    history: [],
    adoptions: [],
  },
  // ── Löffingen ───────────────────────────────────────────────────────────────────────────
  {
    slug: 'mobilitaetspaten-fuer-wege-zu-aemtern-und-aerzten',
    municipality: 'loeffingen',
    partnerMunicipalities: [],
    topics: ['beratung', 'engagement'],
    title: 'Mobilitätspaten für Wege zu Ämtern und Ärzten',
    summary:
      'In einer Erprobungsphase fahren ehrenamtliche Mobilitätspatinnen und -paten Zugewanderte aus den Ortsteilen mit einem Bürgerauto zu Terminen beim Landratsamt, bei Fachärzten und zur Berufsschule. Eine Telefonzentrale im Rathaus nimmt Fahrtwünsche an. Ziel ist, Termine nicht mehr wegen fehlender Busverbindungen zu verpassen.',
    targetGroups: ['Zugewanderte in den Ortsteilen ohne Auto', 'Geflüchtete Familien', 'Ehrenamtliche Fahrerinnen und Fahrer'],
    workStatus: 'pilot',
    periodStart: '2025-03-01',
    periodEnd: null,
    problem: p(
      'Die Stadt besteht aus mehreren weit auseinanderliegenden Ortsteilen. Busse fahren dort teils nur zweimal am Tag und am Wochenende gar nicht. Für Termine bei der Ausländerbehörde im Landratsamt, bei Fachärztinnen und Fachärzten in der Kreisstadt oder bei der Berufsschule brauchten Zugewanderte ohne Auto oft einen ganzen Tag.',
      'Immer wieder wurden Termine verpasst, mit Folgen wie abgelaufenen Aufenthaltspapieren oder verschobenen Untersuchungen. Einzelne Ehrenamtliche fuhren privat, ohne Versicherungsschutz und ohne Abstimmung, und stießen dabei an ihre Grenzen. Ein Fahrdienst für Seniorinnen und Senioren existierte bereits, war aber ausgelastet und auf ältere Menschen beschränkt.',
    ),
    approach: steps(
      'Abstimmung mit dem bestehenden Seniorenfahrdienst: gemeinsames Fahrzeug, getrennte Einsatzpläne.',
      'Leasing eines Bürgerautos mit Unterstützung örtlicher Unternehmen; Versicherung über die Stadt.',
      'Gewinnung von Fahrerinnen und Fahrern; Einweisung in Fahrzeug, Datenschutz und Verhalten bei Sprachbarrieren.',
      'Telefonzentrale im Rathaus an drei Vormittagen pro Woche; Fahrtwünsche mindestens drei Tage vorher.',
      'Erprobung für zwei Jahre mit Auswertung nach jedem Halbjahr.',
    ),
    results: p(
      'In den ersten neun Monaten wurden 134 Fahrten durchgeführt, vor allem zum Landratsamt und zu Fachärztinnen und Fachärzten. Die Auslastung des Fahrzeugs ist an zwei Wochentagen hoch, an den übrigen gering. Verpasste Termine bei der Ausländerbehörde sind nach Auskunft des Integrationsmanagements seltener geworden.',
      'Offen ist, wie sich das Angebot nach der Erprobung finanziert. Einige Fahrgäste bringen inzwischen Nachbarinnen und Nachbarn mit, was die Fahrten effizienter macht, aber die Planung erschwert.',
    ),
    outcomes: [
      o('Durchgeführte Fahrten', 134, 'Fahrten', '2025-11-30', 'Fahrtenbuch'),
      o('Aktive Fahrerinnen und Fahrer', 12, 'Ehrenamtliche', '2025-11-30', 'Einsatzplan'),
      o('Fahrten zu Behörden im Landratsamt', 47, '%', '2025-11-30', 'Fahrtenbuch'),
    ],
    costs: { oneOffEur: 4000, yearlyEur: 9500 },
    fundingSources: ['Eigenmittel der Stadt', 'Spenden örtlicher Unternehmen', PAKT],
    staffHoursPerMonth: 12,
    partners: [
      administration('Bürgerbüro der Stadt (Telefonzentrale)'),
      civil('Seniorenfahrdienst (Verein)'),
      administration('Integrationsmanagement des Landkreises'),
      other('Örtliche Unternehmen (Fahrzeugsponsoring)'),
    ],
    successFactors: bullets(
      'Die Zusammenarbeit mit dem bestehenden Fahrdienst spart Fahrzeug und Organisation.',
      'Versicherung und Einweisung geben den Ehrenamtlichen Sicherheit.',
    ),
    obstacles: bullets(
      'Kurzfristige Termine lassen sich mit drei Tagen Vorlauf nicht abdecken.',
      'Die Finanzierung nach der Erprobung ist noch nicht gesichert.',
      'Einzelne Fahrgäste sagen nicht ab; die Fahrerinnen und Fahrer warten vergeblich.',
    ),
    transferability: bullets(
      'Geeignet für Flächengemeinden mit schwachem öffentlichem Nahverkehr.',
      'Am einfachsten, wo es schon einen Bürgerbus oder Seniorenfahrdienst gibt.',
      'Versicherungsfragen früh mit dem Versicherer der Gemeinde klären.',
    ),
    transferableKinds: ['town', 'municipality', 'association', 'joint_project'],
    transferableSizes: ['small', 'medium'],
    contact: { name: 'Bernd Kaiser', email: 'bernd.kaiser@example.org' },
    state: 'published',
    publishedAt: '2025-12-01',
    history: [],
    adoptions: [],
  },
  // ── Landkreis Lörrach ───────────────────────────────────────────────────────────────────
  {
    slug: 'kreisweiter-dolmetscherpool-fuer-sprach-und-kulturmittlung',
    municipality: 'landkreis-loerrach',
    partnerMunicipalities: ['gvv-vorderes-kandertal'],
    topics: ['sprache', 'beratung', 'gesundheit'],
    title: 'Kreisweiter Dolmetscherpool für Sprach- und Kulturmittlung',
    summary:
      'Geschulte ehrenamtliche Sprach- und Kulturmittlerinnen und -mittler werden über eine zentrale Vermittlungsstelle im Landratsamt an Schulen, Kitas, Beratungsstellen, Arztpraxen und Gemeindeverwaltungen im ganzen Landkreis vermittelt. Sie erhalten eine Aufwandsentschädigung; die anfragenden Stellen zahlen eine geringe Pauschale. Der Pool umfasst inzwischen über 30 Sprachen.',
    targetGroups: ['Zugewanderte mit geringen Deutschkenntnissen', 'Schulen, Kitas und Beratungsstellen', 'Ehrenamtliche Sprachmittlerinnen und -mittler'],
    workStatus: 'running',
    periodStart: '2019-05-01',
    periodEnd: null,
    problem: p(
      'Schulen, Kitas, Beratungsstellen und Gemeindeverwaltungen im Landkreis standen regelmäßig vor demselben Problem: Für Elterngespräche, Beratungen oder Aufnahmegespräche fehlte eine gemeinsame Sprache. Professionelle Dolmetscherdienste waren für Routinegespräche zu teuer und in seltenen Sprachen kaum verfügbar. Also übersetzten Kinder, Nachbarn oder Reinigungskräfte – mit allen Risiken für Vertraulichkeit und Verständnis.',
      'Einzelne Gemeinden hatten eigene Listen mit Sprachkundigen, die aber nicht gepflegt wurden und nicht über die Gemeindegrenze hinaus nutzbar waren. Die Ehrenamtlichen auf diesen Listen waren ungeschult, wurden ohne Vorbereitung in schwierige Gespräche geschickt und erhielten keine Anerkennung.',
    ),
    approach: steps(
      'Zusammenführung der bestehenden Gemeindelisten und Aufruf zur Mitarbeit in allen Kreisgemeinden.',
      'Basisschulung an drei Samstagen: Rolle und Neutralität, Dolmetschtechniken, Schweigepflicht, Umgang mit belastenden Gesprächen.',
      'Vermittlungsstelle im Landratsamt: Anfragen per Onlineformular oder Telefon, Vermittlung innerhalb von fünf Werktagen.',
      'Aufwandsentschädigung von 15 Euro je Stunde plus Fahrtkosten; anfragende Stellen zahlen eine Pauschale von 10 Euro je Einsatz.',
      'Aufbaumodule zu Gesundheit, Schule und Jugendhilfe sowie Supervision für belastende Einsätze.',
      'Jährliches Dankeschön-Treffen mit Übergabe der Zertifikate.',
    ),
    results: p(
      'Der Pool umfasst 87 aktive Sprachmittlerinnen und Sprachmittler in 33 Sprachen, von Arabisch und Türkisch bis Tigrinya und Dari. Im Jahr 2025 wurden knapp 1.900 Einsätze vermittelt, die meisten an Schulen und Kitas, gefolgt von Beratungsstellen und Arztpraxen. Neun von zehn Anfragen konnten bedient werden.',
      'Die anfragenden Stellen bewerten die Einsätze überwiegend als hilfreich. Für Gespräche mit rechtlicher Tragweite, etwa vor Gericht oder bei der Ausländerbehörde, wird weiterhin an professionelle Dolmetscherdienste verwiesen.',
    ),
    outcomes: [
      o('Aktive Sprachmittlerinnen und -mittler', 87, 'Ehrenamtliche', '2025-12-31', 'Poolliste der Vermittlungsstelle'),
      o('Abgedeckte Sprachen', 33, 'Sprachen', '2025-12-31', 'Poolliste der Vermittlungsstelle'),
      o('Vermittelte Einsätze im Jahr 2025', 1893, 'Einsätze', '2025-12-31', 'Vermittlungsstatistik 2025'),
      o('Bediente Anfragen', 91, '%', '2025-12-31', 'Vermittlungsstatistik 2025'),
      o('Anfragende Stellen, die den Einsatz als hilfreich bewerten', 88, '%', '2025-10-31', 'Befragung der anfragenden Stellen (n=112)'),
    ],
    costs: { oneOffEur: 8000, yearlyEur: 38000 },
    fundingSources: [PAKT, 'Eigenmittel des Landkreises', 'Pauschalen der anfragenden Stellen'],
    staffHoursPerMonth: 60,
    partners: [
      administration('Landratsamt, Stabsstelle Integration (Vermittlungsstelle)'),
      administration('Staatliches Schulamt'),
      civil('Volkshochschule (Schulungen)'),
      civil('Beratungsstellen der Wohlfahrtsverbände'),
      administration('Gemeindeverwaltungen im Landkreis'),
    ],
    successFactors: bullets(
      'Eine zentrale Vermittlung für den ganzen Kreis statt vieler Gemeindelisten.',
      'Schulung und Supervision machen die Einsätze sicherer für alle Beteiligten.',
      'Die kleine Pauschale der anfragenden Stellen schafft Verbindlichkeit, ohne abzuschrecken.',
    ),
    obstacles: bullets(
      'Seltene Sprachen und kurzfristige Anfragen sind schwer abzudecken.',
      'Die Grenze zwischen ehrenamtlicher Sprachmittlung und professionellem Dolmetschen muss immer wieder erklärt werden.',
      'Die Abrechnung von Aufwandsentschädigungen und Fahrtkosten ist aufwendig.',
    ),
    transferability: bullets(
      'Am wirksamsten auf Kreisebene, weil der Pool groß genug sein muss.',
      'Eine Vermittlungsstelle mit mindestens einer halben Stelle.',
      'Schulungscurriculum und Vorlagen (Einsatzvereinbarung, Schweigepflichterklärung) sind übertragbar.',
      'Klare Regeln, für welche Gespräche professionelle Dolmetscherdienste nötig sind.',
    ),
    transferableKinds: ['district', 'city_district'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Katharina Roth', email: 'katharina.roth@example.org' },
    state: 'published',
    publishedAt: '2019-11-25',
    history: [
      {
        publishedAt: '2019-11-25',
        note: 'Erstveröffentlichung nach dem Start der Vermittlungsstelle',
        previous: {
          results:
            'Seit Mai sind 41 Sprachmittlerinnen und Sprachmittler geschult, die 19 Sprachen abdecken. Die Vermittlungsstelle hat in den ersten sechs Monaten 312 Einsätze vermittelt, überwiegend an Schulen und Kitas.',
          outcomes: [
            o('Geschulte Sprachmittlerinnen und -mittler', 41, 'Ehrenamtliche', '2019-10-31', 'Schulungslisten 2019'),
            o('Vermittelte Einsätze Mai bis Oktober 2019', 312, 'Einsätze', '2019-10-31', 'Vermittlungsstatistik'),
          ],
        },
      },
      {
        publishedAt: '2022-04-04',
        note: 'Zahlen für 2021 ergänzt, Aufbaumodul Gesundheit beschrieben',
        previous: {
          results:
            'Der Pool umfasst 64 aktive Sprachmittlerinnen und Sprachmittler in 27 Sprachen. Im Jahr 2021 wurden 1.240 Einsätze vermittelt; viele Gespräche fanden wegen der Pandemie am Telefon statt. Ein Aufbaumodul für Einsätze in Arztpraxen ist in Vorbereitung.',
          outcomes: [
            o('Aktive Sprachmittlerinnen und -mittler', 64, 'Ehrenamtliche', '2021-12-31', 'Poolliste der Vermittlungsstelle'),
            o('Abgedeckte Sprachen', 27, 'Sprachen', '2021-12-31', 'Poolliste der Vermittlungsstelle'),
            o('Vermittelte Einsätze im Jahr 2021', 1240, 'Einsätze', '2021-12-31', 'Vermittlungsstatistik 2021'),
          ],
        },
      },
    ],
    adoptions: [
      {
        municipality: 'landkreis-tuttlingen',
        kind: 'adapted',
        adoptedOn: '2021-11-02',
        changes:
          'Die Vermittlungsstelle liegt bei einem Wohlfahrtsverband statt im Landratsamt. Einsätze in Arztpraxen werden nicht vermittelt, dafür gibt es eine Telefonsprachmittlung für kurze Gespräche.',
        results:
          'Der Pool ist schneller gewachsen als erwartet; die Telefonsprachmittlung wird vor allem von Kitas für kurze Absprachen genutzt. Die Anbindung an den Wohlfahrtsverband erleichtert die Supervision.',
        outcomes: [
          o('Aktive Sprachmittlerinnen und -mittler', 46, 'Ehrenamtliche', '2024-12-31', 'Poolliste des Wohlfahrtsverbands'),
          o('Vermittelte Einsätze im Jahr 2024', 870, 'Einsätze', '2024-12-31', 'Vermittlungsstatistik 2024'),
        ],
      },
      {
        municipality: 'zollernalbkreis',
        kind: 'adapted',
        adoptedOn: '2023-03-20',
        changes:
          'Übernahme der Schulungsmodule und der Einsatzvereinbarung; die Vermittlung läuft über die Integrationsmanagerinnen und -manager der großen Kreisstädte, ohne Pauschale für die anfragenden Stellen.',
        results:
          'Die Schulungen sind gut besucht. Ohne Pauschale gibt es mehr kurzfristig abgesagte Einsätze; wir prüfen eine Einführung.',
        outcomes: [o('Geschulte Sprachmittlerinnen und -mittler', 38, 'Ehrenamtliche', '2025-06-30', 'Schulungslisten 2023–2025')],
      },
    ],
  },
  {
    slug: 'netzwerk-der-migrantenorganisationen-im-landkreis',
    municipality: 'landkreis-loerrach',
    partnerMunicipalities: [],
    topics: ['migrantenorganisationen', 'engagement'],
    title: 'Netzwerk der Migrantenorganisationen im Landkreis',
    summary:
      'Migrantenorganisationen aus dem ganzen Landkreis bauen in einer Pilotphase ein gemeinsames Netzwerk auf. Das Landratsamt finanziert eine Koordinatorin bei einem Dachverein, bietet Fortbildungen zu Vereinsrecht und Fördermitteln an und lädt das Netzwerk zu Beteiligungsverfahren des Kreises ein.',
    targetGroups: ['Migrantenorganisationen', 'Vereinsvorstände', 'Ehrenamtliche mit Migrationsgeschichte'],
    workStatus: 'pilot',
    periodStart: '2025-01-01',
    periodEnd: null,
    problem: p(
      'Im Landkreis sind rund drei Dutzend Migrantenorganisationen aktiv: Kulturvereine, Elternvereine, religiöse Gemeinden, Sportgruppen. Die meisten arbeiten ausschließlich ehrenamtlich, oft getragen von wenigen Personen. Sie leisten viel Integrationsarbeit, etwa Hausaufgabenhilfe oder Begleitung von Neuankommenden, werden aber selten als Partner wahrgenommen.',
      'Bei Förderprogrammen scheitern sie häufig an Antragsverfahren und Nachweispflichten. Das Landratsamt möchte sie stärker an der Integrationsplanung beteiligen, hatte bisher aber keinen gemeinsamen Ansprechpartner. Einzelne Vereine wurden immer wieder angefragt, andere nie. Wer für die Migrantenorganisationen sprechen kann, war für die Verwaltung ebenso unklar wie für die Organisationen selbst.',
    ),
    approach: steps(
      'Erfassung aller bekannten Migrantenorganisationen mit Unterstützung der Gemeinden und Integrationsmanagerinnen.',
      'Auftaktveranstaltung und drei Werkstatttreffen: Was soll ein Netzwerk leisten?',
      'Finanzierung einer Koordinatorin mit halber Stelle bei einem Dachverein, nicht im Landratsamt.',
      'Fortbildungsreihe zu Vereinsrecht, Gemeinnützigkeit, Fördermitteln und Öffentlichkeitsarbeit.',
      'Feste Plätze für das Netzwerk in der Steuerungsgruppe Integration des Landkreises.',
    ),
    results: p(
      'Im ersten Jahr haben sich 21 Organisationen dem Netzwerk angeschlossen. Die Fortbildungen waren gut besucht; vier Vereine haben erstmals erfolgreich Fördermittel beantragt. Das Netzwerk hat zwei Vertreterinnen in die Steuerungsgruppe Integration entsandt.',
      'Die Pilotphase läuft bis Ende 2026. Offen ist, wie das Netzwerk unabhängig vom Landratsamt bleiben und trotzdem verlässlich finanziert werden kann. Einige Vereine befürchten, vereinnahmt zu werden; andere wünschen sich mehr Unterstützung.',
    ),
    outcomes: [
      o('Organisationen im Netzwerk', 21, 'Organisationen', '2025-12-31', 'Mitgliederliste des Netzwerks'),
      o('Teilnahmen an Fortbildungen', 64, 'Personen', '2025-12-31', 'Teilnahmelisten 2025'),
      o('Vereine mit erstmals bewilligten Fördermitteln', 4, 'Vereine', '2025-12-31', 'Rückmeldungen der Vereine'),
    ],
    costs: { oneOffEur: 3500, yearlyEur: 32000 },
    fundingSources: [PAKT, 'Eigenmittel des Landkreises'],
    staffHoursPerMonth: 80,
    partners: [
      administration('Landratsamt, Stabsstelle Integration'),
      migrantOrg('Dachverein der Migrantenorganisationen (Träger der Koordination)'),
      migrantOrg('Migrantenorganisationen im Landkreis'),
      politics('Sozialausschuss des Kreistags'),
    ],
    successFactors: bullets(
      'Die Koordination liegt bei den Organisationen selbst, nicht in der Verwaltung.',
      'Konkreter Nutzen für die Vereine: Fortbildungen und Unterstützung bei Förderanträgen.',
      'Echte Beteiligung in einem Gremium des Landkreises.',
    ),
    obstacles: bullets(
      'Ehrenamtliche Vorstände haben wenig Zeit für Netzwerktreffen.',
      'Die Interessen der Organisationen sind sehr unterschiedlich.',
      'Die Finanzierung der Koordination ist nur bis Ende 2026 gesichert.',
    ),
    transferability: bullets(
      'Geeignet für Landkreise und größere Städte mit mehreren aktiven Migrantenorganisationen.',
      'Eine Trägerorganisation aus der Community für die Koordination.',
      'Bereitschaft der Verwaltung, Mitsprache in Gremien einzuräumen.',
    ),
    transferableKinds: ['district', 'city_district', 'town'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Amir Rahimi', email: 'amir.rahimi@example.org' },
    state: 'in_review',
    publishedAt: '2026-10-12',
    history: [],
    adoptions: [],
  },
  // ── Mössingen ───────────────────────────────────────────────────────────────────────────
  {
    slug: 'azubis-als-mentorinnen-und-mentoren-fuer-schuelerinnen-und-schueler',
    municipality: 'moessingen',
    partnerMunicipalities: ['landkreis-tuebingen'],
    topics: ['jugend', 'arbeit'],
    title: 'Azubis als Mentorinnen und Mentoren für Schülerinnen und Schüler',
    summary:
      'Auszubildende mit eigener Migrationsgeschichte begleiten als Mentorinnen und Mentoren Jugendliche der Klassen 8 bis 10 bei der Berufsorientierung. Sie erzählen von ihrem Weg, helfen bei der Praktikumssuche und nehmen die Jugendlichen mit in ihren Betrieb. Nach einem ersten Schuljahr an zwei Schulen wird das Projekt jetzt an drei Schulen erprobt.',
    targetGroups: ['Jugendliche mit Migrationsgeschichte', 'Auszubildende', 'Ausbildungsbetriebe'],
    workStatus: 'pilot',
    periodStart: '2025-09-15',
    periodEnd: null,
    problem: p(
      'An den weiterführenden Schulen der Stadt haben viele Jugendliche aus zugewanderten Familien wenig Vorstellung davon, welche Ausbildungsberufe es gibt und wie man zu einem Ausbildungsplatz kommt. Ihre Eltern kennen das duale System oft nicht und raten eher zu einem Studium oder zu schnellem Geldverdienen.',
      'Die Berufsorientierung der Schulen und die Angebote der Arbeitsagentur erreichen diese Jugendlichen zwar, bleiben aber abstrakt. Gleichzeitig suchen Betriebe in der Region Auszubildende und haben selbst junge Beschäftigte mit Migrationsgeschichte, die einen ähnlichen Weg hinter sich haben und als glaubwürdige Vorbilder dienen könnten.',
    ),
    approach: steps(
      'Gewinnung von Betrieben, die Auszubildende für vier Stunden im Monat freistellen.',
      'Eintägige Schulung der Azubis zu Rolle, Gesprächsführung und Kinderschutz durch die Jugendarbeit.',
      'Kennenlernnachmittag an den Schulen; Jugendliche wählen ihre Mentorin oder ihren Mentor selbst.',
      'Monatliche Treffen im Tandem, ein Betriebsbesuch pro Halbjahr, Hilfe bei Praktikumsbewerbungen.',
      'Begleitung durch die Schulsozialarbeit; Auswertung mit allen Beteiligten nach dem ersten Schuljahr.',
    ),
    results: p(
      'Im ersten Schuljahr haben sich sechs Betriebe mit elf Auszubildenden beteiligt; 17 Jugendliche waren in Tandems, 13 davon blieben bis zum Schuljahresende dabei. Neun Jugendliche haben ein Praktikum im Betrieb ihrer Mentorin oder ihres Mentors gemacht, drei haben dort inzwischen einen Ausbildungsvertrag für 2027 in Aussicht.',
      'Die Schulsozialarbeit beobachtet, dass die Jugendlichen offener über berufliche Pläne sprechen, auch mit ihren Eltern. Die Erprobung läuft im Schuljahr 2026/27 mit einer dritten Schule weiter; ob sich insgesamt mehr Jugendliche für eine Ausbildung entscheiden, zeigt erst der nächste Abschlussjahrgang.',
    ),
    outcomes: [
      o('Beteiligte Betriebe im Schuljahr 2025/26', 6, 'Betriebe', '2026-07-31', 'Kooperationsvereinbarungen'),
      o('Aktive Mentorinnen und Mentoren', 11, 'Auszubildende', '2026-07-31', 'Tandemliste'),
      o('Jugendliche in Tandems', 17, 'Personen', '2026-07-31', 'Tandemliste'),
      o('Tandems, die bis zum Schuljahresende bestanden', 76, '%', '2026-07-31', 'Tandemliste'),
      o('Praktika im Betrieb der Mentorin oder des Mentors', 9, 'Praktika', '2026-07-31', 'Rückmeldungen der Betriebe'),
    ],
    costs: { oneOffEur: 2500, yearlyEur: 5000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 10,
    partners: [
      administration('Integrationsbeauftragte der Stadt'),
      civil('Mobile Jugendarbeit'),
      other('Ausbildungsbetriebe aus Handwerk, Industrie und Pflege'),
      other('Zwei weiterführende Schulen'),
      administration('Agentur für Arbeit, Berufsberatung'),
    ],
    successFactors: bullets(
      'Die Mentorinnen und Mentoren sind nur wenige Jahre älter als die Jugendlichen.',
      'Die Freistellung durch die Betriebe macht das Engagement möglich.',
    ),
    obstacles: bullets(
      'Die Terminabsprache zwischen Schule, Betrieb und Azubis ist aufwendig.',
      'Einzelne Betriebe sagten zu, stellten dann aber keine Azubis frei.',
    ),
    transferability: bullets(
      'Ausbildungsbetriebe mit jungen Beschäftigten, die mitmachen wollen.',
      'Schulsozialarbeit oder Jugendarbeit für Schulung und Begleitung.',
      'Einen Kennenlernnachmittag mit freier Wahl der Tandems einplanen: Selbst gewählte Tandems halten länger.',
    ),
    transferableKinds: ['town', 'city_district', 'district'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Julia Engel', email: 'julia.engel@example.org' },
    state: 'in_review',
    publishedAt: '2026-10-20',
    history: [],
    adoptions: [],
  },
  // ── Neuenburg am Rhein ──────────────────────────────────────────────────────────────────
  {
    slug: 'qualifizierungsreihe-fuer-ehrenamtliche-in-der-integrationsarbeit',
    municipality: 'neuenburg-am-rhein',
    partnerMunicipalities: [],
    topics: ['engagement', 'antidiskriminierung'],
    title: 'Qualifizierungsreihe für Ehrenamtliche in der Integrationsarbeit',
    summary:
      'Eine Reihe von acht Abendmodulen bereitete Ehrenamtliche auf die Begleitung von Geflüchteten vor: Asyl- und Aufenthaltsrecht, Sozialleistungen, interkulturelle Kommunikation, Umgang mit Rassismus, Nähe und Distanz, Selbstfürsorge. Die Module waren einzeln buchbar und kostenlos. Die Reihe lief drei Jahre und wird heute vom Landkreis für alle Gemeinden angeboten.',
    targetGroups: ['Ehrenamtliche in Helferkreisen', 'Engagementinteressierte', 'Ehrenamtliche mit Migrationsgeschichte'],
    workStatus: 'completed',
    periodStart: '2019-02-01',
    periodEnd: '2021-11-30',
    problem: p(
      'Der Helferkreis der Stadt hatte seit 2015 viel geleistet, doch die Anforderungen hatten sich verändert. Statt Erstversorgung ging es um Arbeitsmarkt, Wohnungssuche, Familiennachzug und Aufenthaltsfragen. Viele Ehrenamtliche fühlten sich unsicher, gaben manchmal falsche Auskünfte oder übernahmen Aufgaben, die eigentlich Fachstellen zustanden.',
      'Mehrere langjährige Aktive berichteten von Erschöpfung und von Konflikten mit den begleiteten Familien, etwa wenn Erwartungen enttäuscht wurden. Neue Ehrenamtliche, darunter auch Zugewanderte, wollten einsteigen, wussten aber nicht, worauf sie sich einließen. Fortbildungen gab es nur in der Kreisstadt, tagsüber und kostenpflichtig.',
    ),
    approach: steps(
      'Bedarfsabfrage im Helferkreis: Welche Themen, welche Zeiten, welches Format?',
      'Acht Abendmodule zu je drei Stunden im Bürgerhaus, einzeln buchbar; Referierende von Beratungsstellen, Ausländerbehörde und Antidiskriminierungsstelle.',
      'Zwei Module zu Rassismus und Vorurteilen, auch im eigenen Engagement, sowie ein Modul Nähe und Distanz.',
      'Teilnahmebescheinigung für alle Module; Fahrgemeinschaften aus den Nachbargemeinden.',
      'Nach drei Jahren Übergabe des Konzepts an das Landratsamt zur kreisweiten Durchführung.',
    ),
    results: p(
      'Die Module wurden in drei Jahren insgesamt 21-mal angeboten. 143 verschiedene Personen nahmen teil, ein Viertel davon aus Nachbargemeinden und knapp jede fünfte Person mit eigener Migrationsgeschichte. Am stärksten nachgefragt waren Aufenthaltsrecht und Selbstfürsorge.',
      'In der Abschlussbefragung gaben die meisten an, sich in ihrer Rolle sicherer zu fühlen und schneller an Fachstellen zu verweisen. Das Modul zu Rassismus löste zunächst Widerstand aus, wurde im Nachhinein aber oft als wichtigstes bewertet. Seit 2022 bietet der Landkreis die Reihe in allen Raumschaften an.',
    ),
    outcomes: [
      o('Durchgeführte Module', 21, 'Module', '2021-11-30', 'Programmübersicht 2019–2021'),
      o('Verschiedene Teilnehmende', 143, 'Personen', '2021-11-30', 'Teilnahmelisten 2019–2021'),
      o('Teilnehmende, die sich in ihrer Rolle sicherer fühlen', 84, '%', '2021-11-30', 'Abschlussbefragung (n=76)'),
    ],
    costs: { oneOffEur: 3000, yearlyEur: 5500 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt'],
    staffHoursPerMonth: 8,
    partners: [
      administration('Integrationsbeauftragte der Stadt'),
      civil('Helferkreis'),
      civil('Beratungsstellen der Wohlfahrtsverbände'),
      administration('Landratsamt (Übernahme der Reihe)'),
    ],
    successFactors: bullets(
      'Abendtermine vor Ort und einzeln buchbare Module.',
      'Referierende aus der Praxis, die Fragen aus dem Engagementalltag beantworten können.',
      'Die Übergabe an den Landkreis sicherte die Reihe über die Förderung hinaus.',
    ),
    obstacles: bullets(
      'Während der Kontaktbeschränkungen 2020/21 fielen mehrere Module aus; online kamen deutlich weniger Teilnehmende.',
      'Ehrenamtliche, die es am nötigsten gehabt hätten, kamen oft nicht.',
      'Das Modul zu Rassismus brauchte eine sehr erfahrene Referentin.',
    ),
    transferability: bullets(
      'Modulplan und Referierendenliste sind übertragbar.',
      'Geeignet für einzelne Gemeinden wie für Landkreise, die die Reihe reihum anbieten.',
      'Ein Budget für Honorare; Räume stellen die Gemeinden meist kostenlos.',
    ),
    transferableKinds: ['town', 'municipality', 'district', 'association', 'joint_project'],
    transferableSizes: ['small', 'medium', 'large'],
    contact: { name: 'Tobias Hirsch', email: 'tobias.hirsch@example.org' },
    state: 'published',
    publishedAt: '2022-01-24',
    history: [],
    adoptions: [],
  },
  // ── Meßkirch und Ostrach ────────────────────────────────────────────────────────────────
  {
    slug: 'begegnungscafe-in-der-anschlussunterbringung',
    municipality: 'messkirch-ostrach',
    partnerMunicipalities: [],
    topics: ['begegnung', 'wohnen'],
    title: 'Begegnungscafé in der Anschlussunterbringung',
    summary:
      'Die beiden Gemeinden betrieben gemeinsam ein wöchentliches Begegnungscafé in einem Gemeinschaftsraum der Anschlussunterbringung. Ehrenamtliche aus beiden Orten organisierten Kaffee, Spiele und kleine Beratungsecken. Nach zwei Jahren wurde das Café eingestellt: Die Unterkunft leerte sich, und der Ort schreckte Nachbarinnen und Nachbarn eher ab, als dass er sie anzog.',
    targetGroups: ['Bewohnerinnen und Bewohner der Anschlussunterbringung', 'Nachbarschaft', 'Ehrenamtliche'],
    workStatus: 'discontinued',
    periodStart: '2019-03-01',
    periodEnd: '2021-02-28',
    problem: p(
      'In der Anschlussunterbringung lebten zeitweise rund 60 Geflüchtete, vor allem alleinstehende Männer und einige Familien. Kontakte zur Nachbarschaft gab es kaum; im Ort kursierten Gerüchte und Beschwerden über Lärm und Müll. Die Ehrenamtlichen aus beiden Gemeinden kümmerten sich um Einzelne, erreichten aber die Mehrheit der Bewohnerinnen und Bewohner nicht.',
      'Die Gemeinden wollten einen regelmäßigen Treffpunkt schaffen, an dem sich Bewohnerschaft und Nachbarschaft kennenlernen und Fragen direkt geklärt werden können. Ein Raum im Ort stand nicht zur Verfügung, wohl aber ein Gemeinschaftsraum in der Unterkunft selbst.',
    ),
    approach: steps(
      'Renovierung des Gemeinschaftsraums gemeinsam mit Bewohnern und Ehrenamtlichen.',
      'Wöchentliches Café am Samstagnachmittag; Kuchen von Ehrenamtlichen, Tee von Bewohnerinnen und Bewohnern.',
      'Einladungen an die Nachbarschaft per Wurfzettel und im Gemeindeblatt beider Gemeinden.',
      'Beratungsecke: Das Integrationsmanagement war einmal im Monat vor Ort.',
      'Auswertung mit den Ehrenamtlichen nach einem und nach zwei Jahren.',
    ),
    results: p(
      'Im ersten Jahr kamen regelmäßig 15 bis 25 Bewohnerinnen und Bewohner und einige Ehrenamtliche. Nachbarinnen und Nachbarn ohne Bezug zur Unterkunft kamen dagegen kaum, trotz mehrfacher Einladungen. Viele empfanden es als unangenehm, die Unterkunft zu betreten.',
      'Ab 2020 zogen viele Bewohnerinnen und Bewohner in eigene Wohnungen, und wegen der Kontaktbeschränkungen pausierte das Café monatelang. Anfang 2021 entschieden die Ehrenamtlichen, es nicht wiederzueröffnen. Die entstandenen Kontakte wurden in die Nachbarschaftshilfe beider Gemeinden übergeleitet.',
    ),
    outcomes: [
      o('Durchgeführte Cafénachmittage', 58, 'Treffen', '2021-02-28', 'Kalender der Ehrenamtlichen'),
      o('Durchschnittliche Teilnahme im ersten Jahr', 19, 'Personen je Treffen', '2020-02-29', 'Strichlisten'),
      o('Besuchende aus der Nachbarschaft ohne Bezug zur Unterkunft', 2, 'Personen je Treffen', '2020-02-29', 'Strichlisten'),
    ],
    costs: { oneOffEur: 3500, yearlyEur: 1200 },
    fundingSources: [PAKT, 'Eigenmittel der Gemeinden', 'Spenden'],
    staffHoursPerMonth: 4,
    partners: [
      administration('Hauptämter beider Gemeinden'),
      administration('Integrationsmanagement'),
      civil('Helferkreise beider Gemeinden'),
      civil('Kirchengemeinden'),
    ],
    successFactors: bullets(
      'Die gemeinsame Renovierung schuf Vertrauen zwischen Bewohnerschaft und Ehrenamtlichen.',
      'Die Zusammenarbeit der Helferkreise beider Gemeinden hat das Café überdauert.',
    ),
    obstacles: bullets(
      'Der Ort war falsch gewählt: In eine Unterkunft kommt die Nachbarschaft nicht.',
      'Das Angebot hing am Bestand der Unterkunft; als diese sich leerte, fehlte die Grundlage.',
      'Eine Auswertung nach einem halben Jahr hätte den Fehler früher gezeigt.',
    ),
    transferability: bullets(
      'Begegnungsangebote besser an neutralen Orten im Ortskern einrichten: Gemeindehaus, Bücherei, Vereinsheim.',
      'Früh und regelmäßig auswerten, ob die gewünschten Gruppen erreicht werden.',
      'Die Zusammenarbeit mehrerer kleiner Gemeinden ist übertragbar und lohnend.',
    ),
    transferableKinds: ['municipality', 'town', 'joint_project', 'association'],
    transferableSizes: ['small', 'medium'],
    contact: { name: 'Ursula Kern', email: 'ursula.kern@example.org' },
    state: 'published',
    publishedAt: '2021-06-07',
    history: [],
    adoptions: [],
  },
  // ── Gemeindeverwaltungsverband Rauenberg ────────────────────────────────────────────────
  {
    slug: 'gemeinsame-ehrenamtskoordination-fuer-drei-gemeinden',
    municipality: 'gvv-rauenberg',
    partnerMunicipalities: ['dielheim'],
    topics: ['engagement', 'verwaltung'],
    title: 'Gemeinsame Ehrenamtskoordination für drei Gemeinden',
    summary:
      'Die drei Mitgliedsgemeinden des Verwaltungsverbands teilen sich eine Ehrenamtskoordinatorin mit halber Stelle. Sie berät Initiativen, vermittelt Interessierte, organisiert Fortbildungen und einen gemeinsamen Ehrenamtstag und ist erste Ansprechperson für Fragen zu Integration und Engagement. Eine einzelne Gemeinde hätte die Stelle nicht finanzieren können.',
    targetGroups: ['Ehrenamtliche und Initiativen', 'Engagementinteressierte', 'Zugewanderte'],
    workStatus: 'running',
    periodStart: '2019-01-01',
    periodEnd: null,
    problem: p(
      'Jede der drei Gemeinden hatte einen eigenen Helferkreis, eigene Vereine und eigene Anfragen von Engagementinteressierten. In keiner Gemeinde gab es eine Person in der Verwaltung, die sich dauerhaft um Ehrenamt und Integration kümmern konnte; die Aufgabe lag nebenbei beim Hauptamt oder bei der Verwaltungsspitze selbst.',
      'Die Folge: Anfragen blieben liegen, Fördermöglichkeiten wurden nicht genutzt, und Initiativen fühlten sich allein gelassen. Zugleich überschnitten sich die Angebote der Gemeinden, etwa bei Deutschkursen oder Fahrdiensten, ohne dass jemand sie abstimmte. Eine eigene Stelle konnte sich keine der Gemeinden allein leisten.',
    ),
    approach: steps(
      'Beschluss der Verbandsversammlung: gemeinsame Stelle mit halbem Stellenumfang, Kosten nach Einwohnerzahl verteilt.',
      'Feste Sprechzeiten der Koordinatorin in jedem der drei Rathäuser an je einem Tag pro Woche.',
      'Bestandsaufnahme aller Initiativen und Angebote; gemeinsamer Engagementwegweiser für die drei Gemeinden.',
      'Fortbildungen und ein gemeinsamer Ehrenamtstag mit Dank und Austausch einmal im Jahr.',
      'Beratung von Initiativen zu Förderanträgen, Versicherung und Vereinsrecht.',
    ),
    results: p(
      'Die Koordinatorin ist in allen drei Gemeinden bekannt und gut erreichbar. Im Jahr 2023 gingen fast 200 Anfragen bei ihr ein, von Engagementinteressierten, Initiativen und Zugewanderten. Die Initiativen haben mit ihrer Unterstützung Fördermittel in nennenswertem Umfang eingeworben, die vorher ungenutzt blieben.',
      'Der Ehrenamtstag ist zu einem festen Termin geworden. Doppelte Angebote wurden abgebaut: Es gibt jetzt einen gemeinsamen Deutschkurs für Eltern und einen abgestimmten Fahrdienst. Die Stelle wurde 2022 unbefristet.',
    ),
    outcomes: [
      o('Anfragen an die Ehrenamtskoordination im Jahr 2023', 196, 'Anfragen', '2023-12-31', 'Anfragenstatistik der Koordinatorin'),
      o('Durch Initiativen eingeworbene Fördermittel 2019–2023', 61500, 'Euro', '2023-12-31', 'Zuwendungsbescheide der Initiativen'),
      o('Besuchende des Ehrenamtstags 2023', 145, 'Personen', '2023-09-30', 'Teilnahmeliste'),
    ],
    costs: { oneOffEur: null, yearlyEur: 34000 },
    fundingSources: ['Umlage der Mitgliedsgemeinden', PAKT],
    staffHoursPerMonth: 78,
    partners: [
      politics('Verbandsversammlung'),
      administration('Hauptämter der drei Mitgliedsgemeinden'),
      civil('Helferkreise und Vereine der Gemeinden'),
      administration('Integrationsmanagement des Landkreises'),
    ],
    successFactors: bullets(
      'Die gemeinsame Finanzierung macht eine Stelle möglich, die keine Gemeinde allein tragen könnte.',
      'Sprechzeiten in jedem Rathaus: Die Koordinatorin ist überall präsent.',
      'Klare Verteilung der Kosten nach Einwohnerzahl vermeidet Streit.',
    ),
    obstacles: bullets(
      'Die Abstimmung mit drei Rathausspitzen kostet Zeit.',
      'Erwartungen der Gemeinden an die Präsenz sind unterschiedlich hoch.',
      'Bis zur Entfristung der Stelle gab es zwei Wechsel der Koordinatorin.',
    ),
    transferability: bullets(
      'Geeignet für Verwaltungsverbände, Verwaltungsgemeinschaften und benachbarte kleine Gemeinden.',
      'Eine öffentlich-rechtliche Vereinbarung oder ein Beschluss der Verbandsversammlung.',
      'Eine Finanzierungszusage über mindestens drei Jahre, damit die Stelle besetzbar ist.',
    ),
    transferableKinds: ['association', 'municipality', 'joint_project'],
    transferableSizes: ['small', 'medium'],
    contact: { name: 'Andreas Pfeiffer', email: 'andreas.pfeiffer@example.org' },
    state: 'published',
    publishedAt: '2024-02-12',
    history: [],
    adoptions: [
      {
        municipality: 'gvv-vorderes-kandertal',
        kind: 'adapted',
        adoptedOn: '2024-05-06',
        changes:
          'Sechs statt drei Gemeinden teilen sich die Stelle; Sprechzeiten gibt es im Sitz des Verbands und an wechselnden Orten, zusätzlich eine Telefonsprechstunde.',
        results: null,
        outcomes: [],
      },
    ],
  },
  // ── Landkreis Tübingen ──────────────────────────────────────────────────────────────────
  {
    slug: 'interkulturelle-oeffnung-der-kreisverwaltung',
    municipality: 'landkreis-tuebingen',
    partnerMunicipalities: [],
    topics: ['verwaltung', 'antidiskriminierung'],
    title: 'Interkulturelle Öffnung der Kreisverwaltung: Leitbild, Schulungen und Lotsen im Haus',
    summary:
      'Die Kreisverwaltung hat in vier Jahren ein Leitbild zur interkulturellen Öffnung erarbeitet, Beschäftigte mit Publikumsverkehr geschult, Formulare und Schreiben vereinfacht und Gesprächsleitfäden für mehrsprachige Termine eingeführt. Migrantenorganisationen und Ehrenamtliche haben als Testpersonen und Beratende mitgewirkt. Das Vorhaben ist abgeschlossen, die Maßnahmen sind Teil des Regelbetriebs.',
    targetGroups: ['Beschäftigte der Kreisverwaltung', 'Zugewanderte Kundinnen und Kunden', 'Migrantenorganisationen'],
    workStatus: 'completed',
    periodStart: '2019-04-01',
    periodEnd: '2022-12-31',
    problem: p(
      'Zugewanderte erlebten die Kreisverwaltung oft als schwer zugänglich: Schreiben waren unverständlich, die Wegeführung im Gebäude nur auf Deutsch, und in Gesprächen fehlte eine gemeinsame Sprache. In Befragungen von Beratungsstellen und Migrantenorganisationen wurde zudem von abwertenden Bemerkungen an einzelnen Schaltern berichtet.',
      'Viele Beschäftigte fühlten sich ihrerseits überfordert: Sie hatten keine Schulung für Gespräche mit Sprachbarrieren, keine Regel, wann eine Sprachmittlung bestellt werden darf, und wenig Zeit. Beschwerden landeten bei der Amtsleitung, ohne dass daraus Verbesserungen folgten. Der Kreistag beauftragte die Verwaltung, ein Konzept für die interkulturelle Öffnung vorzulegen.',
    ),
    approach: steps(
      'Steuerungsgruppe aus Amtsleitungen, Personalrat, Integrationsbeauftragter und zwei Vertreterinnen von Migrantenorganisationen.',
      'Kundenbefragung in sechs Sprachen und Testbesuche durch Ehrenamtliche mit Migrationsgeschichte in den Ämtern mit dem meisten Publikumsverkehr.',
      'Leitbild mit konkreten Standards, beschlossen vom Kreistag.',
      'Pflichtschulung für alle Beschäftigten mit Publikumsverkehr (ein Tag) und Vertiefungsmodule zu Antidiskriminierung und einfacher Sprache.',
      'Überarbeitung der 40 häufigsten Schreiben in einfacher Sprache; mehrsprachige Wegeleitung im Gebäude.',
      'Beschwerdestelle mit Rückmeldung an die Fachämter und jährlichem Bericht an den Kreistag.',
    ),
    results: p(
      'Bis Ende 2022 haben 612 Beschäftigte die Grundschulung besucht, das sind fast alle mit Publikumsverkehr. 40 Standardschreiben wurden neu gefasst. Bei der Wiederholungsbefragung bewerteten deutlich mehr Kundinnen und Kunden die Verständlichkeit von Schreiben und Gesprächen als gut.',
      'Die Beschwerdestelle erhielt im ersten Jahr 37 Beschwerden, die meisten zu langen Wartezeiten, einige zu diskriminierendem Verhalten; alle wurden mit den Ämtern besprochen. Die Schulung ist Teil der Einarbeitung neuer Beschäftigter geworden.',
    ),
    outcomes: [
      o('Beschäftigte mit abgeschlossener Grundschulung', 612, 'Personen', '2022-12-31', 'Fortbildungsstatistik des Personalamts'),
      o('Neu gefasste Standardschreiben', 40, 'Schreiben', '2022-12-31', 'Projektdokumentation'),
      o('Kundinnen und Kunden, die Schreiben als gut verständlich bewerten (2019: 41 %)', 63, '%', '2022-10-31', 'Kundenbefragung 2022 (n=480)'),
      o('Beschwerden im ersten Jahr der Beschwerdestelle', 37, 'Beschwerden', '2022-12-31', 'Jahresbericht der Beschwerdestelle'),
    ],
    costs: { oneOffEur: 45000, yearlyEur: 12000 },
    fundingSources: [PAKT, 'Eigenmittel des Landkreises'],
    staffHoursPerMonth: 40,
    partners: [
      politics('Kreistag'),
      administration('Personalamt und Personalrat'),
      administration('Integrationsbeauftragte des Landkreises'),
      migrantOrg('Zwei Migrantenorganisationen in der Steuerungsgruppe'),
      civil('Ehrenamtliche Testpersonen'),
    ],
    successFactors: bullets(
      'Ein Beschluss des Kreistags gab dem Vorhaben Gewicht in allen Ämtern.',
      'Testbesuche durch Ehrenamtliche machten Probleme konkret und nachvollziehbar.',
      'Die Pflichtschulung erreichte auch Beschäftigte, die sich freiwillig nicht angemeldet hätten.',
    ),
    obstacles: bullets(
      'Anfangs stieß die Pflichtschulung auf Widerstand; die Beteiligung des Personalrats half.',
      'Die Überarbeitung von Schreiben mit rechtlich vorgegebenen Formulierungen war mühsam.',
      'Wartezeiten, der häufigste Beschwerdegrund, lassen sich mit Schulungen nicht lösen.',
    ),
    transferability: bullets(
      'Übertragbar auf Stadt- und Kreisverwaltungen jeder Größe; kleinere Verwaltungen können sich zusammentun.',
      'Ein politischer Auftrag und die Unterstützung der Verwaltungsspitze.',
      'Schulungskonzept, Leitbild und Fragebogen für Testbesuche können übernommen werden.',
    ),
    transferableKinds: ['district', 'city_district', 'town', 'association'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Christine Baur', email: 'christine.baur@example.org' },
    state: 'published',
    publishedAt: '2021-03-15',
    history: [
      {
        publishedAt: '2021-03-15',
        note: 'Erstveröffentlichung zur Halbzeit des Vorhabens',
        previous: {
          workStatus: 'running',
          periodEnd: null,
          results:
            'Das Leitbild ist beschlossen, die Kundenbefragung ausgewertet. Bisher haben 214 Beschäftigte die Grundschulung besucht; wegen der Pandemie fanden viele Termine online statt. Die Überarbeitung der Standardschreiben hat begonnen.',
          outcomes: [
            o('Beschäftigte mit abgeschlossener Grundschulung', 214, 'Personen', '2021-02-28', 'Fortbildungsstatistik des Personalamts'),
            o('Kundinnen und Kunden, die Schreiben als gut verständlich bewerten', 41, '%', '2019-11-30', 'Kundenbefragung 2019 (n=512)'),
          ],
        },
      },
    ],
    adoptions: [],
  },
  {
    slug: 'ausbildungspaten-fuer-junge-gefluechtete',
    municipality: 'landkreis-tuebingen',
    partnerMunicipalities: ['moessingen'],
    topics: ['arbeit', 'jugend'],
    title: 'Ausbildungspaten für junge Geflüchtete',
    summary:
      'Ehrenamtliche Ausbildungspatinnen und -paten begleiten junge Geflüchtete durch die gesamte Ausbildung: Berufsschulstoff, Prüfungsvorbereitung, Fachsprache und Gespräche mit dem Betrieb. Ein Koordinator beim Landratsamt vermittelt die Tandems und hält Kontakt zu Berufsschulen, Kammern und Ausländerbehörde, etwa wenn es um die Ausbildungsduldung geht.',
    targetGroups: ['Junge Geflüchtete in Ausbildung', 'Ausbildungsbetriebe', 'Ehrenamtliche'],
    workStatus: 'running',
    periodStart: '2020-02-01',
    periodEnd: null,
    problem: p(
      'Viele junge Geflüchtete fanden nach Sprachkurs und Vorqualifizierung einen Ausbildungsplatz, doch ein erheblicher Teil brach die Ausbildung im ersten oder zweiten Jahr ab. Die Betriebe waren mit der Praxis meist zufrieden; die Probleme lagen in der Berufsschule: Fachsprache, schriftliche Prüfungen und Mathematik.',
      'Hinzu kamen aufenthaltsrechtliche Unsicherheiten, Wohnungsprobleme und die Belastung durch Sorgen um Familie im Herkunftsland. Ausbildungsbegleitende Hilfen der Arbeitsagentur gab es, aber mit Wartezeiten und nicht in jedem Ort. Ehrenamtliche halfen schon vereinzelt, oft ohne Kontakt zum Betrieb oder zur Berufsschule.',
    ),
    approach: steps(
      'Koordinationsstelle beim Landratsamt mit einer halben Stelle; Kooperationsvereinbarung mit den drei Berufsschulzentren des Kreises.',
      'Gewinnung von Patinnen und Paten, vor allem berufserfahrene Ruheständlerinnen und Ruheständler und Studierende.',
      'Vermittlung nach Beruf und Wohnort; Start mit einem Dreiergespräch zwischen Azubi, Pate oder Patin und Betrieb.',
      'Wöchentliche Lerntreffen, Lernmaterial zur Fachsprache, Prüfungsvorbereitungskurse vor den Zwischen- und Abschlussprüfungen.',
      'Fallbesprechungen mit Ausländerbehörde und Arbeitsagentur bei drohendem Abbruch.',
    ),
    results: p(
      'Seit 2020 wurden 97 Ausbildungstandems gebildet. Von den begleiteten Azubis, deren reguläre Ausbildungszeit inzwischen beendet ist, haben 78 Prozent die Abschlussprüfung bestanden, einige im zweiten Anlauf. Das liegt deutlich über dem, was Berufsschulen und Kammern zuvor bei jungen Geflüchteten beobachtet hatten, ist aber wegen der kleinen Zahl vorsichtig zu lesen.',
      'Betriebe schätzen besonders das Dreiergespräch zu Beginn und die Erreichbarkeit des Koordinators. Mehrere ehemalige Azubis engagieren sich inzwischen selbst als Patinnen und Paten.',
    ),
    outcomes: [
      o('Gebildete Ausbildungstandems seit 2020', 97, 'Tandems', '2024-08-31', 'Tandemliste der Koordinationsstelle'),
      o('Bestandene Abschlussprüfungen (Azubis mit beendeter Ausbildungszeit)', 78, '%', '2024-08-31', 'Rückmeldungen der Betriebe und Berufsschulen (n=41)'),
      o('Aktive Ausbildungspatinnen und -paten', 53, 'Ehrenamtliche', '2024-08-31', 'Tandemliste der Koordinationsstelle'),
    ],
    costs: { oneOffEur: 4000, yearlyEur: 31000 },
    fundingSources: [PAKT, 'Eigenmittel des Landkreises', 'Spenden einer regionalen Stiftung'],
    staffHoursPerMonth: 80,
    partners: [
      administration('Landratsamt, Integrationsmanagement'),
      administration('Agentur für Arbeit'),
      administration('Ausländerbehörde'),
      other('Berufsschulzentren des Landkreises'),
      other('Industrie- und Handelskammer und Handwerkskammer'),
    ],
    successFactors: bullets(
      'Das Dreiergespräch zum Start verbindet Azubi, Betrieb und Pate oder Patin von Anfang an.',
      'Die Begleitung läuft über die ganze Ausbildung, nicht nur bis zum Vertrag.',
      'Kurze Wege zur Ausländerbehörde bei aufenthaltsrechtlichen Fragen.',
    ),
    obstacles: bullets(
      'Patinnen und Paten für Fachrichtungen wie Elektrotechnik oder Pflege sind schwer zu finden.',
      'Für Azubis in Schichtarbeit sind feste Lerntermine kaum möglich.',
      'Wohnungsprobleme und psychische Belastungen führten trotz Begleitung zu Abbrüchen.',
    ),
    transferability: bullets(
      'Am besten auf Kreisebene, in enger Abstimmung mit den Berufsschulen.',
      'Eine koordinierende Stelle mit mindestens einer halben Stelle.',
      'Ergänzt ausbildungsbegleitende Hilfen, ersetzt sie aber nicht.',
    ),
    transferableKinds: ['district', 'city_district', 'town'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Felix Ott', email: 'felix.ott@example.org' },
    state: 'published',
    publishedAt: '2024-10-14',
    history: [],
    adoptions: [],
  },
  // ── Landkreis Tuttlingen ────────────────────────────────────────────────────────────────
  {
    slug: 'gesundheitslotsinnen-und-lotsen-nach-dem-mimi-ansatz',
    municipality: 'landkreis-tuttlingen',
    partnerMunicipalities: [],
    topics: ['gesundheit', 'frauen', 'beratung'],
    title: 'Gesundheitslotsinnen und -lotsen nach dem MiMi-Ansatz',
    summary:
      'Zugewanderte mit guten Deutschkenntnissen werden nach dem Ansatz „Mit Migranten für Migranten“ zu Gesundheitslotsinnen und -lotsen geschult. Sie führen in ihren Sprachen Informationsveranstaltungen zu Gesundheitssystem, Vorsorge, Impfungen, seelischer Gesundheit und Kindergesundheit durch, in Vereinen, Moscheegemeinden, Sprachkursen und Frauentreffs.',
    targetGroups: ['Zugewanderte Familien', 'Frauen mit Migrationsgeschichte', 'Ehrenamtliche Gesundheitslotsinnen und -lotsen'],
    workStatus: 'running',
    periodStart: '2021-03-01',
    periodEnd: null,
    problem: p(
      'Ärztinnen, Hebammen und das Gesundheitsamt berichteten, dass viele zugewanderte Familien Vorsorgeuntersuchungen nicht kannten, Notaufnahmen für alltägliche Beschwerden nutzten und bei seelischen Belastungen keine Hilfe suchten. Informationsmaterial gab es zwar in vielen Sprachen, es wurde aber kaum gelesen.',
      'Während der Pandemie zeigte sich deutlich, wie schwer Zugewanderte über die üblichen Kanäle zu erreichen waren: Gerüchte über Impfungen verbreiteten sich in Messengergruppen schneller als jede offizielle Information. Vertrauen hatten die Familien vor allem zu Menschen aus der eigenen Community. Besonders Frauen, die den Alltag der Familie organisieren, fehlten verlässliche Informationen.',
    ),
    approach: steps(
      'Ansprache von Interessierten über Integrationskurse, Migrantenvereine und das Integrationsmanagement.',
      'Schulung mit 50 Unterrichtsstunden nach dem MiMi-Curriculum durch Fachleute aus Gesundheitsamt, Kliniken und Beratungsstellen.',
      'Informationsveranstaltungen in Muttersprache an Orten der Zielgruppen; Honorar von 50 Euro je Veranstaltung.',
      'Themenmodule nach Bedarf: Gesundheitssystem, Kindergesundheit, Frauengesundheit, seelische Gesundheit, Impfen.',
      'Koordination und Fachaufsicht durch das Gesundheitsamt; Austauschtreffen alle zwei Monate.',
    ),
    results: p(
      'Seit 2021 wurden 29 Gesundheitslotsinnen und -lotsen geschult, davon zwei Drittel Frauen. Sie haben 186 Informationsveranstaltungen in 14 Sprachen durchgeführt und damit über 2.000 Menschen erreicht. Veranstaltungen nur für Frauen waren besonders gefragt, vor allem zu Frauengesundheit und Kindervorsorge.',
      'In den Rückmeldebögen gaben die meisten Teilnehmenden an, etwas Neues erfahren zu haben und zu wissen, wohin sie sich wenden können. Kinderärzte im Kreis berichten von Familien, die mit Verweis auf eine Veranstaltung zur U-Untersuchung kommen.',
    ),
    outcomes: [
      o('Geschulte Gesundheitslotsinnen und -lotsen', 29, 'Ehrenamtliche', '2024-12-31', 'Schulungslisten 2021–2024'),
      o('Informationsveranstaltungen', 186, 'Veranstaltungen', '2024-12-31', 'Veranstaltungsberichte'),
      o('Erreichte Teilnehmende', 2140, 'Personen', '2024-12-31', 'Teilnahmelisten der Veranstaltungen'),
      o('Teilnehmende, die wissen, wohin sie sich wenden können', 91, '%', '2024-12-31', 'Rückmeldebögen (n=1.312)'),
    ],
    costs: { oneOffEur: 14000, yearlyEur: 19000 },
    fundingSources: [PAKT, 'Eigenmittel des Landkreises', 'Präventionsmittel von Krankenkassen'],
    staffHoursPerMonth: 24,
    partners: [
      administration('Gesundheitsamt im Landratsamt'),
      administration('Integrationsmanagement'),
      other('Kliniken und Kinderarztpraxen im Landkreis'),
      migrantOrg('Migrantenvereine und religiöse Gemeinden'),
      civil('Frauentreffs und Familienzentren'),
    ],
    successFactors: bullets(
      'Informationen in der eigenen Sprache, von Menschen aus der eigenen Community.',
      'Veranstaltungen dort, wo die Zielgruppen ohnehin zusammenkommen.',
      'Fachliche Begleitung durch das Gesundheitsamt sichert die Qualität.',
    ),
    obstacles: bullets(
      'Einige Lotsinnen und Lotsen waren nach der Schulung kaum verfügbar, weil sie eine Arbeit aufnahmen.',
      'Männer sind bei den Veranstaltungen schwer zu erreichen.',
      'Das Thema seelische Gesundheit stößt teils auf Scham und Abwehr.',
    ),
    transferability: bullets(
      'Auf Kreisebene mit dem Gesundheitsamt als Partner gut umsetzbar.',
      'Das Curriculum ist erprobt und übertragbar.',
      'Mittel für Honorare und Schulungen; Krankenkassen beteiligen sich oft an Präventionsangeboten.',
    ),
    transferableKinds: ['district', 'city_district'],
    transferableSizes: ['large', 'city'],
    contact: { name: 'Olena Marchenko', email: 'olena.marchenko@example.org' },
    state: 'published',
    publishedAt: '2025-01-27',
    history: [],
    adoptions: [
      {
        municipality: 'alb-donau-kreis',
        kind: 'adapted',
        adoptedOn: '2025-06-02',
        changes:
          'Die Schulung ist auf 36 Unterrichtsstunden gekürzt, und ein Teil der Veranstaltungen findet gemeinsam mit dem Dolmetscherpool der Kreisgemeinden statt. Schwerpunkt sind zunächst Kindergesundheit und Vorsorge.',
        results: null,
        outcomes: [],
      },
    ],
  },
  // ── Gemeindeverwaltungsverband Vorderes Kandertal ───────────────────────────────────────
  {
    slug: 'mobiles-sprachcafe-fuer-sechs-doerfer',
    municipality: 'gvv-vorderes-kandertal',
    partnerMunicipalities: [],
    topics: ['sprache', 'begegnung'],
    title: 'Mobiles Sprachcafé für sechs Dörfer',
    summary:
      'Idee: Ein Sprachcafé, das reihum in den sechs Mitgliedsgemeinden stattfindet, jeweils im Gemeindehaus, im Vereinsheim oder in der Kirche. Ehrenamtliche aus allen Dörfern bilden ein gemeinsames Team; Fahrgemeinschaften bringen Teilnehmende aus den Nachbardörfern mit. Wir suchen Erfahrungen aus anderen ländlichen Kommunen.',
    targetGroups: ['Zugewanderte in kleinen Gemeinden', 'Geflüchtete aus der Ukraine', 'Ehrenamtliche'],
    workStatus: 'idea',
    periodStart: null,
    periodEnd: null,
    problem: p(
      'In den sechs Dörfern des Verwaltungsverbands leben jeweils nur wenige zugewanderte Familien, seit 2022 auch Geflüchtete aus der Ukraine in privaten Unterkünften. Integrationskurse gibt es nur in der Kreisstadt, die mit dem Bus schwer erreichbar ist. Außerhalb der Kurse fehlen Gelegenheiten, Deutsch zu sprechen.',
      'Für ein eigenes Sprachcafé ist jede Gemeinde zu klein: Es fänden sich weder genug Teilnehmende noch genug Ehrenamtliche, um ein Angebot über längere Zeit zu tragen. Einzelne Initiativen haben es versucht und nach wenigen Monaten aufgegeben. Gleichzeitig sind Vereinsheime und Gemeindehäuser vorhanden, die an vielen Nachmittagen leer stehen.',
    ),
    approach: steps(
      'Bedarfsabfrage unter Zugewanderten und Ehrenamtlichen in allen sechs Gemeinden (läuft).',
      'Bildung eines gemeinsamen Teams aus Ehrenamtlichen der Dörfer mit fester Ansprechperson in der Ehrenamtskoordination des Verbands.',
      'Sprachcafé alle zwei Wochen, reihum in den Gemeinden; fester Plan für ein Jahr im Voraus.',
      'Fahrgemeinschaften und Mitfahrbänke für Teilnehmende aus den Nachbardörfern.',
      'Auswertung nach sechs Monaten: Welche Orte und Zeiten funktionieren?',
    ),
    results: p(
      'Noch keine Ergebnisse: Das Vorhaben ist in der Planung. Die ersten Rückmeldungen aus der Bedarfsabfrage sind ermutigend; aus vier der sechs Gemeinden haben sich Ehrenamtliche gemeldet, und drei Vereine haben ihre Räume angeboten.',
      'Offen ist vor allem, ob der wechselnde Ort Teilnehmende abschreckt oder ob gerade der Wechsel Menschen aus allen Dörfern zusammenbringt. Wir freuen uns über Erfahrungen anderer Kommunen mit wandernden Angeboten, mit Fahrgemeinschaften im ländlichen Raum und mit der gemeinsamen Trägerschaft mehrerer kleiner Gemeinden.',
    ),
    outcomes: [],
    costs: { oneOffEur: 2000, yearlyEur: 3000 },
    fundingSources: ['Umlage der Mitgliedsgemeinden (geplant)', 'Fördermittel des Landes (beantragt)'],
    staffHoursPerMonth: 6,
    partners: [
      administration('Ehrenamtskoordination des Verwaltungsverbands'),
      administration('Rathäuser der sechs Mitgliedsgemeinden'),
      civil('Örtliche Vereine und Kirchengemeinden'),
    ],
    successFactors: bullets(
      'Vorhandene Räume in allen Dörfern und eine gemeinsame Ehrenamtskoordination.',
      'Ehrenamtliche aus mehreren Gemeinden können sich die Termine teilen.',
    ),
    obstacles: bullets(
      'Mobilität: Ohne Fahrgemeinschaften erreichen Teilnehmende die Nachbardörfer kaum.',
      'Ein wechselnder Ort erschwert die Orientierung; ein klarer Plan ist nötig.',
    ),
    transferability: bullets(
      'Gedacht für Verwaltungsverbände und Nachbargemeinden im ländlichen Raum.',
      'Voraussetzung ist eine koordinierende Stelle, die über die Gemeindegrenzen hinweg arbeitet.',
      'Wir teilen unsere Planungsunterlagen gern.',
    ),
    transferableKinds: ['association', 'municipality', 'joint_project'],
    transferableSizes: ['small', 'medium'],
    contact: { name: 'Rebecca Graf', email: 'rebecca.graf@example.org' },
    state: 'published',
    publishedAt: '2026-06-15',
    history: [],
    adoptions: [],
  },
  // ── Weinheim ────────────────────────────────────────────────────────────────────────────
  {
    slug: 'frauentreff-mit-deutschkurs-und-kinderbetreuung',
    municipality: 'weinheim',
    partnerMunicipalities: [],
    topics: ['frauen', 'sprache'],
    title: 'Frauentreff mit Deutschkurs und Kinderbetreuung',
    summary:
      'Zweimal pro Woche treffen sich zugewanderte Frauen vormittags in einem Stadtteiltreff: erst ein niedrigschwelliger Deutschkurs, dann Frühstück und ein Austauschthema, von Kita-Anmeldung bis Frauengesundheit. Ehrenamtliche betreuen die Kinder im Nebenraum. Viele Teilnehmerinnen wechseln danach in einen Integrationskurs.',
    targetGroups: ['Zugewanderte Frauen mit kleinen Kindern', 'Geflüchtete Frauen', 'Ehrenamtliche'],
    workStatus: 'running',
    periodStart: '2019-10-01',
    periodEnd: null,
    problem: p(
      'Viele zugewanderte Mütter mit kleinen Kindern besuchten keinen Integrationskurs, obwohl sie einen Anspruch hatten. Kurse mit Kinderbetreuung waren rar und hatten lange Wartelisten; Kurse am Abend passten nicht zum Familienalltag. Manche Frauen lebten schon mehrere Jahre in der Stadt und sprachen kaum Deutsch, während ihre Kinder in der Kita schnell lernten.',
      'Die Frauen waren dadurch von vielen Informationen abgeschnitten und auf Ehemann oder Kinder als Übersetzer angewiesen. Fachkräfte aus Kitas und Frühen Hilfen berichteten, dass sie diese Mütter kaum erreichten. Ein Angebot, das Sprache, Austausch und Kinderbetreuung verbindet, fehlte im Stadtteil.',
    ),
    approach: steps(
      'Kooperation von Stadtteiltreff, Volkshochschule und Frühen Hilfen; Raum mit Nebenraum für die Kinderbetreuung.',
      'Deutschkurs durch eine Honorarkraft der Volkshochschule an zwei Vormittagen je 90 Minuten, ohne Anmeldung und ohne Kosten.',
      'Kinderbetreuung durch geschulte Ehrenamtliche; Schulung zu Kinderschutz und Erster Hilfe am Kind.',
      'Anschließend Frühstück mit einem Austauschthema; Fachkräfte aus Kita, Gesundheitsamt oder Jobcenter kommen als Gäste.',
      'Beratung zum Übergang in einen Integrationskurs mit Kinderbetreuung.',
    ),
    results: p(
      'Der Frauentreff wird von 15 bis 25 Frauen pro Termin besucht, die Kinderbetreuung ist fast immer voll. Seit 2019 haben über 260 Frauen teilgenommen. Rund ein Drittel ist danach in einen Integrationskurs gewechselt, einige haben eine Arbeit oder ein Ehrenamt aufgenommen.',
      'Die Gästetermine haben sich als wichtiger Baustein erwiesen: Fachkräfte aus Kita und Frühen Hilfen erreichen hier Mütter, die sonst nicht zu ihnen kämen. Drei frühere Teilnehmerinnen unterstützen inzwischen ehrenamtlich die Kinderbetreuung.',
    ),
    outcomes: [
      o('Verschiedene Teilnehmerinnen seit 2019', 263, 'Personen', '2024-12-31', 'Teilnahmelisten 2019–2024'),
      o('Durchschnittliche Teilnahme pro Termin im Jahr 2024', 19, 'Personen', '2024-12-31', 'Teilnahmelisten 2024'),
      o('Teilnehmerinnen mit anschließendem Integrationskurs', 34, '%', '2024-12-31', 'Nachverfolgung durch die Kursleitung'),
      o('Ehrenamtliche in der Kinderbetreuung', 7, 'Ehrenamtliche', '2024-12-31', 'Einsatzplan'),
    ],
    costs: { oneOffEur: 2000, yearlyEur: 11000 },
    fundingSources: [PAKT, 'Eigenmittel der Stadt', 'Mittel der Frühen Hilfen'],
    staffHoursPerMonth: 10,
    partners: [
      administration('Integrationsbeauftragte der Stadt'),
      civil('Volkshochschule'),
      civil('Stadtteiltreff'),
      administration('Netzwerk Frühe Hilfen'),
    ],
    successFactors: bullets(
      'Die Kinderbetreuung ist die Voraussetzung für die Teilnahme.',
      'Vormittagstermine passen zum Alltag der Mütter.',
      'Kein Anmeldeformular, keine Kosten: Der Einstieg ist jederzeit möglich.',
    ),
    obstacles: bullets(
      'Die wechselnde Gruppe macht einen systematischen Sprachaufbau schwer.',
      'Ehrenamtliche für die Kinderbetreuung sind vormittags schwer zu finden.',
      'Der Raum ist für die Zahl der Kinder eigentlich zu klein.',
    ),
    transferability: bullets(
      'Ein Raum mit Nebenraum für Kinder, etwa in einem Familienzentrum oder Stadtteiltreff.',
      'Eine Kursleitung, zum Beispiel über die Volkshochschule.',
      'Drei bis vier verlässliche Ehrenamtliche für die Kinderbetreuung.',
    ),
    transferableKinds: ['town', 'municipality', 'city_district', 'association'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Lena Hartmann', email: 'lena.hartmann@example.org' },
    state: 'published',
    publishedAt: '2025-05-12',
    history: [],
    adoptions: [],
  },
  {
    slug: 'peer-workshops-gegen-rassismus-an-schulen',
    municipality: 'weinheim',
    partnerMunicipalities: [],
    topics: ['antidiskriminierung', 'jugend', 'bildung'],
    title: 'Peer-Workshops gegen Rassismus an Schulen',
    summary:
      'Idee: Junge Erwachsene mit Migrationsgeschichte werden als Peer-Teamerinnen und -Teamer ausgebildet und gestalten in 7. und 8. Klassen Workshops zu Vorurteilen, Rassismus und Zivilcourage. Sie erzählen von eigenen Erfahrungen und üben mit den Klassen, wie man in Alltagssituationen eingreifen kann. Entwurf für die Abstimmung mit den Schulen.',
    targetGroups: ['Schülerinnen und Schüler der Klassen 7 und 8', 'Junge Erwachsene mit Migrationsgeschichte', 'Lehrkräfte'],
    workStatus: 'idea',
    periodStart: null,
    periodEnd: null,
    problem: p(
      'Schulsozialarbeit und Jugendhäuser berichten, dass rassistische Sprüche, Beleidigungen in Klassenchats und Ausgrenzung auf dem Schulhof für viele Jugendliche mit Migrationsgeschichte alltäglich sind. Betroffene erzählen selten davon, weil sie nicht glauben, dass sich etwas ändert. Lehrkräfte fühlen sich unsicher, wie sie im Unterricht darüber sprechen sollen.',
      'Bisherige Projekttage mit externen Referierenden erreichten die Klassen nur begrenzt; Jugendliche empfanden sie als Belehrung. Gleichzeitig gibt es in der Stadt junge Erwachsene, die selbst Rassismus erlebt haben, in Vereinen oder Jugendgruppen aktiv sind und bereit wären, ihre Erfahrungen weiterzugeben, wenn sie dafür vorbereitet und begleitet werden.',
    ),
    approach: steps(
      'Gewinnung von zehn bis zwölf jungen Erwachsenen zwischen 18 und 27 Jahren über Jugendhäuser und Migrantenvereine.',
      'Ausbildung zu Peer-Teamerinnen und -Teamern an vier Wochenenden mit einer erfahrenen Fachstelle für Antidiskriminierungsarbeit.',
      'Workshops von zwei Doppelstunden in 7. und 8. Klassen, immer zu zweit, Lehrkraft im Raum.',
      'Vorgespräch mit der Klassenleitung und Nachgespräch mit der Schulsozialarbeit.',
      'Supervision für die Teamerinnen und Teamer und eine Aufwandsentschädigung je Workshop.',
    ),
    results: p(
      'Noch keine Ergebnisse: Die Idee ist ein Entwurf und wird gerade mit zwei weiterführenden Schulen, der Schulsozialarbeit und dem Jugendgemeinderat besprochen. Eine Fachstelle für Antidiskriminierungsarbeit hat Interesse signalisiert, die Ausbildung der Teamerinnen und Teamer zu übernehmen.',
      'Bevor der Entwurf zur Prüfung eingereicht wird, wollen wir klären, wie die Teamerinnen und Teamer vor belastenden Reaktionen in den Klassen geschützt werden und wie wir messen können, ob die Workshops etwas bewirken. Erfahrungen anderer Kommunen mit Peer-Ansätzen sind sehr willkommen.',
    ),
    outcomes: [],
    costs: { oneOffEur: 8000, yearlyEur: 6000 },
    fundingSources: ['Eigenmittel der Stadt (geplant)', 'Bundes- oder Landesförderung für Demokratiebildung (zu prüfen)'],
    staffHoursPerMonth: 8,
    partners: [
      administration('Integrationsbeauftragte der Stadt'),
      civil('Schulsozialarbeit'),
      politics('Jugendgemeinderat'),
      migrantOrg('Migrantenvereine mit Jugendgruppen'),
    ],
    successFactors: bullets(
      'Jugendliche hören Gleichaltrigen eher zu als Erwachsenen.',
      'Die Teamerinnen und Teamer bringen eigene Erfahrungen mit und werden für ihre Rolle ausgebildet.',
    ),
    obstacles: bullets(
      'Schulen haben wenig Zeit im Stundenplan für zusätzliche Workshops.',
      'Die Teamerinnen und Teamer brauchen Schutz und Begleitung, wenn Workshops schwierig verlaufen.',
      'Die Finanzierung ist noch offen.',
    ),
    transferability: bullets(
      'Gedacht für Städte mit weiterführenden Schulen und aktiver Jugendarbeit.',
      'Eine Fachstelle für Antidiskriminierungsarbeit als Partnerin für die Ausbildung.',
      'Nach der Erprobung wollen wir Ausbildungsplan und Workshopablauf teilen.',
    ),
    transferableKinds: ['town', 'city_district'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Yusuf Kaya', email: 'yusuf.kaya@example.org' },
    state: 'draft',
    publishedAt: '2026-09-08',
    history: [],
    adoptions: [],
  },
  // ── Zollernalbkreis ─────────────────────────────────────────────────────────────────────
  {
    slug: 'wohnraumlotsen-und-vermieterberatung',
    municipality: 'zollernalbkreis',
    partnerMunicipalities: [],
    topics: ['wohnen', 'engagement'],
    title: 'Wohnraumlotsen und Vermieterberatung',
    summary:
      'Ehrenamtliche Wohnraumlotsinnen und -lotsen sprachen in den Kreisgemeinden gezielt Eigentümerinnen und Eigentümer leerstehender Wohnungen an. Der Landkreis bot eine Vermieterberatung, eine Mietausfallbürgschaft für zwei Jahre und einen Zuschuss für kleine Renovierungen. Das Vorhaben ist abgeschlossen; die Vermieterberatung wurde in die Wohnraumförderung des Kreises übernommen.',
    targetGroups: ['Geflüchtete in der Anschlussunterbringung', 'Eigentümerinnen und Eigentümer leerstehender Wohnungen', 'Ehrenamtliche'],
    workStatus: 'completed',
    periodStart: '2019-07-01',
    periodEnd: '2023-06-30',
    problem: p(
      'In vielen Kreisgemeinden standen Wohnungen leer, oft in älteren Häusern, deren Eigentümerinnen und Eigentümer nicht mehr selbst darin wohnten. Gleichzeitig lebten anerkannte Geflüchtete jahrelang in der Anschlussunterbringung, weil sie auf dem Wohnungsmarkt keine Chance hatten. Den Gemeinden fehlten Plätze für neu zugewiesene Menschen.',
      'Gespräche zeigten, warum Wohnungen leer blieben: Sorge vor Mietausfällen und Schäden, Renovierungsbedarf, Unsicherheit über Mietrecht und Jobcenter, und schlicht der fehlende Anstoß. Anzeigen und Aufrufe der Gemeinden brachten kaum Angebote. Am ehesten überzeugte das persönliche Gespräch mit jemandem aus dem Ort.',
    ),
    approach: steps(
      'Gewinnung von Wohnraumlotsinnen und -lotsen in zwölf Gemeinden, meist gut vernetzte Ehrenamtliche aus Helferkreisen und Vereinen.',
      'Schulung zu Mietrecht, Leistungen des Jobcenters und den Angeboten des Landkreises.',
      'Gezielte Ansprache von Eigentümerinnen und Eigentümern, unterstützt durch Hinweise der Gemeindeverwaltungen.',
      'Vermieterberatung im Landratsamt; Mietausfallbürgschaft für zwei Jahre und Renovierungszuschuss bis 3.000 Euro je Wohnung.',
      'Begleitung der Mietverhältnisse im ersten Jahr durch die Lotsinnen und Lotsen.',
    ),
    results: p(
      'In vier Jahren wurden 86 Wohnungen neu vermietet, in denen 241 Menschen aus der Anschlussunterbringung ein Zuhause gefunden haben. Die Mietausfallbürgschaft musste nur in fünf Fällen in Anspruch genommen werden. Die meisten Vermietenden gaben an, wieder an Geflüchtete vermieten zu wollen.',
      'Die Ergebnisse unterschieden sich stark zwischen den Gemeinden: Wo eine Lotsin oder ein Lotse gut vernetzt war, kamen viele Wohnungen zusammen, anderswo kaum welche. Die Vermieterberatung und die Bürgschaft sind seit Mitte 2023 Teil der Wohnraumförderung des Landkreises; die Lotsenarbeit läuft in einigen Gemeinden ehrenamtlich weiter.',
    ),
    outcomes: [
      o('Neu vermietete Wohnungen', 86, 'Wohnungen', '2023-06-30', 'Statistik der Vermieterberatung'),
      o('Aus der Anschlussunterbringung ausgezogene Personen', 241, 'Personen', '2023-06-30', 'Statistik der Vermieterberatung'),
      o('In Anspruch genommene Mietausfallbürgschaften', 5, 'Fälle', '2023-06-30', 'Bürgschaftsakten'),
      o('Vermietende, die wieder an Geflüchtete vermieten würden', 82, '%', '2023-05-31', 'Befragung der Vermietenden (n=61)'),
    ],
    costs: { oneOffEur: 15000, yearlyEur: 28000 },
    fundingSources: [PAKT, 'Eigenmittel des Landkreises', 'Beteiligung der Gemeinden'],
    staffHoursPerMonth: 40,
    partners: [
      administration('Landratsamt, Fachbereich Integration'),
      administration('Gemeindeverwaltungen im Landkreis'),
      administration('Jobcenter'),
      civil('Helferkreise und Vereine'),
      civil('Haus- und Grundbesitzerverein'),
    ],
    successFactors: bullets(
      'Persönliche Ansprache durch bekannte Menschen aus dem Ort.',
      'Die Bürgschaft nimmt Vermietenden die größte Sorge.',
      'Kleine Renovierungszuschüsse machen Wohnungen schnell bezugsfertig.',
    ),
    obstacles: bullets(
      'Erfolg hing stark an einzelnen Lotsinnen und Lotsen.',
      'Große Familien fanden auch so kaum passende Wohnungen.',
      'Die Abstimmung mit dem Jobcenter über angemessene Mieten dauerte oft zu lange.',
    ),
    transferability: bullets(
      'Besonders geeignet für ländliche Landkreise mit Leerstand.',
      'Bürgschaft und Zuschüsse brauchen einen Beschluss und ein Budget des Kreistags.',
      'Vorlagen für Bürgschaftserklärung, Mietvertragscheck und Lotsenschulung sind übertragbar.',
    ),
    transferableKinds: ['district', 'association', 'municipality'],
    transferableSizes: ['medium', 'large', 'city'],
    contact: { name: 'Martin Wolf', email: 'martin.wolf@example.org' },
    state: 'published',
    publishedAt: '2023-10-09',
    history: [],
    adoptions: [],
  },
];
