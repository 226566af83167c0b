import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { APP_LOGGER } from '../core/logging/logger.js';
import { backgroundWork } from '../core/outbox/background-work.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { type Locale } from '../mail/templates.js';
import { NotificationMails } from './notification-mail.js';
import { NOTIFICATION_COLUMNS, type NotificationRow, presentNotifications } from './notification.presenter.js';

/** Most notifications one digest lists; the rest wait in the notification centre (and the next digest). */
const DIGEST_ITEMS_MAX = 100;
/** People handled per run, so one run cannot hold an instance for long. */
const USERS_PER_RUN = 500;

/**
 * Daily and weekly e-mail digests. Every DIGEST_INTERVAL_MS each instance looks for people whose
 * digest is due (last one older than a day or a week, and unsent unread notifications exist),
 * claims one person at a time with FOR UPDATE SKIP LOCKED — so instances never send the same
 * digest — and in that person's transaction queues the mail in the outbox and marks the
 * notifications as e-mailed and the digest as sent.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly outbox: OutboxService,
    private readonly mails: NotificationMails,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = backgroundWork
        .run('digest', () => this.runDue(new Date()))
        .catch((error: unknown) => this.logger.error({ err: error }, 'notification digest failed'))
        .finally(() => (this.running = undefined));
    }, this.config.digestIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends every digest due at `now`; returns how many were sent. */
  async runDue(now: Date): Promise<number> {
    let sent = 0;
    while (sent < USERS_PER_RUN && (await this.sendNext(now))) sent++;
    if (sent > 0) this.outbox.wake();
    return sent;
  }

  private async sendNext(now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [user] = await tx.query<{ id: string; email: string; display_name: string; locale: Locale; email_frequency: 'daily' | 'weekly' }[]>(
        `SELECT u.id, u.email, u.display_name, u.locale, u.email_frequency FROM app_user u
          WHERE u.email_frequency IN ('daily', 'weekly') AND u.deleted_at IS NULL AND u.blocked_at IS NULL
            AND u.email IS NOT NULL AND u.email_verified_at IS NOT NULL
            AND (u.digest_sent_at IS NULL
                 OR u.digest_sent_at <= $1::timestamptz - CASE u.email_frequency WHEN 'daily' THEN interval '1 day' ELSE interval '7 days' END)
            AND EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.emailed_at IS NULL AND n.read_at IS NULL)
          ORDER BY u.digest_sent_at NULLS FIRST, u.id
          LIMIT 1 FOR UPDATE OF u SKIP LOCKED`,
        [now],
      );
      if (!user) return false;
      const rows = await tx.query<NotificationRow[]>(
        `SELECT ${NOTIFICATION_COLUMNS} FROM notification n WHERE n.user_id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL
          ORDER BY n.updated_at DESC, n.id DESC LIMIT $2 FOR UPDATE`,
        [user.id, DIGEST_ITEMS_MAX],
      );
      const presented = await presentNotifications(tx, { id: user.id, locale: user.locale }, rows);
      // Only what the person can still see goes into the mail; the rest is marked so it stops being due.
      const items = rows.map((row) => ({ row, presented: presented.get(row.id)! })).filter((i) => i.presented.available);
      if (items.length > 0) {
        const mail = this.mails.digest({ id: user.id, email: user.email, displayName: user.display_name, locale: user.locale }, user.email_frequency, items);
        await this.outbox.enqueue(tx, 'email', mail as unknown as Record<string, unknown>);
      }
      await tx.query(`UPDATE notification SET emailed_at = $2 WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id), now]);
      await tx.query(`UPDATE app_user SET digest_sent_at = $2 WHERE id = $1`, [user.id, now]);
      return true;
    });
  }
}
