import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { type AppConfig } from '../core/config/config.js';
import { PostgresSearch } from './engines/postgres-search.js';
import { type SearchPort } from './search.port.js';

/** The engine the configuration selects (the app module and the reindex command use the same one). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- config and logger select Meilisearch once its adapter lands
export function createSearchPort(config: AppConfig, dataSource: DataSource, logger: Logger): SearchPort {
  return new PostgresSearch(dataSource);
}
