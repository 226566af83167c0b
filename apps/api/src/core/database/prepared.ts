import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';

/**
 * Runs a hot read as a named prepared statement, so PostgreSQL parses and plans it once per
 * connection rather than on every request (TypeORM's `query()` cannot name statements). It tells
 * TypeORM's logger like `query()` does, so statement counts in tests still see it.
 *
 * The embedded database (pool of one, see `poolOptions`) serves every client in one PGlite
 * session, where a name prepared by one client would collide with the next: there the statement
 * stays unnamed.
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const shared = (pool.options.max ?? 10) <= 1;
  const result = await pool.query(shared ? { text, values } : { name, text, values });
  return result.rows as T[];
}
