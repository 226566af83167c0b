import { type EntityManager } from 'typeorm';
import { loadConfig } from '../core/config/config.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_THREADS } from './demo-discussions.js';
import { seedBaseData } from './seed-base-data.js';
import { readSeedData } from './seed-data.js';
import { seedDemoDiscussions } from './seed-demo-discussions.js';
import { seedDemoPractices } from './seed-demo-practices.js';

class Rollback extends Error {}

describe('demo discussions seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedBaseData(t.dataSource, await readSeedData(loadConfig({}).seedDataDir));
  });
  afterAll(() => t.close());

  /** Runs inside a transaction that is rolled back, so other suites sharing the database never see the examples. */
  async function inRolledBackTransaction(work: (tx: EntityManager) => Promise<void>) {
    await expect(
      t.dataSource.transaction(async (tx) => {
        await work(tx);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
  }

  it('adds example threads in topics, the programme and three practices, with replies, reactions, mentions and one accepted answer, once', async () => {
    await inRolledBackTransaction(async (tx) => {
      await seedDemoPractices(tx);
      expect(await seedDemoDiscussions(tx)).toBe(DEMO_THREADS.length);
      expect(await seedDemoDiscussions(tx)).toBe(0);
      const titles = DEMO_THREADS.map((d) => d.title);
      const [stats] = await tx.query<Record<string, number>[]>(
        `SELECT count(*)::int AS threads, count(*) FILTER (WHERE is_example)::int AS examples,
                count(DISTINCT space_id) FILTER (WHERE space_type = 'practice')::int AS practices,
                count(*) FILTER (WHERE space_type = 'programme')::int AS programme,
                count(*) FILTER (WHERE accepted_post_id IS NOT NULL)::int AS accepted,
                count(*) FILTER (WHERE post_count <> (SELECT count(*) FROM post p WHERE p.thread_id = t.id) OR last_post_number <> post_count)::int AS miscounted,
                (SELECT count(*)::int FROM post p JOIN thread x ON x.id = p.thread_id
                  WHERE x.title = ANY($1::text[]) AND p.helpful_count <> (SELECT count(*) FROM post_reaction r WHERE r.post_id = p.id)) AS wrong_helpful,
                (SELECT count(*)::int FROM post_mention m JOIN post p ON p.id = m.post_id JOIN thread x ON x.id = p.thread_id WHERE x.title = ANY($1::text[])) AS mentions
           FROM thread t WHERE t.title = ANY($1::text[])`,
        [titles],
      );
      expect(stats).toEqual({ threads: DEMO_THREADS.length, examples: DEMO_THREADS.length, practices: 3, programme: 1, accepted: 1, miscounted: 0, wrong_helpful: 0, mentions: 2 });
      // The accepted answer is a reply of a question, and the body carries the mention markup.
      const [accepted] = await tx.query<{ kind: string; number: number }[]>(
        `SELECT t.kind, p.number FROM thread t JOIN post p ON p.id = t.accepted_post_id WHERE t.title = ANY($1::text[])`,
        [titles],
      );
      expect(accepted.kind).toBe('question');
      expect(accepted.number).toBeGreaterThan(1);
      const [mentioned] = await tx.query<{ body: string }[]>(
        `SELECT p.body FROM post p JOIN post_mention m ON m.post_id = p.id JOIN thread x ON x.id = p.thread_id WHERE x.title = ANY($1::text[]) LIMIT 1`,
        [titles],
      );
      expect(mentioned.body).toMatch(/@\[Sabine Wolf\]\([0-9a-f-]{36}\)/);
    });
  });
});
