import { type DynamicModule, Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { type DatabaseTarget } from '../database/database-target.js';
import { APP_LOGGER } from '../logging/logger.js';
import { GraphQLWsServer } from './graphql-ws.server.js';
import { InProcessLiveEvents } from './in-process-live-events.js';
import { LIVE_EVENTS, type LiveEvents } from './live-events.js';
import { PgLiveEvents } from './pg-live-events.js';

/**
 * Live events and the GraphQL WebSocket endpoint. The engine follows the database: PostgreSQL
 * fans out across instances with LISTEN/NOTIFY; the embedded PGlite (one process) delivers in
 * process, after commit.
 */
@Global()
@Module({})
export class RealtimeModule {
  static forRoot(database: Pick<DatabaseTarget, 'url' | 'embedded'>): DynamicModule {
    return {
      module: RealtimeModule,
      providers: [
        {
          provide: LIVE_EVENTS,
          inject: [getDataSourceToken(), APP_LOGGER],
          useFactory: async (dataSource: DataSource, logger: Logger): Promise<LiveEvents> => {
            if (database.embedded) return new InProcessLiveEvents(dataSource);
            const events = new PgLiveEvents({ url: database.url, logger });
            await events.start();
            return events;
          },
        },
        GraphQLWsServer,
      ],
      exports: [LIVE_EVENTS],
    };
  }
}
