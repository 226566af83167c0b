import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type Request, type Response } from 'express';
import { type Logger } from 'pino';
import { AccessibilityModule } from './accessibility/accessibility.module.js';
import { AccountsModule } from './accounts/index.js';
import { DiscussionsModule } from './discussions/index.js';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { UsersModule } from './users/users.module.js';
import { AuthModule } from './core/auth/auth.module.js';
import { StorageModule } from './core/storage/storage.module.js';
import { RealtimeModule } from './core/realtime/realtime.module.js';
import { AnswerCache } from './core/answer-cache/answer-cache.js';
import { AnswerCacheModule } from './core/answer-cache/answer-cache.module.js';
import { answerCachePlugin } from './core/answer-cache/answer-cache.plugin.js';
import { csrfPlugin } from './core/auth/csrf.plugin.js';
import { readSessionToken } from './core/auth/session-cookie.js';
import { SessionService } from './core/auth/session.service.js';
import { APP_CONFIG, type AppConfig } from './core/config/config.js';
import { type DatabaseTarget, poolOptions } from './core/database/database-target.js';
import { DomainErrorFilter } from './core/errors/domain-error.filter.js';
import { formatGraphQLError } from './core/errors/format-graphql-error.js';
import { createValidationPipe } from './core/errors/validation.js';
import { noStorePlugins } from './core/graphql/no-store.plugin.js';
import { answerPreloadedFields } from './core/graphql/preloaded-fields.js';
import { LoaderRegistry, type RequestContext } from './core/graphql/request-context.js';
import { HealthController } from './core/health/health.controller.js';
import { APP_LOGGER } from './core/logging/logger.js';
import { tagRequestUser } from './core/logging/request-logger.js';
import { MessagesModule } from './messages/index.js';
import { ModerationModule } from './moderation/index.js';
import { MunicipalitiesModule } from './municipalities/index.js';
import { NotificationsModule } from './notifications/index.js';
import { OpenDataModule } from './open-data/open-data.module.js';
import { PracticesModule } from './practices/index.js';
import { ProgrammesModule } from './programmes/programmes.module.js';
import { SiteModule } from './site/site.module.js';
import { TopicsModule } from './topics/topics.module.js';
import { LiveModule } from './live/live.module.js';
import { SearchModule } from './search/index.js';

export interface AppOptions {
  config: AppConfig;
  database: DatabaseTarget;
  logger: Logger;
}

@Global()
@Module({})
class CoreModule {
  static forRoot({ config, logger }: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, APP_LOGGER],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.database.url,
          autoLoadEntities: true,
          // The schema comes from migrations only, run before the app starts.
          synchronize: false,
          migrationsRun: false,
          logging: false,
          applicationName: 'praxisforum-api',
          extra: poolOptions(options.database),
        }),
        AuthModule,
        StorageModule,
        RealtimeModule.forRoot(options.database),
        AnswerCacheModule.forRoot(options.database),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [SessionService, AnswerCache],
          useFactory: (sessions: SessionService, answers: AnswerCache) => ({
            autoSchemaFile: true,
            // Apollo's stop drains the HTTP server and cuts open WebSockets; it waits until after
            // the GraphQL WebSocket server has said goodbye to its clients (on module destroy).
            stopOnApplicationShutdown: true,
            sortSchema: true,
            // GraphiQL would load its UI from a CDN: no external fetches on this site.
            graphiql: false,
            introspection: true,
            includeStacktraceInErrorResponses: false,
            // Apollo's cache-control plugin is replaced (it wrapped every field resolver to collect hints nothing sets).
            plugins: [csrfPlugin, ...noStorePlugins, answerCachePlugin(answers)],
            // Relations a parent already carries skip Nest's per-field pipeline (see preloaded-fields.ts).
            transformSchema: answerPreloadedFields,
            formatError: (formatted, error) => formatGraphQLError(formatted, error, options.logger),
            context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
              const viewer = await sessions.resolve(readSessionToken(req));
              tagRequestUser(req, viewer?.id);
              return { req, res, loaders: new LoaderRegistry(), viewer, viewerFor: (token) => sessions.resolve(token) };
            },
          }),
        }),
        AccountsModule,
        InvitationsModule,
        UsersModule,
        DevMailboxModule,
        MunicipalitiesModule,
        ProgrammesModule,
        PracticesModule,
        NotificationsModule,
        DiscussionsModule,
        OpenDataModule,
        TopicsModule,
        MessagesModule,
        ModerationModule,
        AccessibilityModule,
        SiteModule,
        LiveModule,
        SearchModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
