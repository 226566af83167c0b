import { type DataSource } from 'typeorm';
import { planCacheDataSource, planCacheTestable } from '../../../test/plan-cache.js';
import { SHAPED_STATEMENTS_MAX, shapedQuery } from './prepared.js';

// The embedded database runs every statement unnamed (one shared session).
(planCacheTestable ? describe : describe.skip)('shapedQuery on PostgreSQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await planCacheDataSource();
  });
  afterAll(() => dataSource?.destroy());

  it('prepares at most SHAPED_STATEMENTS_MAX shapes, and still answers the ones beyond', async () => {
    const prepared = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM pg_prepared_statements WHERE starts_with(name, 'test.shape.')`))[0].n);
    for (let i = 0; i < SHAPED_STATEMENTS_MAX + 20; i++) {
      // One at a time on a pool of two: every statement lands on the session the count reads.
      expect(await shapedQuery<{ n: number }>(dataSource, 'test.shape', `SELECT $1::int + ${i} AS n`, [1])).toEqual([{ n: i + 1 }]);
    }
    expect(await prepared()).toBe(SHAPED_STATEMENTS_MAX);
    // A known shape keeps its name: running it again prepares nothing new.
    await shapedQuery(dataSource, 'test.shape', `SELECT $1::int + 0 AS n`, [1]);
    expect(await prepared()).toBe(SHAPED_STATEMENTS_MAX);
  });
});
