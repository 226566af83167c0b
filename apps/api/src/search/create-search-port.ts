import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { type AppConfig } from '../core/config/config.js';
import { PostgresSearch } from './engines/postgres-search.js';
import { createSearchEngine } from './engines/select-engine.js';
import { type SearchPort } from './search.port.js';

/** The engine the configuration selects (the app module and the reindex command use the same one). */
export function createSearchPort(config: AppConfig, dataSource: DataSource, logger: Logger): SearchPort {
  return createSearchEngine(config, dataSource, logger, new PostgresSearch(dataSource));
}
