import { type AppConfig } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** Where the API's database lives: a PostgreSQL server, or the embedded PGlite. */
export interface DatabaseTarget {
  url: string;
  embedded: boolean;
  /** Human-readable location for logs, without credentials. */
  description: string;
  close(): Promise<void>;
}

export async function openDatabaseTarget(config: AppConfig): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return {
      url: config.databaseUrl,
      embedded: false,
      description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => Promise.resolve(),
    };
  }
  const embedded = await startEmbeddedPostgres(config.pgliteDataDir);
  return { url: embedded.url, embedded: true, description: `embedded PGlite in ${config.pgliteDataDir}`, close: () => embedded.stop() };
}

/**
 * pg pool settings per target. PGlite has a single backend session that its socket server
 * multiplexes message by message, so two pooled connections could interleave the extended
 * protocol or one another's transactions: the API keeps exactly one connection open to it.
 */
export function poolOptions(target: Pick<DatabaseTarget, 'embedded'>): Record<string, unknown> {
  return target.embedded
    ? { max: 1, idleTimeoutMillis: 0, connectionTimeoutMillis: 30_000 }
    : { max: 10, connectionTimeoutMillis: 10_000 };
}
