import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { type SearchPort } from '../search.port.js';
import { FallbackSearch } from './fallback-search.js';
import { MeilisearchSearch } from './meilisearch-search.js';
import { createSearchEngine, meilisearchOf } from './select-engine.js';

// Neither engine connects when it is built: the data source stays uninitialised, no server is asked.
const dataSource = new DataSource({ type: 'postgres' });
const logger = pino({ level: 'silent' });
const postgres = { engine: 'postgres' } as SearchPort;

describe('createSearchEngine', () => {
  it('uses PostgreSQL search alone when MEILI_HOST is unset', () => {
    const engine = createSearchEngine({}, dataSource, logger, postgres);
    expect(engine).toBe(postgres);
    expect(meilisearchOf(engine)).toBeUndefined();
  });

  it('puts Meilisearch in front of PostgreSQL search when MEILI_HOST is set', () => {
    const engine = createSearchEngine({ meiliHost: 'http://meilisearch:7700', meiliApiKey: 'key' }, dataSource, logger, postgres);
    expect(engine).toBeInstanceOf(FallbackSearch);
    expect(engine.engine).toBe('meilisearch');
    const meili = meilisearchOf(engine);
    expect(meili).toBeInstanceOf(MeilisearchSearch);
    expect(meili?.indexName).toBe('documents');
  });
});
