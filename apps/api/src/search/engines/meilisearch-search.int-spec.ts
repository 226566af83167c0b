import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { Meilisearch, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { pino } from 'pino';
import { describeSearchPortContract } from '../search-port.contract.js';
import { type SearchDocument, type SearchPort, type SearchQuery, type SearchResult, type SearchSuggestion } from '../search.port.js';
import { FallbackSearch } from './fallback-search.js';
import { MeilisearchSearch } from './meilisearch-search.js';

const MEILI_HOST = process.env.MEILI_HOST;
const MEILI_KEY = process.env.MEILI_MASTER_KEY;
const logger = pino({ level: 'silent' });

function doc(overrides: Partial<SearchDocument> & { id: string }): SearchDocument {
  const [kind, sourceId] = overrides.id.split(':') as [SearchDocument['kind'], string];
  return {
    kind,
    sourceId,
    version: 1,
    title: 'Ohne Titel',
    summary: '',
    body: '',
    tags: [],
    path: `/praxisbeispiele/${sourceId}`,
    context: null,
    topics: [],
    municipalities: [],
    regions: [],
    municipalityKinds: [],
    status: null,
    hasResults: false,
    adopted: false,
    date: '2024-01-01T00:00:00.000Z',
    isExample: false,
    ...overrides,
  };
}

const query = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({ text, filters: {}, sort: 'relevance', offset: 0, limit: 20, ...extra });
const plain = (result: SearchResult) => result.hits.map((hit) => hit.title.map((part) => part.text).join(''));

/** A port whose server refuses connections: a port that was just free. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('MeilisearchSearch without a reachable server', () => {
  let hanging: Server;
  let hangingPort: number;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // Accepts connections and never answers: a hung Meilisearch.
    hanging = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    hangingPort = (hanging.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
  });

  it('fails a search at once when the connection is refused', async () => {
    const meili = new MeilisearchSearch({ host: `http://127.0.0.1:${await closedPort()}`, logger });
    const started = Date.now();
    await expect(meili.search(query('Sprachcafé'))).rejects.toBeInstanceOf(MeilisearchRequestError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives up on a server that does not answer after the request timeout', async () => {
    const meili = new MeilisearchSearch({ host: `http://127.0.0.1:${hangingPort}`, logger, requestTimeoutMs: 300 });
    const started = Date.now();
    const error: unknown = await meili.suggest('Sprach', 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect((error as Error).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rejects writes, so the outbox keeps the event and retries', async () => {
    const meili = new MeilisearchSearch({ host: `http://127.0.0.1:${await closedPort()}`, logger });
    await expect(meili.index([doc({ id: 'practice:1' })])).rejects.toBeInstanceOf(MeilisearchRequestError);
    await expect(meili.remove([{ id: 'practice:1', version: 2 }])).rejects.toBeInstanceOf(MeilisearchRequestError);
  });

  it('reports itself unreachable in health, naming the cause', async () => {
    const meili = new MeilisearchSearch({ host: `http://127.0.0.1:${await closedPort()}`, logger });
    const health = await meili.health();
    expect(health).toMatchObject({ ok: false, engine: 'meilisearch' });
    expect(health.detail).toMatch(/^unreachable: MeilisearchRequestError: .*ECONNREFUSED/);
  });

  it('lets FallbackSearch answer from the other engine', async () => {
    const meili = new MeilisearchSearch({ host: `http://127.0.0.1:${await closedPort()}`, logger });
    const answer: SearchResult = {
      total: 1,
      hits: [{ id: 'practice:1', kind: 'practice', sourceId: '1', title: [{ text: 'Sprachcafé', match: true }], snippet: [], path: '/p/1', context: null, date: '2024-01-01T00:00:00.000Z', isExample: false }],
      facets: { kinds: [], topics: [], municipalities: [], regions: [], municipalityKinds: [], statuses: [], hasResults: 0, adopted: 0 },
      correctedQuery: null,
    };
    const suggestions: SearchSuggestion[] = [{ type: 'document', text: 'Sprachcafé', kind: 'practice', path: '/p/1' }];
    const postgres: SearchPort = {
      engine: 'postgres',
      index: () => Promise.resolve(),
      remove: () => Promise.resolve(),
      search: () => Promise.resolve(answer),
      suggest: () => Promise.resolve(suggestions),
      health: () => Promise.resolve({ ok: true, engine: 'postgres' }),
      clear: () => Promise.resolve(),
    };
    const search = new FallbackSearch(meili, postgres, logger);
    expect(await search.search(query('Sprachcafé'))).toBe(answer);
    expect(await search.suggest('Spr', 5)).toBe(suggestions);
    expect(await search.health()).toMatchObject({ ok: true, engine: 'meilisearch', detail: expect.stringMatching(/^meilisearch down .*answering from postgres; postgres ok$/) });
  });
});

if (!MEILI_HOST) {
  console.warn('Meilisearch contract tests skipped: MEILI_HOST not set');
  describe('MeilisearchSearch against a server', () => {
    it.skip('Meilisearch contract tests skipped: MEILI_HOST not set', () => undefined);
  });
} else {
  const host = MEILI_HOST;
  const admin = new Meilisearch({ host, apiKey: MEILI_KEY });

  /** A fresh index per suite, settings applied, dropped afterwards. */
  async function freshEngine(): Promise<{ port: MeilisearchSearch; teardown: () => Promise<void> }> {
    const indexName = `test_${randomUUID().replaceAll('-', '')}`;
    const port = new MeilisearchSearch({ host, apiKey: MEILI_KEY, indexName, logger, requestTimeoutMs: 10_000 });
    await port.ensureSettings();
    return { port, teardown: async () => void (await admin.deleteIndex(indexName).waitTask({ timeout: 30_000 })) };
  }

  describeSearchPortContract('meilisearch', freshEngine);

  describe('MeilisearchSearch against a server', () => {
    let meili: MeilisearchSearch;
    let teardown: () => Promise<void>;
    beforeAll(async () => {
      ({ port: meili, teardown } = await freshEngine());
    }, 120_000);
    afterAll(async () => teardown());
    beforeEach(async () => meili.clear());

    it('applies its settings once: a second ensureSettings enqueues no task', async () => {
      const settingsTasks = async () => (await admin.tasks.getTasks({ indexUids: [meili.indexName], types: ['settingsUpdate'] })).total;
      const before = await settingsTasks();
      expect(await meili.ensureSettings()).toEqual([]);
      expect(await settingsTasks()).toBe(before);
      expect(before).toBeGreaterThan(0);
    });

    it('keeps a stored higher version against a late index and a late remove', async () => {
      await meili.index([doc({ id: 'practice:a', version: 5, title: 'Sprachcafé neu' })]);
      await meili.index([doc({ id: 'practice:a', version: 4, title: 'Sprachcafé alt' })]);
      expect(plain(await meili.search(query('Sprachcafé')))).toEqual(['Sprachcafé neu']);
      await meili.remove([{ id: 'practice:a', version: 3 }]);
      expect(plain(await meili.search(query('Sprachcafé')))).toEqual(['Sprachcafé neu']);
      await meili.remove([{ id: 'practice:a', version: 6 }]);
      expect((await meili.search(query('Sprachcafé'))).total).toBe(0);
      // Built before the removal, delivered after it: stays out.
      await meili.index([doc({ id: 'practice:a', version: 5, title: 'Sprachcafé neu' })]);
      expect((await meili.search(query(''))).total).toBe(0);
      await meili.index([doc({ id: 'practice:a', version: 7, title: 'Sprachcafé wieder da' })]);
      expect(plain(await meili.search(query('Sprachcafé')))).toEqual(['Sprachcafé wieder da']);
    });

    it('returns our ids, highlights as parts and a cropped snippet', async () => {
      const id = `post:${randomUUID()}`;
      await meili.index([doc({ id, title: 'Frage zum <b>Sprachcafé</b>', body: `${'Vorher. '.repeat(40)}Wir suchen Ehrenamtliche für das Sprachcafé am Montag.` })]);
      const [hit] = (await meili.search(query('Sprachcafé'))).hits;
      expect(hit).toMatchObject({ id, kind: 'post', sourceId: id.slice(5) });
      expect(hit.title).toEqual([
        { text: 'Frage zum <b>', match: false },
        { text: 'Sprachcafé', match: true },
        { text: '</b>', match: false },
      ]);
      expect(hit.snippet.some((part) => part.match && part.text === 'Sprachcafé')).toBe(true);
      expect(hit.snippet[0].text.startsWith('…')).toBe(true);
    });

    it('finds synonyms and the other umlaut spelling', async () => {
      await meili.index([
        doc({ id: 'practice:s', title: 'Sprachcafé in Giengen' }),
        doc({ id: 'practice:g', title: 'Wohnungen für Geflüchtete' }),
      ]);
      expect(plain(await meili.search(query('Sprachtreff')))).toEqual(['Sprachcafé in Giengen']);
      expect(plain(await meili.search(query('Gefluechtete')))).toEqual(['Wohnungen für Geflüchtete']);
    });

    it('counts facets disjunctively and filters safely', async () => {
      await meili.index([
        doc({ id: 'practice:1', title: 'Lotsen eins', topics: ['sprache'], regions: ['stuttgart'] }),
        doc({ id: 'practice:2', title: 'Lotsen zwei', topics: ['arbeit'], regions: ['stuttgart'] }),
        doc({ id: 'practice:3', title: 'Lotsen drei', topics: ['arbeit'], regions: ['tuebingen'] }),
      ]);
      const result = await meili.search(query('Lotsen', { filters: { topics: ['sprache'], regions: ['stuttgart'] } }));
      expect(plain(result)).toEqual(['Lotsen eins']);
      expect(result.facets.topics).toEqual([
        { value: 'arbeit', count: 1 },
        { value: 'sprache', count: 1 },
      ]);
      expect(result.facets.regions).toEqual([{ value: 'stuttgart', count: 1 }]);
      const hostile = await meili.search(query('Lotsen', { filters: { topics: ['x" OR removed = true OR topics = "y', '\\'] } }));
      expect(hostile.total).toBe(0);
    });

    it('sorts strictly by date when asked, and browses newest first without a query', async () => {
      await meili.index([
        doc({ id: 'thread:old', title: 'Integrationslotsen im Landkreis', date: '2022-01-01T00:00:00.000Z' }),
        doc({ id: 'thread:new', title: 'Lotsen', body: 'Integrationslotsen', date: '2024-01-01T00:00:00.000Z' }),
      ]);
      expect((await meili.search(query('Integrationslotsen', { sort: 'date' }))).hits.map((h) => h.id)).toEqual(['thread:new', 'thread:old']);
      expect((await meili.search(query(''))).hits.map((h) => h.id)).toEqual(['thread:new', 'thread:old']);
      const page2 = await meili.search(query('', { offset: 1, limit: 1 }));
      expect(page2).toMatchObject({ total: 2, hits: [{ id: 'thread:old' }] });
      expect((await meili.search(query('', { offset: 40, limit: 20 }))).hits).toEqual([]);
    });

    it('suggests titles as documents while typing', async () => {
      await meili.index([doc({ id: 'practice:s', title: 'Sprachcafé in Giengen', path: '/praxisbeispiele/sprachcafe' })]);
      expect(await meili.suggest('Sprachc', 5)).toEqual([{ type: 'document', text: 'Sprachcafé in Giengen', kind: 'practice', path: '/praxisbeispiele/sprachcafe' }]);
      expect(await meili.suggest('S', 5)).toEqual([]);
    });

    it('reports health, and a missing index as not ok', async () => {
      expect(await meili.health()).toEqual({ ok: true, engine: 'meilisearch' });
      const missing = new MeilisearchSearch({ host, apiKey: MEILI_KEY, indexName: `missing_${randomUUID().slice(0, 8)}`, logger });
      expect(await missing.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/does not exist/) });
    });
  });
}
