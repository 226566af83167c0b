import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildSearchDocument } from '../../../test/factories/search-document.factory.js';
import { poolOptions } from '../../core/database/database-target.js';
import { describeSearchPortContract } from '../search-port.contract.js';
import { type SearchQuery } from '../search.port.js';
import { PostgresSearch } from './postgres-search.js';

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = new DataSource({
    type: 'postgres',
    url: process.env.TEST_DATABASE_URL,
    extra: poolOptions({ embedded: process.env.TEST_DATABASE_EMBEDDED === '1' }),
  });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource?.destroy();
});

/** A port on an index of its own: tests share the database, never an index. */
function freshIndex() {
  const indexName = `test_${randomUUID().slice(0, 8)}`;
  const port = new PostgresSearch(dataSource, { indexName });
  return Promise.resolve({ port, teardown: () => port.clear() });
}

describeSearchPortContract('postgres', freshIndex);

describe('PostgresSearch', () => {
  let port: PostgresSearch;
  beforeEach(async () => {
    ({ port } = await freshIndex());
  });
  const search = (text: string, extra: Partial<SearchQuery> = {}) => port.search({ text, filters: {}, sort: 'relevance', offset: 0, limit: 20, ...extra });
  const ids = (text: string) => search(text).then((r) => r.hits.map((h) => h.id));

  it('says which words it corrected ("did you mean")', async () => {
    await port.index([buildSearchDocument({ title: 'Integration durch Sport' })]);
    expect((await search('Integartion Sport')).correctedQuery).toBe('integration Sport');
    expect((await search('Integration Sport')).correctedQuery).toBeNull();
  });

  it('corrects two swapped letters in a short word, in searches and suggestions', async () => {
    const doc = buildSearchDocument({ title: 'Deutsch lernen im Sprachcafé' });
    await port.index([doc, buildSearchDocument({ title: 'Deutschkurse für Eltern' }), buildSearchDocument({ title: 'Gemeinschaftsgarten' })]);
    const result = await search('Deutcsh lernen');
    expect(result.correctedQuery).toBe('deutsch lernen');
    expect(result.hits.map((h) => h.id)).toEqual([doc.id]);
    expect((await port.suggest('Deutcsh', 5)).filter((s) => s.type === 'query').map((s) => s.text)).toContain('deutsch');
  });

  it('answers with documents that have some of the words when none has all, most matched words first', async () => {
    const cycling = buildSearchDocument({ title: 'Radfahrkurse für Frauen', body: 'Frauen lernen Radfahren.' });
    const women = buildSearchDocument({ title: 'Frauentreff', body: 'Frauen treffen sich.' });
    const other = buildSearchDocument({ title: 'Hausaufgabenhilfe', body: 'Kinder lernen.' });
    await port.index([cycling, women, other]);
    const result = await search('Frauen Radfahren Zollstock');
    expect(result.hits.map((h) => h.id)).toEqual([cycling.id, women.id]);
    expect(await ids('Zollstock Wasserwaage')).toEqual([]);
  });

  it('finds compounds by a part that is a word of its own', async () => {
    const compound = buildSearchDocument({ title: 'Integrationsplanung im Landkreis' });
    await port.index([compound, buildSearchDocument({ title: 'Sommerfest' })]);
    expect(await ids('Planung ')).toEqual([compound.id]);
    expect((await search('Planung ')).correctedQuery).toBeNull();
  });

  it('understands quoted phrases, exclusions and OR', async () => {
    const table = buildSearchDocument({ title: 'Runder Tisch Integration', body: 'Treffen im Rathaus.' });
    const round = buildSearchDocument({ title: 'Tisch für runde Geburtstage', body: 'Treffen im Rathaus.' });
    const sport = buildSearchDocument({ title: 'Sportverein Integration', body: 'Treffen im Vereinsheim.' });
    await port.index([table, round, sport]);
    expect(await ids('"runder Tisch"')).toEqual([table.id]);
    expect((await ids('Tisch rund')).sort()).toEqual([table.id, round.id].sort());
    expect(await ids('Integration -Sportverein')).toEqual([table.id]);
    expect((await ids('Geburtstage OR Sportverein')).sort()).toEqual([round.id, sport.id].sort());
    expect((await ids('-Rathaus')).sort()).toEqual([sport.id]);
  });

  it('estimates counts from a sample for broad queries, and still pages through all matches', async () => {
    // 2,501 matches: enough for the engine to count a sample (about 1/8) rather than every match.
    const docs = Array.from({ length: 2501 }, (_, i) =>
      buildSearchDocument({
        title: i % 100 === 0 ? `Gemeinschaftsgarten ${i}` : `Treffpunkt ${i}`,
        body: 'Die Gemeinschaft trifft sich im Garten.',
        kind: i % 4 === 0 ? 'thread' : 'post',
        topics: [i % 3 === 0 ? 'sprache' : 'arbeit'],
        date: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      }),
    );
    for (let i = 0; i < docs.length; i += 500) await port.index(docs.slice(i, i + 500));

    const result = await search('Gemeinschaft ');
    expect(result.total).toBeGreaterThan(2500 * 0.6);
    expect(result.total).toBeLessThan(2500 * 1.4);
    const threads = result.facets.kinds.find((k) => k.value === 'thread')!.count;
    expect(threads).toBeGreaterThan(625 * 0.5);
    expect(threads).toBeLessThan(625 * 1.5);
    // The best matches (the word in the title) come first, whatever the sample holds.
    expect(result.hits[0].title.some((p) => p.match)).toBe(true);
    // Newest first is exact, and a deep page is not empty.
    expect((await search('Gemeinschaft ', { sort: 'date', limit: 3 })).hits.map((h) => h.id)).toEqual(docs.slice(-3).reverse().map((d) => d.id));
    expect((await search('Gemeinschaft ', { offset: 700, limit: 20 })).hits).toHaveLength(20);
  }, 120_000);

  it('keeps the vocabulary to live documents: a removed word is no longer suggested', async () => {
    const doc = buildSearchDocument({ title: 'Zauberwürfelturnier', version: 1 });
    await port.index([doc]);
    expect((await port.suggest('Zauberw', 5)).map((s) => s.text.toLowerCase())).toContain('zauberwürfelturnier');
    await port.remove([{ id: doc.id, version: 2 }]);
    expect(await port.suggest('Zauberw', 5)).toEqual([]);
  });

  it('writes the same new document from two writers at once without losing count', async () => {
    const doc = buildSearchDocument({ title: 'Kürbisfest', version: 1 });
    await Promise.all([port.index([doc]), port.index([{ ...doc, version: 2 }]), port.index([doc])]);
    await port.remove([{ id: doc.id, version: 3 }]);
    expect(await port.suggest('Kürbis', 5)).toEqual([]);
  });
});
