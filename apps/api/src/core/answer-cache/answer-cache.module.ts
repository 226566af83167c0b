import { type DynamicModule, Global, Inject, Injectable, type MiddlewareConsumer, Module, type NestMiddleware, type OnApplicationShutdown, RequestMethod } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { type Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { type DatabaseTarget } from '../database/database-target.js';
import { APP_LOGGER } from '../logging/logger.js';
import { LIVE_EVENTS, type LiveEvents, type LivePayload } from '../realtime/live-events.js';
import { AnswerCache } from './answer-cache.js';
import { answerKey } from './answer-request.js';

/** The live channel the database's answer-cache triggers speak on (see the answer-cache migration). */
export const ANSWERS_CHANNEL = 'answers';

/** Applies one invalidation from the database: `{ thread }` drops that thread's answers; anything else (`{ all }`, a resync) drops all. */
export function applyInvalidation(cache: AnswerCache, payload: LivePayload): void {
  if (typeof payload.thread === 'string') cache.invalidate(`thread:${payload.thread}`);
  else cache.flush();
}

/** How often an instance logs what its cache did (a line only when it was used). */
const REPORT_EVERY_MS = 15 * 60_000;

/**
 * Keeps the cache in step with the database for as long as the application runs, and tells the
 * operator, in the log, how well the budget (`ANSWER_CACHE_MB`) serves.
 */
@Injectable()
class AnswerCacheUpkeep implements OnApplicationShutdown {
  private readonly stop: () => void;
  private readonly timer?: NodeJS.Timeout;

  constructor(@Inject(AnswerCache) cache: AnswerCache, @Inject(LIVE_EVENTS) live: LiveEvents, @Inject(APP_LOGGER) logger: Logger) {
    this.stop = cache.enabled ? live.listen(ANSWERS_CHANNEL, (payload) => applyInvalidation(cache, payload)) : () => undefined;
    if (!cache.enabled) return;
    this.timer = setInterval(() => {
      const report = cache.report();
      if (report) logger.info({ answerCache: report }, 'answer cache: %d %% of lookups answered from memory', report.hitRatePercent);
    }, REPORT_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.stop();
  }
}

/** A client that takes gzip gets the stored bytes as they are ("gzip;q=0" refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (coding !== 'gzip') continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** Answers a guest's repeated query from the cache, before Apollo parses or executes anything. */
@Injectable()
class AnswerCacheMiddleware implements NestMiddleware {
  constructor(@Inject(AnswerCache) private readonly cache: AnswerCache) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.cache.enabled) return next();
    const key = answerKey(req, req.body as Record<string, unknown> | undefined);
    if (key === undefined) return next();
    const gzipped = this.cache.lookup(key);
    if (gzipped === undefined) return next();
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    const answer = gzip ? gzipped : gunzipSync(gzipped);
    // The headers Apollo sends with the same answer (see no-store.plugin.ts).
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('vary', 'accept-encoding');
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', answer.length);
    res.end(answer);
  }
}

/**
 * Guests' finished answers (a thread page) from memory. Only on PostgreSQL: the invalidations are
 * NOTIFYs of database triggers, which the embedded PGlite does not deliver to a listener.
 */
@Global()
@Module({})
export class AnswerCacheModule {
  static forRoot(database: Pick<DatabaseTarget, 'embedded'>): DynamicModule {
    return {
      module: AnswerCacheModule,
      providers: [
        {
          provide: AnswerCache,
          inject: [APP_CONFIG, APP_LOGGER, LIVE_EVENTS],
          useFactory: (config: AppConfig, logger: Logger, live: LiveEvents) => {
            const megabytes = database.embedded ? 0 : config.answerCacheMb;
            if (database.embedded && config.answerCacheMb > 0) logger.debug('answer cache: off on the embedded database');
            return new AnswerCache(megabytes * 1024 * 1024, () => live.connection);
          },
        },
        AnswerCacheUpkeep,
        AnswerCacheMiddleware,
      ],
      exports: [AnswerCache],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AnswerCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
