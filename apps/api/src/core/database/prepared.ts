import { createHash } from 'node:crypto';
import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';

/**
 * Runs a hot read as a named prepared statement, so PostgreSQL parses and plans it once per
 * connection rather than on every request (TypeORM's `query()` cannot name statements). It tells
 * TypeORM's logger like `query()` does, so statement counts in tests still see it.
 *
 * The embedded database (pool of one, see `poolOptions`) serves every client in one PGlite
 * session, where a name prepared by one client would collide with the next: there the statement
 * stays unnamed, as it does without a name.
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string | undefined, text: string, values: unknown[]): Promise<T[]> {
  dataSource.logger.logQuery(text, values);
  const pool = poolOf(dataSource);
  const shared = (pool.options.max ?? 10) <= 1;
  const result = await pool.query(shared || name === undefined ? { text, values } : { name, text, values });
  return result.rows as T[];
}

/** Names given to statement shapes so far (see shapedQuery); bounded, as each costs memory in every backend. */
const shapeNames = new Map<string, string>();
export const SHAPED_STATEMENTS_MAX = 200;

/**
 * Like `preparedQuery` for a read whose SQL is built from the request (filters present, sort,
 * keyset), named after a hash of its text: each shape is planned once per connection instead of
 * on every request. Filter combinations multiply, and a prepared statement stays in its backend for
 * the connection's life, so only the first SHAPED_STATEMENTS_MAX shapes get a name; later ones run
 * unnamed (planned every time, as without this).
 */
export async function shapedQuery<T>(dataSource: DataSource, prefix: string, text: string, values: unknown[]): Promise<T[]> {
  let name = shapeNames.get(text);
  if (name === undefined && shapeNames.size < SHAPED_STATEMENTS_MAX) {
    name = shapeName(prefix, text);
    shapeNames.set(text, name);
  }
  return preparedQuery<T>(dataSource, name, text, values);
}

/** The name `shapedQuery` gives a statement text. */
export function shapeName(prefix: string, text: string): string {
  return `${prefix}.${createHash('sha1').update(text).digest('base64url').slice(0, 16)}`;
}

function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
