import { countQueries } from '../../test/query-counter.js';
import { PracticeRepository } from './practice.repository.js';
import { buildMunicipality, uniqueTag } from '../../test/factories/municipality.factory.js';
import { buildUser, signedIn, type TestUser } from '../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

type Client = ReturnType<TestApp['client']>;

const FIELDS = `id slug state version title summary workStatus periodStart periodEnd reviewComment adoptionCount publishedAt
  outcomes { label value unit asOf source } topics { slug } municipality { slug } partnerMunicipalities { slug }
  problem { markdown html } results { html } contact { name email isMember }
  viewerCan { edit submit review archive delete adopt follow manageAttachments } viewerFollows`;

describe('practices', () => {
  let t: TestApp;
  let a: { id: string; slug: string };
  let b: { id: string; slug: string };
  let topic: string;
  let coordinatorA: Client;
  let coordinatorB: Client;
  let moderator: Client;
  let member: Client;
  let userA: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    a = await buildMunicipality(t.dataSource, { region: 'freiburg', kind: 'district' });
    b = await buildMunicipality(t.dataSource);
    topic = uniqueTag('topic');
    await t.dataSource.query(`INSERT INTO topic (slug, name_de, name_en, position) VALUES ($1, 'Thema', 'Topic', 99)`, [topic]);
    userA = await buildUser(t.dataSource, { memberships: [{ municipalityId: a.id, role: 'coordinator' }] });
    coordinatorA = await signedIn(t, userA);
    coordinatorB = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: b.id, role: 'coordinator' }] }));
    moderator = await signedIn(t, await buildUser(t.dataSource, { role: 'moderator' }));
    member = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: a.id, role: 'member' }] }));
  });
  afterAll(() => t.close());

  /** Every required section filled in, one outcome. */
  const complete = (overrides: Record<string, unknown> = {}) => ({
    title: `Sprachcafé ${uniqueTag()}`,
    summary: 'Ehrenamtliche treffen Neuzugewanderte jede Woche zum Deutschsprechen.',
    topicSlugs: [topic],
    partnerMunicipalitySlugs: [],
    targetGroups: ['Neuzugewanderte'],
    workStatus: 'RUNNING',
    periodStart: '2022-03-01',
    problem: 'Wenig Gelegenheit, **Deutsch** zu sprechen.',
    approach: '1. Raum finden\n2. Ehrenamtliche gewinnen',
    results: 'Regelmäßig 20 Teilnehmende.',
    outcomes: [{ label: 'Teilnehmende pro Treffen', value: 20, unit: 'Personen', asOf: '2024-12-31', source: 'Teilnahmelisten' }],
    transferability: 'Braucht einen Raum und zwei Ehrenamtliche.',
    contactName: 'Erika Beispiel',
    contactEmail: 'erika@example.org',
    contactConsent: true,
    ...overrides,
  });

  async function createDraft(client = coordinatorA, municipalitySlug = a.slug, title = `Praxis ${uniqueTag()}`) {
    const res = await client.gql(`mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { ${FIELDS} } }`, { input: { municipalitySlug, title } });
    expect(res.errors).toBeUndefined();
    return res.data!.createPractice;
  }

  async function save(id: string, version: number, fields: Record<string, unknown>, client = coordinatorA) {
    return client.gql(`mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { ${FIELDS} } }`, { input: { id, version, ...fields } });
  }

  const act = (client: Client, mutation: string, id: string) => client.gql(`mutation ($id: ID!) { ${mutation}(id: $id) { ${FIELDS} } }`, { id });
  const read = (client: Client | TestApp, slug: string) => client.gql(`query ($slug: String!) { practice(slug: $slug) { ${FIELDS} } }`, { slug });

  async function publishedPractice(overrides: Record<string, unknown> = {}) {
    const draft = await createDraft();
    const saved = await save(draft.id, draft.version, complete(overrides));
    expect(saved.errors).toBeUndefined();
    expect((await act(coordinatorA, 'submitPractice', draft.id)).errors).toBeUndefined();
    const published = await act(moderator, 'publishPractice', draft.id);
    expect(published.errors).toBeUndefined();
    return published.data!.publishPractice;
  }

  it('starts a draft with a slug from the German title that only its coordinators and moderators can see', async () => {
    const draft = await createDraft(coordinatorA, a.slug, 'Begegnungscafé für Ältere & Familien');
    expect(draft.slug).toMatch(/^begegnungscafe-fuer-aeltere-familien/);
    expect(draft).toMatchObject({ state: 'DRAFT', version: 1, viewerCan: { edit: true, submit: true, delete: true, review: false } });
    expect((await read(t, draft.slug)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await read(member, draft.slug)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await read(coordinatorB, draft.slug)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await read(moderator, draft.slug)).data?.practice.title).toBe('Begegnungscafé für Ältere & Familien');
  });

  it('refuses to start a practice for a municipality the coordinator does not coordinate', async () => {
    const res = await coordinatorB.gql(`mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`, { input: { municipalitySlug: a.slug, title: 'Fremdes Projekt' } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('saves all fields, counts the version up and refuses a save based on a stale version without losing the stored text', async () => {
    const draft = await createDraft();
    const first = await save(draft.id, 1, complete({ title: 'Erste Fassung des Titels' }));
    expect(first.data?.updatePractice).toMatchObject({ version: 2, title: 'Erste Fassung des Titels', topics: [{ slug: topic }], outcomes: [{ value: 20, unit: 'Personen' }] });
    const stale = await save(draft.id, 1, complete({ title: 'Überschreibt die andere Fassung' }));
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await read(coordinatorA, draft.slug)).data?.practice.title).toBe('Erste Fassung des Titels');
  });

  it('refuses bad input with messages naming the field', async () => {
    const draft = await createDraft();
    const backwards = await save(draft.id, 1, complete({ periodStart: '2024-05-01', periodEnd: '2023-01-01' }));
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { periodEnd: ['periodEnd must not be before periodStart.'] } });
    const noUnit = await save(draft.id, 1, complete({ outcomes: [{ label: 'Treffen', value: 12, unit: ' ', asOf: '2024-01-01' }] }));
    expect(noUnit.errors?.[0].extensions?.fields).toHaveProperty(['outcomes.0.unit']);
    const notANumber = await save(draft.id, 1, complete({ outcomes: [{ label: 'Treffen', value: 'zwölf', unit: 'Treffen', asOf: '2024-01-01' }] }));
    expect(notANumber.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(notANumber.errors?.[0].message).toMatch(/value/);
    const longTitle = await save(draft.id, 1, complete({ title: 'x'.repeat(201) }));
    expect(longTitle.errors?.[0].message).toMatch(/title must be between 5 and 200 characters/);
    const longSummary = await save(draft.id, 1, complete({ summary: 'x'.repeat(501) }));
    expect(longSummary.errors?.[0].extensions?.fields).toHaveProperty('summary');
    const future = await save(draft.id, 1, complete({ outcomes: [{ label: 'Treffen', value: 1, unit: 'Treffen', asOf: '2999-01-01' }] }));
    expect(future.errors?.[0].extensions?.fields).toHaveProperty(['outcomes.0.asOf']);
    const badDate = await save(draft.id, 1, complete({ periodStart: '2024-02-30' }));
    expect(badDate.errors?.[0].extensions?.fields).toHaveProperty('periodStart');
    const unknownTopic = await save(draft.id, 1, complete({ topicSlugs: ['gibt-es-nicht'] }));
    expect(unknownTopic.errors?.[0].extensions?.fields).toEqual({ topicSlugs: ['Unknown topic: gibt-es-nicht.'] });
    expect((await read(coordinatorA, draft.slug)).data?.practice.version).toBe(1);
  });

  it('lists the missing sections when a draft is submitted too early', async () => {
    const draft = await createDraft();
    const res = await act(coordinatorA, 'submitPractice', draft.id);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      missing: ['summary', 'topics', 'problem', 'approach', 'results', 'transferability', 'contact'],
    });
  });

  it('counts a named contact as given only with their consent to be shown', async () => {
    const draft = await createDraft();
    await save(draft.id, 1, complete({ contactConsent: false }));
    expect((await act(coordinatorA, 'submitPractice', draft.id)).errors?.[0].extensions?.missing).toEqual(['contact']);
  });

  it('goes draft → review → back with a comment → review → published, visible to guests only then', async () => {
    const draft = await createDraft();
    await save(draft.id, 1, complete());
    expect((await act(coordinatorA, 'submitPractice', draft.id)).data?.submitPractice).toMatchObject({ state: 'IN_REVIEW', viewerCan: { edit: false } });
    expect((await act(coordinatorA, 'publishPractice', draft.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const returned = await moderator.gql(`mutation ($input: ReturnPracticeInput!) { returnPracticeToDraft(input: $input) { state reviewComment } }`, {
      input: { id: draft.id, comment: 'Bitte Kosten ergänzen.' },
    });
    expect(returned.data?.returnPracticeToDraft).toEqual({ state: 'DRAFT', reviewComment: 'Bitte Kosten ergänzen.' });
    await act(coordinatorA, 'submitPractice', draft.id);
    const published = await act(moderator, 'publishPractice', draft.id);
    expect(published.data?.publishPractice).toMatchObject({ state: 'PUBLISHED', reviewComment: null });
    const guest = await read(t, draft.slug);
    expect(guest.data?.practice).toMatchObject({ state: 'PUBLISHED', contact: { name: 'Erika Beispiel', email: 'erika@example.org' }, viewerCan: { edit: false, adopt: false } });
  });

  it('keeps every published change as a revision and shows the differences', async () => {
    const p = await publishedPractice({ results: 'Regelmäßig 20 Teilnehmende.' });
    const edited = await save(p.id, p.version, complete({ title: p.title, results: 'Regelmäßig 35 Teilnehmende.', revisionNote: 'Zahlen 2025' }));
    expect(edited.errors).toBeUndefined();
    const revisions = await t.gql(`query ($slug: String!) { practice(slug: $slug) { revisions { number changedFields note authorName } } }`, { slug: p.slug });
    expect(revisions.data?.practice.revisions).toEqual([
      { number: 2, changedFields: ['results'], note: 'Zahlen 2025', authorName: userA.displayName },
      expect.objectContaining({ number: 1, note: null }),
    ]);
    const diff = await t.gql(`query ($slug: String!) { practiceRevisionDiff(slug: $slug, from: 1, to: 2) { changes { field before after } } }`, { slug: p.slug });
    expect(diff.data?.practiceRevisionDiff.changes).toEqual([{ field: 'results', before: 'Regelmäßig 20 Teilnehmende.', after: 'Regelmäßig 35 Teilnehmende.' }]);
  });

  it('renders Markdown sections as sanitized HTML', async () => {
    const p = await publishedPractice({ problem: 'Text <script>alert(1)</script> [klick](javascript:alert(2)) <img src=x onerror=alert(3)>' });
    const html: string = (await read(t, p.slug)).data?.practice.problem.html;
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps the sections rendered when saved, and renders them again when the renderer changed since', async () => {
    const { MARKDOWN_RENDERER_VERSION, renderMarkdown } = await import('@praxisforum/markdown');
    const p = await publishedPractice({ problem: '**fett** und [Seite](https://example.org)' });
    const [{ sections_html: stored }] = await t.dataSource.query(`SELECT sections_html FROM practice WHERE id = $1`, [p.id]);
    expect(stored).toMatchObject({ renderer: MARKDOWN_RENDERER_VERSION, problem: renderMarkdown('**fett** und [Seite](https://example.org)') });
    const page = async () => (await read(t, p.slug)).data?.practice.problem.html;
    expect(await page()).toBe(stored.problem);
    // HTML of another renderer version is not shown, whatever it says.
    await t.dataSource.query(`UPDATE practice SET sections_html = $2 WHERE id = $1`, [p.id, JSON.stringify({ ...stored, renderer: 0, problem: '<p>veraltet</p>' })]);
    expect(await page()).toBe(stored.problem);
  });

  it('reads the sections’ Markdown only when the query asks for it, and shows the same page either way', async () => {
    const { renderMarkdown } = await import('@praxisforum/markdown');
    const p = await publishedPractice({ problem: '**Ausgangslage** mit [Link](https://example.org)', approach: '1. Schritt\n2. Schritt' });
    const htmlOnly = `query ($slug: String!) { practice(slug: $slug) { problem { html } approach { html } } }`;
    const counter = countQueries(t.dataSource);
    try {
      const page = await t.gql(htmlOnly, { slug: p.slug });
      expect(page.data?.practice).toEqual({
        problem: { html: renderMarkdown('**Ausgangslage** mit [Link](https://example.org)') },
        approach: { html: renderMarkdown('1. Schritt\n2. Schritt') },
      });
      expect(counter.count).toBe(1);
    } finally {
      counter.restore();
    }
    const pageRead = await t.app.get(PracticeRepository).findPage(p.slug, false);
    expect(pageRead?.row).toMatchObject({ problem: null, approach: null, transferability: null });
    // Asked for through a fragment (as an edit form does), the sources come along.
    const edit = await t.gql(`query ($slug: String!) { practice(slug: $slug) { ...Sections } } fragment Sections on Practice { problem { markdown } approach { markdown html } }`, {
      slug: p.slug,
    });
    expect(edit.errors).toBeUndefined();
    expect(edit.data?.practice.problem.markdown).toBe('**Ausgangslage** mit [Link](https://example.org)');
    expect(edit.data?.practice.approach).toEqual({ markdown: '1. Schritt\n2. Schritt', html: renderMarkdown('1. Schritt\n2. Schritt') });
    // Stored HTML that is missing (a row from before it was kept) is rendered from the source, read again for it.
    await t.dataSource.query(`UPDATE practice SET sections_html = NULL WHERE id = $1`, [p.id]);
    expect((await t.gql(htmlOnly, { slug: p.slug })).data?.practice.problem.html).toBe(renderMarkdown('**Ausgangslage** mit [Link](https://example.org)'));
  });

  it('renders every payload of the XSS corpus in every section without active content', async () => {
    const { XSS_CORPUS } = await import('@praxisforum/markdown');
    const draft = await createDraft();
    const body = XSS_CORPUS.join('\n\n');
    const saved = await save(draft.id, 1, complete({ problem: body, approach: body, results: body, successFactors: body, obstacles: body, transferability: body }));
    expect(saved.errors).toBeUndefined();
    const res = await coordinatorA.gql(`query ($slug: String!) { practice(slug: $slug) { ${['problem', 'approach', 'results', 'successFactors', 'obstacles', 'transferability'].map((f) => `${f} { html }`).join(' ')} } }`, { slug: draft.slug });
    for (const section of Object.values(res.data!.practice as Record<string, { html: string }>)) {
      expect(section.html).not.toMatch(/<\/?(?:script|iframe|object|embed|img|svg|style|form|math)\b/i);
      for (const tag of section.html.match(/<[^>]*>/g) ?? []) {
        expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]*\s*=/i);
        for (const [, href] of tag.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(https?:|mailto:|\/|#)/);
      }
    }
  });

  it('records adoptions by other municipalities, refuses the owner and duplicates, and lists them on both sides', async () => {
    const p = await publishedPractice();
    expect((await read(coordinatorB, p.slug)).data?.practice.viewerCan.adopt).toBe(true);
    const record = (client: Client, municipalitySlug: string) =>
      client.gql(`mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { id kind adoptedOn municipality { slug } outcomes { value } } }`, {
        input: { practiceId: p.id, municipalitySlug, kind: 'ADAPTED', adoptedOn: '2025-02-01', changes: 'Nur monatlich.', outcomes: [{ label: 'Teilnehmende', value: 8, unit: 'Personen', asOf: '2025-06-30' }] },
      });
    const own = await record(coordinatorA, a.slug);
    expect(own.errors?.[0].extensions?.fields).toHaveProperty('municipalitySlug');
    expect((await record(coordinatorA, b.slug)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const adopted = await record(coordinatorB, b.slug);
    expect(adopted.data?.recordAdoption).toMatchObject({ kind: 'ADAPTED', adoptedOn: '2025-02-01', municipality: { slug: b.slug }, outcomes: [{ value: 8 }] });
    expect((await record(coordinatorB, b.slug)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const practice = await t.gql(`query ($slug: String!) { practice(slug: $slug) { adoptionCount adoptions { municipality { slug } } } }`, { slug: p.slug });
    expect(practice.data?.practice).toEqual({ adoptionCount: 1, adoptions: [{ municipality: { slug: b.slug } }] });
    const municipalities = await t.gql(
      `query ($a: String!, $b: String!) { a: municipality(slug: $a) { sharedPractices { slug } } b: municipality(slug: $b) { adoptions { practice { slug } } } }`,
      { a: a.slug, b: b.slug },
    );
    expect(municipalities.data?.a.sharedPractices.map((s: { slug: string }) => s.slug)).toContain(p.slug);
    expect(municipalities.data?.b.adoptions.map((x: { practice: { slug: string } }) => x.practice.slug)).toContain(p.slug);
    const removed = await coordinatorB.gql(`mutation ($id: ID!) { deleteAdoption(id: $id) }`, { id: adopted.data?.recordAdoption.id });
    expect(removed.data?.deleteAdoption).toBe(true);
    expect((await read(t, p.slug)).data?.practice.adoptionCount).toBe(0);
  });

  it('lets members follow and unfollow a published practice', async () => {
    const p = await publishedPractice();
    expect((await act(member, 'followPractice', p.id)).errors).toBeUndefined();
    expect((await read(member, p.slug)).data?.practice.viewerFollows).toBe(true);
    await act(member, 'unfollowPractice', p.id);
    expect((await read(member, p.slug)).data?.practice.viewerFollows).toBe(false);
    expect((await act(t.client(), 'followPractice', p.id)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('archives a published practice so guests no longer see it', async () => {
    const p = await publishedPractice();
    expect((await act(coordinatorA, 'archivePractice', p.id)).data?.archivePractice.state).toBe('ARCHIVED');
    expect((await read(t, p.slug)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await read(coordinatorA, p.slug)).data?.practice.state).toBe('ARCHIVED');
  });

  it('deletes never-published drafts only', async () => {
    const draft = await createDraft();
    expect((await coordinatorA.gql(`mutation ($id: ID!) { deletePractice(id: $id) }`, { id: draft.id })).data?.deletePractice).toBe(true);
    const p = await publishedPractice();
    expect((await coordinatorA.gql(`mutation ($id: ID!) { deletePractice(id: $id) }`, { id: p.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('compares 2 to 4 visible practices in the order asked', async () => {
    const [p1, p2] = [await publishedPractice(), await publishedPractice()];
    const ok = await t.gql(`query ($s: [String!]!) { comparePractices(slugs: $s) { slug } }`, { s: [p2.slug, p1.slug] });
    expect(ok.data?.comparePractices).toEqual([{ slug: p2.slug }, { slug: p1.slug }]);
    const one = await t.gql(`query ($s: [String!]!) { comparePractices(slugs: $s) { slug } }`, { s: [p1.slug] });
    expect(one.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const draft = await createDraft();
    const hidden = await t.gql(`query ($s: [String!]!) { comparePractices(slugs: $s) { slug } }`, { s: [p1.slug, draft.slug] });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  describe('the list', () => {
    const LIST = `query ($filter: PracticeFilter, $sort: PracticeSort, $first: Int, $after: String) {
      practices(filter: $filter, sort: $sort, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { slug title adoptionCount municipality { name } topics { slug } } }
      } }`;

    it('filters by municipality, region, kind, topic, figures and adoption, counting all matches', async () => {
      const withFigures = await publishedPractice();
      const withoutFigures = await publishedPractice({ outcomes: [] });
      const slugs = async (filter: Record<string, unknown>) => {
        const res = await t.gql(LIST, { filter: { municipality: a.slug, ...filter }, first: 100 });
        expect(res.errors).toBeUndefined();
        return res.data!.practices.edges.map((e: { node: { slug: string } }) => e.node.slug);
      };
      expect(await slugs({ hasFigures: true })).toContain(withFigures.slug);
      expect(await slugs({ hasFigures: true })).not.toContain(withoutFigures.slug);
      expect(await slugs({ hasFigures: false })).toContain(withoutFigures.slug);
      expect(await slugs({ region: 'FREIBURG', kind: 'DISTRICT', topic: topic })).toEqual(expect.arrayContaining([withFigures.slug, withoutFigures.slug]));
      expect(await slugs({ region: 'STUTTGART' })).toEqual([]);
      expect(await slugs({ adoptedElsewhere: true })).not.toContain(withoutFigures.slug);
      expect(await slugs({ search: withoutFigures.title.split(' ')[1] })).toEqual([withoutFigures.slug]);
    });

    it('counts all matches without a municipality filter too', async () => {
      const word = uniqueTag('Zaehlwort');
      const made = [await publishedPractice({ title: `Praxis ${word} eins` }), await publishedPractice({ title: `Praxis ${word} zwei` })];
      const res = await t.gql(LIST, { filter: { search: word }, first: 1 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.practices.totalCount).toBe(2);
      expect(res.data!.practices.pageInfo.hasNextPage).toBe(true);
      expect(made.map((p) => p.slug)).toContain(res.data!.practices.edges[0].node.slug);
    });

    it('reads the sections’ Markdown for a list only when the list shows a section', async () => {
      const { renderMarkdown } = await import('@praxisforum/markdown');
      const p = await publishedPractice({ problem: '**Ausgangslage** im Ort', transferability: 'Für _kleine_ Gemeinden' });
      const counter = countQueries(t.dataSource);
      try {
        const plain = await t.gql(LIST, { filter: { search: p.title }, first: 5 });
        expect(plain.data!.practices.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([p.slug]);
        const listRead = counter.statements.find((sql) => sql.includes('AS cursor_keys'));
        expect(listRead).toContain('NULL::text AS problem');

        counter.reset();
        const withSections = await t.gql(
          `query ($filter: PracticeFilter) { practices(filter: $filter, first: 5) { edges { node { slug ...S } } } } fragment S on Practice { problem { html } transferability { markdown } }`,
          { filter: { search: p.title } },
        );
        expect(withSections.errors).toBeUndefined();
        expect(withSections.data!.practices.edges[0].node).toEqual({
          slug: p.slug,
          problem: { html: renderMarkdown('**Ausgangslage** im Ort') },
          transferability: { markdown: 'Für _kleine_ Gemeinden' },
        });
        expect(counter.statements.find((sql) => sql.includes('AS cursor_keys'))).not.toContain('NULL::text AS problem');
      } finally {
        counter.restore();
      }
    });

    it('pages through every sort without gaps or repeats', async () => {
      for (let i = 0; i < 3; i++) await publishedPractice();
      for (const sort of ['NEWEST', 'UPDATED', 'MOST_ADOPTED']) {
        const all = await t.gql(LIST, { filter: { municipality: a.slug }, sort, first: 100 });
        const expected = all.data!.practices.edges.map((e: { node: { slug: string } }) => e.node.slug);
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = await t.gql(LIST, { filter: { municipality: a.slug }, sort, first: 2, after });
          expect(page.data!.practices.totalCount).toBe(expected.length);
          seen.push(...page.data!.practices.edges.map((e: { node: { slug: string } }) => e.node.slug));
          after = page.data!.practices.pageInfo.hasNextPage ? page.data!.practices.pageInfo.endCursor : undefined;
        } while (after);
        expect(seen).toEqual(expected);
      }
    });

    it('costs the same number of SQL statements for 20 and for 100 practices', async () => {
      for (let i = 0; i < 4; i++) await publishedPractice();
      const counter = countQueries(t.dataSource);
      try {
        const statementsFor = async (first: number) => {
          counter.reset();
          const res = await t.gql(LIST, { first });
          expect(res.data!.practices.edges.length).toBeGreaterThan(first === 2 ? 1 : 4);
          return counter.count;
        };
        const small = await statementsFor(2);
        expect(await statementsFor(100)).toBe(small);
      } finally {
        counter.restore();
      }
    });

    it('reads a practice page with its relations in one statement', async () => {
      const p = await publishedPractice();
      const counter = countQueries(t.dataSource);
      try {
        const res = await t.gql(`query ($slug: String!) { practice(slug: $slug) { title municipality { name } partnerMunicipalities { name } topics { slug } outcomes { value } attachments { url } adoptions { municipality { name } } } }`, { slug: p.slug });
        expect(res.errors).toBeUndefined();
        expect(counter.count).toBe(1);
      } finally {
        counter.restore();
      }
    });

    it('serves concurrent page views with shared statements, each viewer its own practice and rights', async () => {
      const pages = await Promise.all([publishedPractice(), publishedPractice(), publishedPractice()]);
      const draft = await createDraft();
      const counter = countQueries(t.dataSource);
      try {
        // Eight views at once: three practices (one of them twice), a draft, an unknown slug.
        const slugs = [...pages.map((p) => p.slug), pages[0].slug, draft.slug, `gibt-es-nicht-${uniqueTag()}`];
        const [guestViews, ownerDraft] = await Promise.all([
          Promise.all(slugs.map((slug) => read(t, slug))),
          read(coordinatorA, draft.slug),
        ]);
        expect(guestViews.slice(0, 4).map((r) => r.data?.practice.title)).toEqual([...pages.map((p) => p.title), pages[0].title]);
        expect(guestViews[4].errors?.[0].extensions?.code).toBe('NOT_FOUND'); // a guest never sees a draft
        expect(guestViews[5].errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(ownerDraft.data?.practice).toMatchObject({ slug: draft.slug, state: 'DRAFT' });
        // The first view takes a statement of its own; the others wait for it and share the next.
        const pageStatements = counter.statements.filter((sql) => sql.includes('AS x_municipalities'));
        expect(pageStatements.length).toBeGreaterThanOrEqual(1);
        expect(pageStatements.length).toBeLessThan(slugs.length + 1);
      } finally {
        counter.restore();
      }
    });

    it('shows a change on the next page view, though page views share statements', async () => {
      const draft = await createDraft();
      const views = Array.from({ length: 5 }, () => read(coordinatorA, draft.slug));
      const title = `Umbenannt ${uniqueTag()}`;
      const saved = await save(draft.id, draft.version, complete({ title }));
      expect(saved.errors).toBeUndefined();
      await Promise.all(views);
      expect((await read(coordinatorA, draft.slug)).data?.practice.title).toBe(title);
    });
  });

  it('answers the practice page with the same relations as a practice read without its page statement', async () => {
    // Partners named so that their alphabetical order differs from the order they were given in.
    const zell = await buildMunicipality(t.dataSource, { name: `Zell ${uniqueTag()}` });
    const aach = await buildMunicipality(t.dataSource, { name: `Aach ${uniqueTag()}` });
    const p = await publishedPractice({ partnerMunicipalitySlugs: [zell.slug, aach.slug] });
    const other = await publishedPractice();
    const adopted = await coordinatorB.gql(`mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { id } }`, {
      input: { practiceId: p.id, municipalitySlug: b.slug, kind: 'ADOPTED', adoptedOn: '2025-03-01', changes: 'Nichts.', outcomes: [] },
    });
    expect(adopted.errors).toBeUndefined();
    const relations = `slug municipality { slug name kind region } partnerMunicipalities { slug name } topics { slug nameDe }
      attachments { fileName url } adoptions { kind adoptedOn changesHtml viewerCanEdit municipality { slug name } } viewerCan { edit adopt follow } viewerFollows`;
    for (const client of [t, coordinatorA, coordinatorB]) {
      // The page comes from one statement with preloaded relations; compare resolves each relation itself.
      const page = await client.gql(`query ($slug: String!) { practice(slug: $slug) { ${relations} } }`, { slug: p.slug });
      const compared = await client.gql(`query ($slugs: [String!]!) { comparePractices(slugs: $slugs) { ${relations} } }`, { slugs: [p.slug, other.slug] });
      expect(page.errors).toBeUndefined();
      expect(compared.errors).toBeUndefined();
      expect(page.data!.practice).toEqual(compared.data!.comparePractices[0]);
      expect(page.data!.practice.partnerMunicipalities.map((m: { slug: string }) => m.slug)).toEqual([aach.slug, zell.slug]);
      expect(page.data!.practice.adoptions).toEqual([expect.objectContaining({ municipality: { slug: b.slug, name: expect.any(String) } })]);
    }
  });

  it('shows coordinators their practices in every state and moderators the review queue', async () => {
    const draft = await createDraft();
    const managed = await coordinatorA.gql(`query { managedPractices(first: 100) { edges { node { slug state } } } }`);
    expect(managed.data?.managedPractices.edges).toContainEqual({ node: { slug: draft.slug, state: 'DRAFT' } });
    expect((await coordinatorB.gql(`query { managedPractices(first: 100) { edges { node { slug } } } }`)).data?.managedPractices.edges).not.toContainEqual({ node: { slug: draft.slug } });
    await save(draft.id, 1, complete());
    await act(coordinatorA, 'submitPractice', draft.id);
    const queue = await moderator.gql(`query { practiceReviewQueue(first: 100) { edges { node { slug } } } }`);
    expect(queue.data?.practiceReviewQueue.edges).toContainEqual({ node: { slug: draft.slug } });
    expect((await member.gql(`query { practiceReviewQueue { totalCount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
