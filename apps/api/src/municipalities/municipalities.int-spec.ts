import { buildMunicipality, buildProgramme, uniqueTag } from '../../test/factories/municipality.factory.js';
import { countQueries } from '../../test/query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const LIST = `
  query List($filter: MunicipalityFilter, $first: Int, $after: String) {
    municipalities(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { slug name kind region programmes { slug } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type ListResult = {
  municipalities: {
    totalCount: number;
    edges: { cursor: string; node: { slug: string; name: string; kind: string; region: string; programmes: { slug: string }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('municipalities over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('filters by region and kind and counts all matches', async () => {
    const tag = uniqueTag();
    await buildMunicipality(t.dataSource, { name: `${tag} Nord`, region: 'freiburg', kind: 'town' });
    await buildMunicipality(t.dataSource, { name: `${tag} Süd`, region: 'freiburg', kind: 'district' });
    await buildMunicipality(t.dataSource, { name: `${tag} Ost`, region: 'stuttgart', kind: 'town' });

    const inFreiburg = await t.gql<ListResult>(LIST, { filter: { search: tag, region: 'FREIBURG' } });
    expect(inFreiburg.errors).toBeUndefined();
    expect(inFreiburg.data!.municipalities.totalCount).toBe(2);
    expect(inFreiburg.data!.municipalities.edges.map((e) => e.node.name)).toEqual([`${tag} Nord`, `${tag} Süd`]);

    const towns = await t.gql<ListResult>(LIST, { filter: { search: tag, region: 'FREIBURG', kind: 'TOWN' } });
    expect(towns.data!.municipalities.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ name: `${tag} Nord`, kind: 'TOWN', region: 'FREIBURG' }),
    ]);
  });

  it('finds places by name regardless of accents and case, and by member towns', async () => {
    const tag = uniqueTag();
    await buildMunicipality(t.dataSource, { name: `Lörrach ${tag}` });
    await buildMunicipality(t.dataSource, { name: `Verband ${tag}`, kind: 'association', members: ['Rümmingen', 'Binzen'] });

    const byName = await t.gql<ListResult>(LIST, { filter: { search: `LORRACH ${tag}` } });
    expect(byName.data!.municipalities.edges.map((e) => e.node.name)).toEqual([`Lörrach ${tag}`]);

    const byMember = await t.gql<ListResult>(LIST, { filter: { search: `${tag}` } });
    expect(byMember.data!.municipalities.totalCount).toBe(2);
    const member = await t.gql<ListResult>(LIST, { filter: { search: 'rümmingen' } });
    expect(member.data!.municipalities.edges.map((e) => e.node.name)).toContain(`Verband ${tag}`);
  });

  it('treats LIKE wildcards in the search text as plain characters', async () => {
    const tag = uniqueTag();
    await buildMunicipality(t.dataSource, { name: `${tag} Stadt` });
    const wildcard = await t.gql<ListResult>(LIST, { filter: { search: `${tag.slice(0, 3)}%${tag.slice(4)}` } });
    expect(wildcard.data!.municipalities.totalCount).toBe(0);
  });

  it('walks all pages with cursors, without gaps or repeats', async () => {
    const tag = uniqueTag();
    const names = ['Aach', 'Bad Boll', 'Calw', 'Donzdorf', 'Eningen'].map((n) => `${tag} ${n}`);
    for (const name of [...names].reverse()) await buildMunicipality(t.dataSource, { name });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof t.gql<ListResult>>> = await t.gql<ListResult>(LIST, { filter: { search: tag }, first: 2, after });
      expect(page.errors).toBeUndefined();
      const connection = page.data!.municipalities;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((e) => e.node.name));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(names);
  });

  it('refuses a page size above the maximum, naming the maximum', async () => {
    const result = await t.gql(LIST, { first: 101 });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/at most 100/);
  });

  it('refuses a forged cursor and a zero page size with BAD_USER_INPUT', async () => {
    for (const variables of [{ after: 'bm90LWEtY3Vyc29y' }, { first: 0 }]) {
      const result = await t.gql(LIST, variables);
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses an unknown region value with a validation error naming it', async () => {
    const result = await t.gql(LIST, { filter: { region: 'BAVARIA' } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('BAVARIA');
  });

  it('shows one municipality by slug with the programmes it takes part in', async () => {
    const m = await buildMunicipality(t.dataSource, { name: 'Landkreis Test', kind: 'district', seat: 'Teststadt', region: 'freiburg' });
    const programme = await buildProgramme(t.dataSource, [m.id]);
    const result = await t.gql(
      `query One($slug: String!) { municipality(slug: $slug) { name kind region seat members programmes { slug name participantCount municipalities { slug } } } }`,
      { slug: m.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.municipality).toEqual({
      name: 'Landkreis Test',
      kind: 'DISTRICT',
      region: 'FREIBURG',
      seat: 'Teststadt',
      members: [],
      programmes: [{ slug: programme.slug, name: programme.name, participantCount: 1, municipalities: [{ slug: m.slug }] }],
    });
  });

  it('answers an unknown slug with NOT_FOUND and a readable message', async () => {
    const result = await t.gql(`{ municipality(slug: "atlantis") { name } }`);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'Municipality "atlantis" was not found.', extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
    ]);
  });

  it('uses the same number of SQL statements for a page of 2 and a page of 40, programmes included', async () => {
    const tag = uniqueTag();
    const created = [];
    for (let i = 0; i < 40; i++) created.push(await buildMunicipality(t.dataSource, { name: `${tag} ${String(i).padStart(2, '0')}` }));
    await buildProgramme(t.dataSource, created.map((m) => m.id));
    const counter = countQueries(t.dataSource);
    try {
      await t.gql(LIST, { filter: { search: tag }, first: 2 });
      const small = counter.count;
      counter.reset();
      const big = await t.gql<ListResult>(LIST, { filter: { search: tag }, first: 40 });
      expect(big.data!.municipalities.edges).toHaveLength(40);
      expect(big.data!.municipalities.edges.every((e) => e.node.programmes.length === 1)).toBe(true);
      expect(counter.count).toBe(small);
      expect(small).toBeLessThanOrEqual(4);
    } finally {
      counter.restore();
    }
  });
});
