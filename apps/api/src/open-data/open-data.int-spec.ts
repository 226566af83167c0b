import { SaxesParser } from 'saxes';
import { buildMunicipality, uniqueTag } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn } from '../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { parseCsv, UTF8_BOM } from './csv.js';
import { OpenDataService } from './open-data.service.js';
import { CSV_HEADER, type PracticeExport } from './practice-export.js';

const PUBLIC_URL = 'https://praxisforum.example';
const berlinDay = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** Strict, namespace-aware XML parse (throws when not well-formed), into a small element tree. */
function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.local, attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}
const child = (el: El, name: string) => el.children.find((c) => c.name === name)!;

describe('open data, practice JSON and the Atom feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ publicUrl: PUBLIC_URL });
  });
  afterAll(() => t.close());

  /** A published practice with every relation the export shows, and a draft of the same municipality. */
  async function scenario() {
    const tag = uniqueTag();
    const owner = await buildMunicipality(t.dataSource, { name: `Ulm ${tag}`, kind: 'town', region: 'tuebingen' });
    const partner = await buildMunicipality(t.dataSource, { name: `Neu-Ulm ${tag}` });
    const adopter = await buildMunicipality(t.dataSource, { name: `Biberach ${tag}`, kind: 'district' });
    const published = await buildPractice(t.dataSource, {
      municipalityId: owner.id,
      slug: `sprach-cafe-am-markt-${tag}`,
      title: `Sprachcafé, "Treff" am Markt ${tag}`,
      summary: 'Erste Zeile\nzweite Zeile, mit Komma',
      problem: 'Wenig Gelegenheit, **Deutsch** zu sprechen.',
      results: '# Ergebnis\n\n- 30 Teilnehmende',
      outcomes: [{ label: 'Teilnehmende', value: 30, unit: 'Personen', asOf: '2024-12-31', source: 'Zählung' }],
      topicSlugs: ['sprache', 'begegnung'],
      partnerMunicipalityIds: [partner.id],
      partners: [{ kind: 'civil_society', name: 'Freundeskreis Asyl' }],
      fundingSources: ['Land BW', 'Stiftung|Bürger'],
      costOneOffEur: 1500,
      costYearlyEur: 4800,
      contactName: 'Erika Muster',
      contactEmail: `erika.${tag}@example.org`,
      contactConsent: true,
    });
    await t.dataSource.query(
      `INSERT INTO practice_attachment (practice_id, storage_key, file_name, mime_type, size_bytes, alt_text)
       VALUES ($1, $2, 'Flyer Café.pdf', 'application/pdf', 2048, NULL)`,
      [published.id, `key-${tag}`],
    );
    await t.dataSource.query(
      `INSERT INTO adoption (practice_id, municipality_id, kind, adopted_on, changes, results, outcomes)
       VALUES ($1, $2, 'adapted', '2025-02-01', 'Zweimal im Monat.', 'Läuft gut.', '[]')`,
      [published.id, adopter.id],
    );
    const draft = await buildPractice(t.dataSource, {
      municipalityId: owner.id,
      state: 'draft',
      title: `Entwurf ${tag}`,
      contactName: 'Max Geheim',
      contactEmail: `max.${tag}@example.org`,
      contactConsent: true,
    });
    return { tag, owner, partner, adopter, published, draft };
  }

  describe('GET /api/practices/<slug>.json', () => {
    it('gives a published practice to a guest in the documented shape', async () => {
      const { tag, owner, partner, adopter, published } = await scenario();
      const response = await fetch(`${t.baseUrl}/api/practices/${published.slug}.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const body = (await response.json()) as PracticeExport;
      expect(Object.keys(body)).toEqual([
        'id', 'slug', 'url', 'title', 'summary', 'isExample', 'state', 'municipality', 'partnerMunicipalities', 'topics', 'targetGroups',
        'workStatus', 'periodStart', 'periodEnd', 'sections', 'outcomes', 'costs', 'fundingSources', 'staffHoursPerMonth', 'partners',
        'transferableKinds', 'transferableSizes', 'contact', 'attachments', 'adoptions', 'publishedAt', 'updatedAt',
      ]);
      expect(body).toMatchObject({
        id: published.id,
        slug: published.slug,
        url: `${PUBLIC_URL}/praxisbeispiele/${published.slug}`,
        title: published.title,
        isExample: false,
        state: 'published',
        municipality: { slug: owner.slug, name: owner.name, kind: 'town', region: 'tuebingen' },
        partnerMunicipalities: [{ slug: partner.slug, name: partner.name }],
        topics: [
          { slug: 'sprache', nameDe: 'Sprache und Sprachförderung', nameEn: 'Language learning' },
          { slug: 'begegnung', nameDe: 'Begegnung und Nachbarschaft', nameEn: 'Encounter and neighbourhood' },
        ],
        outcomes: [{ label: 'Teilnehmende', value: 30, unit: 'Personen', asOf: '2024-12-31', source: 'Zählung' }],
        costs: { oneOffEur: 1500, yearlyEur: 4800 },
        partners: [{ kind: 'civil_society', name: 'Freundeskreis Asyl' }],
        contact: { name: 'Erika Muster', email: `erika.${tag}@example.org`, isMember: false },
        attachments: [{ fileName: 'Flyer Café.pdf', mimeType: 'application/pdf', sizeBytes: 2048, altText: null }],
        adoptions: [{ municipality: { slug: adopter.slug, name: adopter.name }, kind: 'adapted', adoptedOn: '2025-02-01', changes: 'Zweimal im Monat.', results: 'Läuft gut.', outcomes: [], isExample: false }],
      });
      expect(body.sections.problem).toBe('Wenig Gelegenheit, **Deutsch** zu sprechen.'); // Markdown source
      expect(body.attachments[0].url).toMatch(new RegExp(`^${PUBLIC_URL}/api/attachments/[0-9a-f-]{36}/Flyer%20Caf%C3%A9\\.pdf$`));
      expect(body.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    });

    it('shows a contact without consent to nobody, and a member contact without e-mail', async () => {
      const owner = await buildMunicipality(t.dataSource);
      const member = await buildUser(t.dataSource, { displayName: 'Hanna Mitglied' });
      const hidden = await buildPractice(t.dataSource, { municipalityId: owner.id, contactName: 'Ohne Zustimmung', contactEmail: 'ohne@example.org', contactConsent: false });
      const byMember = await buildPractice(t.dataSource, { municipalityId: owner.id, contactUserId: member.id });
      const get = async (slug: string) => ((await (await fetch(`${t.baseUrl}/api/practices/${slug}.json`)).json()) as PracticeExport).contact;
      expect(await get(hidden.slug)).toBeNull();
      expect(await get(byMember.slug)).toEqual({ name: 'Hanna Mitglied', email: null, isMember: true });
    });

    it('hides a draft from guests and other members (404 JSON) but shows it to its coordinator', async () => {
      const { owner, draft } = await scenario();
      const guest = await fetch(`${t.baseUrl}/api/practices/${draft.slug}.json`);
      expect(guest.status).toBe(404);
      expect(guest.headers.get('content-type')).toMatch(/^application\/json/);
      expect(guest.headers.get('cache-control')).toBe('private, no-store');
      expect(await guest.json()).toMatchObject({ code: 'NOT_FOUND' });

      const outsider = await signedIn(t, await buildUser(t.dataSource));
      expect((await outsider.fetch(`/api/practices/${draft.slug}.json`)).status).toBe(404);

      const coordinator = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: owner.id, role: 'coordinator' }] }));
      const own = await coordinator.fetch(`/api/practices/${draft.slug}.json`);
      expect(own.status).toBe(200);
      expect(own.headers.get('cache-control')).toBe('private, no-store');
      expect(await own.json()).toMatchObject({ slug: draft.slug, state: 'draft', publishedAt: null });

      const moderator = await signedIn(t, await buildUser(t.dataSource, { role: 'moderator' }));
      expect((await moderator.fetch(`/api/practices/${draft.slug}.json`)).status).toBe(200);
    });

    it('answers 404 JSON for other suffixes and unknown slugs', async () => {
      const { published } = await scenario();
      for (const path of [`/api/practices/${published.slug}`, `/api/practices/${published.slug}.xml`, '/api/practices/.json', '/api/practices/gibt-es-nicht.json', '/api/practices/a%00b.json']) {
        const response = await fetch(`${t.baseUrl}${path}`);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
        expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
      }
    });
  });

  describe('GET /api/open-data/practices.csv', () => {
    it('has the download headers, a BOM and the documented header row', async () => {
      await scenario();
      const response = await fetch(`${t.baseUrl}/api/open-data/practices.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="praxisforum-praxisbeispiele-${berlinDay()}.csv"`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith(UTF8_BOM)).toBe(true);
      expect(text.slice(1, text.indexOf('\r\n'))).toBe(
        'slug,url,title,summary,is_example,municipality_slug,municipality_name,municipality_kind,region,partner_municipalities,topics,' +
          'target_groups,work_status,period_start,period_end,problem,approach,results,outcomes,outcome_count,cost_one_off_eur,' +
          'cost_yearly_eur,funding_sources,staff_hours_per_month,partners,success_factors,obstacles,transferability,transferable_kinds,' +
          'transferable_sizes,adoption_count,adopted_by,published_at,updated_at',
      );
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text);
      expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    });

    it('quotes commas, quotes and line breaks, plain-texts the sections, and leaves out drafts and contact data', async () => {
      const { tag, owner, partner, adopter, published, draft } = await scenario();
      const text = await (await fetch(`${t.baseUrl}/api/open-data/practices.csv`)).text();
      // The quoted title and the multi-line summary exactly as RFC 4180 writes them.
      expect(text).toContain(`"Sprachcafé, ""Treff"" am Markt ${tag}","Erste Zeile\nzweite Zeile, mit Komma"`);
      const rows = parseCsv(text);
      const record = Object.fromEntries(CSV_HEADER.map((h, i) => [h, rows.find((r) => r[0] === published.slug)![i]]));
      expect(record).toMatchObject({
        url: `${PUBLIC_URL}/praxisbeispiele/${published.slug}`,
        title: published.title,
        summary: 'Erste Zeile\nzweite Zeile, mit Komma',
        is_example: 'false',
        municipality_slug: owner.slug,
        municipality_name: owner.name,
        municipality_kind: 'town',
        region: 'tuebingen',
        partner_municipalities: partner.slug,
        topics: 'sprache|begegnung',
        problem: 'Wenig Gelegenheit, Deutsch zu sprechen.',
        results: 'Ergebnis 30 Teilnehmende',
        outcomes: 'Teilnehmende=30 Personen@2024-12-31',
        outcome_count: '1',
        cost_one_off_eur: '1500',
        cost_yearly_eur: '4800',
        funding_sources: 'Land BW|Stiftung\\|Bürger',
        staff_hours_per_month: '',
        partners: 'civil_society:Freundeskreis Asyl',
        adoption_count: '1',
        adopted_by: adopter.slug,
        period_start: '',
      });
      expect(record.published_at).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
      expect(rows.some((r) => r[0] === draft.slug)).toBe(false);
      expect(text).not.toContain(`erika.${tag}@example.org`);
      expect(text).not.toContain('Erika Muster');
      expect(text).not.toContain(`max.${tag}@example.org`);
    });

    it('neutralises spreadsheet formulas and flags example content', async () => {
      const owner = await buildMunicipality(t.dataSource);
      const tag = uniqueTag();
      const evil = await buildPractice(t.dataSource, {
        municipalityId: owner.id,
        title: `=HYPERLINK("http://evil.example","${tag}")`,
        summary: '@SUM(1+1)',
        fundingSources: ['-2+3'],
        isExample: true,
      });
      const rows = parseCsv(await (await fetch(`${t.baseUrl}/api/open-data/practices.csv`)).text());
      const row = rows.find((r) => r[0] === evil.slug)!;
      const cell = (name: string) => row[CSV_HEADER.indexOf(name)];
      expect(cell('title')).toBe(`'=HYPERLINK("http://evil.example","${tag}")`);
      expect(cell('summary')).toBe("'@SUM(1+1)");
      expect(cell('funding_sources')).toBe("'-2+3");
      expect(cell('is_example')).toBe('true');
    });

    it('walks all published practices in batches, each exactly once, archived ones left out', async () => {
      const owner = await buildMunicipality(t.dataSource);
      const built = [];
      for (let i = 0; i < 5; i++) built.push(await buildPractice(t.dataSource, { municipalityId: owner.id }));
      const archived = await buildPractice(t.dataSource, { municipalityId: owner.id, state: 'archived' });
      const inReview = await buildPractice(t.dataSource, { municipalityId: owner.id, state: 'in_review' });
      const service = t.app.get(OpenDataService);
      service.batchSize = 2;
      const started = Date.now();
      try {
        const rows = parseCsv(await (await fetch(`${t.baseUrl}/api/open-data/practices.csv`)).text()).slice(1);
        const slugs = rows.map((r) => r[0]);
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const p of built) expect(slugs).toContain(p.slug);
        expect(slugs).not.toContain(archived.slug);
        expect(slugs).not.toContain(inReview.slug);
        // Every slug in the file is a published practice (other test files may publish meanwhile).
        const [{ unpublished }] = await t.dataSource.query<{ unpublished: number }[]>(
          `SELECT count(*)::int AS unpublished FROM practice WHERE slug = ANY($1::text[]) AND state <> 'published' AND updated_at < $2`,
          [slugs, new Date(started)],
        );
        expect(unpublished).toBe(0);
      } finally {
        service.batchSize = 500;
      }
    });
  });

  describe('GET /api/open-data/practices.json', () => {
    it('is an array of export objects: Markdown sections, no contact, no drafts', async () => {
      const { tag, published, draft } = await scenario();
      const response = await fetch(`${t.baseUrl}/api/open-data/practices.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="praxisforum-praxisbeispiele-${berlinDay()}.json"`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const text = await response.text();
      expect(text).not.toContain(`erika.${tag}@example.org`);
      const list = JSON.parse(text) as PracticeExport[];
      expect(Array.isArray(list)).toBe(true);
      const mine = list.find((p) => p.slug === published.slug)!;
      expect(mine).not.toHaveProperty('contact');
      expect(mine.sections.results).toBe('# Ergebnis\n\n- 30 Teilnehmende');
      expect(mine.state).toBe('published');
      expect(list.some((p) => p.slug === draft.slug)).toBe(false);
      expect(list.every((p) => p.state === 'published')).toBe(true);

      // The single-practice JSON is the same object plus the public contact.
      const single = (await (await fetch(`${t.baseUrl}/api/practices/${published.slug}.json`)).json()) as PracticeExport;
      const { contact: _contact, ...withoutContact } = single;
      expect(withoutContact).toEqual(mine);
    });
  });

  describe('GET /api/feeds/practices.atom', () => {
    it('is well-formed Atom with the newest practices first, escaped and with the example suffix', async () => {
      const owner = await buildMunicipality(t.dataSource);
      const tag = uniqueTag();
      // Dated an hour ahead: test files running in parallel publish practices "now" and must not
      // push these two out of the 50 newest.
      const inAnHour = Date.now() + 3_600_000;
      const older = await buildPractice(t.dataSource, { municipalityId: owner.id, title: `Älter ${tag}`, publishedAt: new Date(inAnHour - 60_000) });
      const newer = await buildPractice(t.dataSource, {
        municipalityId: owner.id,
        publishedAt: new Date(inAnHour),
        title: `<script>alert(1)</script> & Co ${tag}`,
        isExample: true,
        topicSlugs: ['sprache', 'bildung'],
        results: 'Mehr **Mut** <img src=x onerror=alert(1)>',
      });
      const draft = await buildPractice(t.dataSource, { municipalityId: owner.id, state: 'draft', title: `Entwurf ${tag}` });

      const response = await fetch(`${t.baseUrl}/api/feeds/practices.atom`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const xml = await response.text();
      expect(xml).toContain(`<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co ${tag} (Beispiel)</title>`);
      expect(xml).not.toContain('<script>');

      const feed = parseXml(xml);
      expect(feed.name).toBe('feed');
      expect(child(feed, 'title').text).toBe('Praxisforum – neue Praxisbeispiele');
      const entries = feed.children.filter((c) => c.name === 'entry');
      expect(entries.length).toBeLessThanOrEqual(50);
      const ids = entries.map((e) => child(e, 'id').text);
      const position = (slug: string) => ids.indexOf(`${PUBLIC_URL}/praxisbeispiele/${slug}`);
      expect(position(older.slug)).toBeGreaterThan(-1);
      expect(position(newer.slug)).toBeLessThan(position(older.slug));
      expect(ids).not.toContain(`${PUBLIC_URL}/praxisbeispiele/${draft.slug}`);
      const entry = entries.find((e) => child(e, 'id').text.endsWith(newer.slug))!;
      expect(child(entry, 'title').text).toBe(`<script>alert(1)</script> & Co ${tag} (Beispiel)`);
      expect(entry.children.filter((c) => c.name === 'category').map((c) => c.attrs.term)).toEqual(['sprache', 'bildung']);
      const html = child(entry, 'content').text;
      expect(html).toContain('<strong>Mut</strong>');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toMatch(/<img/);
    });
  });
});
