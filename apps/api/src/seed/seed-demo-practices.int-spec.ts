import { loadConfig } from '../core/config/config.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PRACTICES } from './demo-practices.js';
import { seedBaseData } from './seed-base-data.js';
import { readSeedData } from './seed-data.js';
import { demoRevisions, seedDemoPractices } from './seed-demo-practices.js';

class Rollback extends Error {}

describe('demo practices seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedBaseData(t.dataSource, await readSeedData(loadConfig({}).seedDataDir));
  });
  afterAll(() => t.close());

  /** Runs inside a transaction that is rolled back, so other suites sharing the database never see the examples. */
  async function inRolledBackTransaction(work: (tx: import('typeorm').EntityManager) => Promise<void>) {
    await expect(
      t.dataSource.transaction(async (tx) => {
        await work(tx);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
  }

  it('adds every example practice flagged as example content, with topics, revisions and adoptions, and adds nothing on a second run', async () => {
    await inRolledBackTransaction(async (tx) => {
      expect(await seedDemoPractices(tx)).toBe(DEMO_PRACTICES.length);
      expect(await seedDemoPractices(tx)).toBe(0);
      const [stats] = await tx.query<{ practices: number; examples: number; published: number; untopiced: number; revisions: number; adoptions: number; counted: number }[]>(
        `SELECT count(*)::int AS practices, count(*) FILTER (WHERE is_example)::int AS examples, count(*) FILTER (WHERE state = 'published')::int AS published,
                count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM practice_topic pt WHERE pt.practice_id = p.id))::int AS untopiced,
                (SELECT count(*)::int FROM practice_revision r JOIN practice x ON x.id = r.practice_id WHERE x.slug = ANY($1::text[])) AS revisions,
                (SELECT count(*)::int FROM adoption a JOIN practice x ON x.id = a.practice_id WHERE x.slug = ANY($1::text[]) AND a.is_example) AS adoptions,
                sum(adoption_count)::int AS counted
           FROM practice p WHERE p.slug = ANY($1::text[])`,
        [DEMO_PRACTICES.map((p) => p.slug)],
      );
      const published = DEMO_PRACTICES.filter((p) => p.state === 'published');
      const adoptions = DEMO_PRACTICES.reduce((n, p) => n + p.adoptions.length, 0);
      expect(stats).toEqual({
        practices: DEMO_PRACTICES.length,
        examples: DEMO_PRACTICES.length,
        published: published.length,
        untopiced: 0,
        revisions: published.reduce((n, p) => n + demoRevisions(p).length, 0),
        adoptions,
        counted: adoptions,
      });
    });
  });

  it('keeps an edited example as it is', async () => {
    await inRolledBackTransaction(async (tx) => {
      await seedDemoPractices(tx, DEMO_PRACTICES.slice(0, 1));
      await tx.query(`UPDATE practice SET title = 'Bearbeitet' WHERE slug = $1`, [DEMO_PRACTICES[0].slug]);
      await seedDemoPractices(tx, DEMO_PRACTICES.slice(0, 1));
      const [row] = await tx.query<{ title: string }[]>(`SELECT title FROM practice WHERE slug = $1`, [DEMO_PRACTICES[0].slug]);
      expect(row.title).toBe('Bearbeitet');
    });
  });

  it('gives an example with history one revision per published version, the older ones with the earlier values', () => {
    const withHistory = DEMO_PRACTICES.find((p) => p.state === 'published' && p.history.length > 0)!;
    const revisions = demoRevisions(withHistory);
    expect(revisions).toHaveLength(withHistory.history.length + 1);
    const changed = Object.keys(withHistory.history[0].previous)[0] as keyof typeof revisions[0]['snapshot'];
    expect(revisions[0].snapshot[changed]).not.toEqual(revisions.at(-1)!.snapshot[changed]);
    expect(revisions.map((r) => r.at)).toEqual([...revisions.map((r) => r.at)].sort());
  });
});
