import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_LOGGER } from '../logging/logger.js';

const EVERY_MS = 10 * 60_000;

/**
 * Storage limitation (GDPR Art. 5): removes what has no purpose any more — expired sessions,
 * spent one-time tokens, old rate-limit windows and delivered outbox rows (which hold mail text).
 * Every statement is idempotent, so several instances may run it.
 */
@Injectable()
export class HousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.warn({ err: error }, 'housekeeping failed'));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }

  async run(): Promise<Record<string, number>> {
    const statements: Record<string, string> = {
      sessions: `DELETE FROM user_session WHERE expires_at < now() OR last_seen_at < now() - interval '90 days'`,
      tokens: `DELETE FROM user_token WHERE (used_at IS NOT NULL OR expires_at < now()) AND created_at < now() - interval '7 days'`,
      rateLimits: `DELETE FROM rate_limit WHERE window_start < now() - interval '1 day'`,
      outbox: `DELETE FROM outbox WHERE status = 'done' AND processed_at < now() - interval '30 days'`,
    };
    const removed: Record<string, number> = {};
    for (const [name, sql] of Object.entries(statements)) {
      const [, count] = await this.dataSource.query<[unknown[], number]>(sql);
      removed[name] = count;
    }
    this.logger.debug(removed, 'housekeeping done');
    return removed;
  }
}
