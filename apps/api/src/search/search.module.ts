import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { APP_LOGGER } from '../core/logging/logger.js';
import { createSearchPort } from './create-search-port.js';
import { SearchDocumentSource } from './documents/search-document.source.js';
import { SearchIndexer } from './search-indexer.js';
import { SEARCH_PORT } from './search.port.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/** One search over practices, discussions and municipalities, behind the search port (DESIGN.md). */
@Module({
  providers: [
    {
      provide: SEARCH_PORT,
      inject: [APP_CONFIG, getDataSourceToken(), APP_LOGGER],
      useFactory: (config: AppConfig, dataSource: DataSource, logger: Logger) => createSearchPort(config, dataSource, logger),
    },
    SearchDocumentSource,
    SearchIndexer,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchService, SearchIndexer],
})
export class SearchModule {}
