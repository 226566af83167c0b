import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { pino } from 'pino';
import { type DataSource, type EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { loadConfig } from '../../core/config/config.js';
import { DEMO_THREADS } from '../../seed/demo-discussions.js';
import { DEMO_PRACTICES } from '../../seed/demo-practices.js';
import { seedBaseData } from '../../seed/seed-base-data.js';
import { readSeedData } from '../../seed/seed-data.js';
import { seedDemoDiscussions } from '../../seed/seed-demo-discussions.js';
import { seedDemoPractices } from '../../seed/seed-demo-practices.js';
import { type DocumentRef, SearchDocumentSource } from '../documents/search-document.source.js';
import { MeilisearchSearch } from '../engines/meilisearch-search.js';
import { PostgresSearch } from '../engines/postgres-search.js';
import { type SearchDocument, type SearchPort } from '../search.port.js';
import { formatRelevanceReport, type QueryOutcome, RELEVANCE_DEPTH, type RelevanceFigures, refLabel, scoreRelevance } from './relevance-report.js';
import { RELEVANCE_SET, type RelevanceRef } from './relevance-set.js';

/*
 * Runs the relevance set (relevance-set.ts) against the engines and reports recall@10 and the top-3
 * share. The thresholds guard against regressions: they sit just below what the engine reached when
 * the set was first run, so a change that makes search worse fails here. Raise them when the engine
 * gets better; never lower them to let a regression through, and never drop an expectation to pass.
 *
 * Measured for PostgresSearch (search branch at 99668bb, 86 queries, 145 expected documents):
 * PostgreSQL 15: recall@10 81.4 % (118/145), top-3 share 83.7 % (72/86);
 * PGlite (PostgreSQL 18, newer German stemmer folds "ue" itself): 82.1 %, 84.9 % ("Buergerhaus" passes).
 * Misses at that point: synonym terms that occur in no document are "corrected" to a near word before
 * synonym expansion; every query word must match (English words without a synonym find nothing).
 * After synonyms before typo correction and the fallback to some words when none has all
 * (2026-11-29): PostgreSQL 15 recall@10 92.4 %, top-3 share 95.3 %; remaining misses are discussion
 * replies worded differently from the query and "Integrationslotsen Landkreis" (a town's practice).
 * MeilisearchSearch has not been measured here yet (no server on the machine): same floor until it is.
 */
const POSTGRES_MIN = { recallAt10: 0.9, top3Share: 0.93 };
const MEILISEARCH_MIN = { recallAt10: 0.8, top3Share: 0.82 };

class Rollback extends Error {}

interface DemoIndex {
  documents: SearchDocument[];
  /** Document id (`kind:uuid`) by the label of the demo document (refLabel). */
  idByLabel: Map<string, string>;
  labelById: Map<string, string>;
}

/**
 * Seeds the example practices and discussions inside a transaction, builds their search documents
 * there, and rolls back: the test database is shared, and the seed suites count the examples they add.
 * The document source reads through the transaction (it only needs `query`), so it sees the rows.
 */
async function buildDemoDocuments(dataSource: DataSource, municipalitySlugs: string[]): Promise<DemoIndex> {
  let built: DemoIndex | null = null;
  await dataSource
    .transaction(async (tx: EntityManager) => {
      await seedDemoPractices(tx);
      await seedDemoDiscussions(tx);
      const labelled: { label: string; ref: DocumentRef }[] = [];
      const practices = await tx.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM practice WHERE slug = ANY($1::text[])`, [DEMO_PRACTICES.map((p) => p.slug)]);
      for (const p of practices) labelled.push({ label: refLabel({ kind: 'practice', slug: p.slug }), ref: { kind: 'practice', id: p.id } });
      const posts = await tx.query<{ id: string; thread_id: string; title: string; number: number }[]>(
        `SELECT p.id, p.thread_id, t.title, p.number FROM thread t JOIN post p ON p.thread_id = t.id WHERE t.is_example AND t.title = ANY($1::text[])`,
        [DEMO_THREADS.map((d) => d.title)],
      );
      for (const p of posts) {
        // The first post is the thread's own document; replies have one each.
        if (p.number === 1) labelled.push({ label: refLabel({ kind: 'thread', title: p.title }), ref: { kind: 'thread', id: p.thread_id } });
        else labelled.push({ label: refLabel({ kind: 'post', thread: p.title, number: p.number }), ref: { kind: 'post', id: p.id } });
      }
      const municipalities = await tx.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM municipality WHERE slug = ANY($1::text[])`, [municipalitySlugs]);
      for (const m of municipalities) labelled.push({ label: refLabel({ kind: 'municipality', slug: m.slug }), ref: { kind: 'municipality', id: m.id } });

      const source = new SearchDocumentSource({ query: (sql: string, params?: unknown[]) => tx.query(sql, params) } as unknown as DataSource);
      const { documents } = await source.build(labelled.map((l) => l.ref));
      const indexed = new Set(documents.map((d) => d.id));
      const idByLabel = new Map<string, string>();
      for (const { label, ref } of labelled) if (indexed.has(`${ref.kind}:${ref.id}`)) idByLabel.set(label, `${ref.kind}:${ref.id}`);
      built = { documents, idByLabel, labelById: new Map([...idByLabel].map(([label, id]) => [id, label])) };
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  if (!built) throw new Error('the demo documents were not built');
  return built;
}

/** Runs every query of the set like the search page does (relevance, no filters, first page). */
async function measure(port: SearchPort, demo: DemoIndex): Promise<RelevanceFigures> {
  const outcomes: QueryOutcome[] = [];
  for (const query of RELEVANCE_SET) {
    const result = await port.search({ text: query.query, filters: {}, sort: 'relevance', offset: 0, limit: RELEVANCE_DEPTH });
    outcomes.push({ query, hits: result.hits.map((h) => demo.labelById.get(h.id) ?? h.id), correctedQuery: result.correctedQuery });
  }
  return scoreRelevance(outcomes);
}

const indexName = () => `relevance_${randomBytes(5).toString('hex')}`;

describe('search relevance over the demo data', () => {
  let t: TestApp;
  let demo: DemoIndex;

  beforeAll(async () => {
    t = await startTestApp();
    const seed = await readSeedData(loadConfig({}).seedDataDir);
    await seedBaseData(t.dataSource, seed);
    demo = await buildDemoDocuments(
      t.dataSource,
      seed.municipalities.map((m) => m.slug),
    );
  }, 120_000);
  afterAll(() => t.close());

  it('expects only documents the index holds: published practices, visible threads and replies, municipalities', () => {
    const refs: RelevanceRef[] = RELEVANCE_SET.flatMap((q) => q.expect);
    expect(refs.map(refLabel).filter((label) => !demo.idByLabel.has(label))).toEqual([]);
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(45);
    // Every document kind is in the index, so a query can find any of them.
    expect(new Set(demo.documents.map((d) => d.kind))).toEqual(new Set(['practice', 'thread', 'post', 'municipality']));
  });

  describe('PostgresSearch', () => {
    let port: PostgresSearch;
    beforeAll(async () => {
      port = new PostgresSearch(t.dataSource, { indexName: indexName() });
      await port.index(demo.documents);
    }, 120_000);
    afterAll(() => port.clear());

    it(`reaches recall@10 ≥ ${POSTGRES_MIN.recallAt10} and a top-3 share ≥ ${POSTGRES_MIN.top3Share}`, async () => {
      const result = await measure(port, demo);
      console.log(formatRelevanceReport('PostgresSearch', result));
      expect(result.recallAt10).toBeGreaterThanOrEqual(POSTGRES_MIN.recallAt10);
      expect(result.top3Share).toBeGreaterThanOrEqual(POSTGRES_MIN.top3Share);
    }, 120_000);
  });

  const meiliHost = process.env.MEILI_HOST;
  if (!meiliHost) {
    it.skip('MeilisearchSearch relevance skipped: MEILI_HOST not set', () => undefined);
    return;
  }

  describe('MeilisearchSearch', () => {
    const apiKey = process.env.MEILI_MASTER_KEY;
    const name = indexName();
    let port: MeilisearchSearch;
    beforeAll(async () => {
      port = new MeilisearchSearch({ host: meiliHost, apiKey, indexName: name, logger: pino({ level: 'silent' }), requestTimeoutMs: 10_000 });
      await port.index(demo.documents);
    }, 120_000);
    // The private index is dropped, not only emptied: a Meilisearch server keeps every index it was given.
    afterAll(async () => void (await new Meilisearch({ host: meiliHost, apiKey }).deleteIndex(name).waitTask({ timeout: 30_000 })), 60_000);

    it(`reaches recall@10 ≥ ${MEILISEARCH_MIN.recallAt10} and a top-3 share ≥ ${MEILISEARCH_MIN.top3Share}`, async () => {
      const result = await measure(port, demo);
      console.log(formatRelevanceReport('MeilisearchSearch', result));
      expect(result.recallAt10).toBeGreaterThanOrEqual(MEILISEARCH_MIN.recallAt10);
      expect(result.top3Share).toBeGreaterThanOrEqual(MEILISEARCH_MIN.top3Share);
    }, 120_000);
  });
});
