import { Global, Module } from '@nestjs/common';
import { type Logger } from 'pino';
import { AuditService } from '../audit/audit.service.js';
import { HousekeepingService } from '../housekeeping/housekeeping.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { APP_LOGGER } from '../logging/logger.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { OutboxWorker } from '../outbox/outbox.worker.js';
import { RateLimiterService } from '../rate-limit/rate-limiter.service.js';
import { LogMailer, MAILER, SmtpMailer } from '../../mail/mailer.js';
import { SessionService } from './session.service.js';

/** Cross-cutting services every feature may use: sessions, outbox and mail, rate limits, audit. */
@Global()
@Module({
  providers: [
    SessionService,
    OutboxService,
    OutboxWorker,
    RateLimiterService,
    AuditService,
    HousekeepingService,
    {
      provide: MAILER,
      inject: [APP_CONFIG, APP_LOGGER],
      useFactory: (config: AppConfig, logger: Logger) =>
        config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new LogMailer(logger.child({ component: 'mail' })),
    },
  ],
  exports: [SessionService, OutboxService, OutboxWorker, RateLimiterService, AuditService, HousekeepingService, MAILER],
})
export class AuthModule {}
