import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { type AppConfig } from '../../core/config/config.js';
import { type SearchPort } from '../search.port.js';
import { FallbackSearch } from './fallback-search.js';
import { MeilisearchSearch } from './meilisearch-search.js';

/**
 * The search engine for this process: PostgreSQL search alone without MEILI_HOST; with it,
 * Meilisearch in front and PostgreSQL search as fallback (kept current by every write).
 *
 * `postgres` is the PostgresSearch instance the module built on `dataSource`, passed in so the
 * fallback and a Postgres-only setup are the same object. Call `ensureSettings()` on the
 * MeilisearchSearch at start (see `meilisearchOf`); writes also apply them on first use.
 */
export function createSearchEngine(
  config: Pick<AppConfig, 'meiliHost' | 'meiliApiKey'>,
  _dataSource: DataSource,
  logger: Logger,
  postgres: SearchPort,
): SearchPort {
  if (!config.meiliHost) return postgres;
  const meili = new MeilisearchSearch({
    host: config.meiliHost,
    apiKey: config.meiliApiKey,
    logger: logger.child({ component: 'meilisearch' }),
  });
  return new FallbackSearch(meili, postgres, logger.child({ component: 'search' }));
}

/** The Meilisearch engine inside what createSearchEngine returned, if any (to apply settings at start). */
export function meilisearchOf(engine: SearchPort): MeilisearchSearch | undefined {
  if (engine instanceof MeilisearchSearch) return engine;
  if (engine instanceof FallbackSearch && engine.primaryEngine instanceof MeilisearchSearch) return engine.primaryEngine;
  return undefined;
}
