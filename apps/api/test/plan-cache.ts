import { type Pool } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * For tests that show a hot read keeps one generic plan per connection. PostgreSQL plans a named
 * prepared statement once only if that generic plan is estimated no dearer than plans for the
 * actual values; otherwise it plans on every execution, which costs about as much CPU as running it.
 * It tries plans for the actual values five times before it settles, so run a statement more often.
 *
 * The embedded database runs these statements unnamed (one shared session): no plan cache to see.
 */
export const planCacheTestable = process.env.TEST_DATABASE_EMBEDDED !== '1';

/**
 * A pool of at most two connections, used one after the other: every statement lands on one session.
 * `entities` for factories that save through TypeORM repositories.
 */
export async function planCacheDataSource(entities: DataSourceOptions['entities'] = []): Promise<DataSource> {
  const dataSource = new DataSource({ type: 'postgres', url: process.env.TEST_DATABASE_URL, entities, extra: { max: 2 } });
  return dataSource.initialize();
}

/**
 * The prepared statements whose names start with `prefix`, each with whether it ran on a generic
 * plan, over both connections of the pool (a repository may run two reads side by side).
 */
export async function genericPlans(dataSource: DataSource, prefix: string): Promise<[string, boolean][]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const clients = await Promise.all([pool.connect(), pool.connect()]);
  const generic = new Map<string, boolean>();
  try {
    for (const client of clients) {
      const { rows } = await client.query<{ name: string; generic_plans: string }>(
        `SELECT name, generic_plans FROM pg_prepared_statements WHERE starts_with(name, $1)`,
        [prefix],
      );
      for (const row of rows) generic.set(row.name, (generic.get(row.name) ?? false) || Number(row.generic_plans) > 0);
    }
  } finally {
    for (const client of clients) client.release();
  }
  return [...generic].sort(([a], [b]) => a.localeCompare(b));
}
