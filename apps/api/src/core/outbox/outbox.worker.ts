import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { APP_LOGGER } from '../logging/logger.js';
import { MAILER, type Mailer, type MailMessage } from '../../mail/mailer.js';
import { backgroundWork } from './background-work.js';
import { type DomainEvent } from './domain-events.js';
import { OutboxService } from './outbox.service.js';

interface ClaimedRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

const BATCH = 10;
const MAX_ATTEMPTS = 8;
/** A claimed row is invisible to other workers this long; if this one dies it is retried after. */
const LEASE_SECONDS = 300;

/**
 * Rows are delivered in lanes, each drained by its own loop: domain events (notifications and the
 * search index's bookkeeping), mails, and everything else (search index updates). A slow SMTP
 * server or search engine then holds up only its own lane, never the notifications of the events
 * behind it. On the embedded database (one connection) the lanes take turns at the connection.
 */
interface Lane {
  name: string;
  /** The kinds this lane delivers; `others`: every kind no other lane names. */
  kinds: string[] | 'others';
  running?: Promise<void>;
  again: boolean;
}
const NAMED_LANES = [
  { name: 'events', kinds: ['event'] },
  { name: 'mail', kinds: ['email'] },
];

/** Retry delays grow 10 s, 20 s, 40 s … up to an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers outbox rows. Claims use FOR UPDATE SKIP LOCKED, so several API instances can run it
 * side by side without sending anything twice in the normal case.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly lanes: Lane[] = [...NAMED_LANES.map((lane) => ({ ...lane, again: false })), { name: 'other', kinds: 'others', again: false }];
  private stopped = false;
  private unsubscribe?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly outbox: OutboxService,
  ) {}

  onApplicationBootstrap() {
    this.unsubscribe = this.outbox.onWake(() => this.trigger());
    this.schedule();
  }

  /**
   * Before, not on, application shutdown: TypeORM closes the database on shutdown, and a delivery cut
   * off there would leave its row leased (pending, not due for five minutes) instead of done.
   */
  async beforeApplicationShutdown() {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await Promise.all(this.lanes.map((lane) => lane.running ?? Promise.resolve()));
  }

  private schedule() {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.trigger(), this.config.outboxPollMs);
    this.timer.unref();
  }

  /** Runs one drain of every lane now, or right after a lane's current one. */
  trigger() {
    if (this.stopped) return;
    for (const lane of this.lanes) this.triggerLane(lane);
  }

  private triggerLane(lane: Lane) {
    if (lane.running) {
      lane.again = true;
      return;
    }
    lane.running = this.drainLane(lane)
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error, lane: lane.name }, 'outbox worker failed'))
      .finally(() => {
        lane.running = undefined;
        if (lane.again) {
          lane.again = false;
          this.triggerLane(lane);
        } else if (this.lanes.every((l) => !l.running)) this.schedule();
      });
  }

  /** Processes due rows of every lane until none are left (rows one lane adds for another included); returns how many were handled. */
  async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const counts = await Promise.all(this.lanes.map((lane) => this.drainLane(lane)));
      const pass = counts.reduce((a, b) => a + b, 0);
      if (pass === 0) return handled;
      handled += pass;
    }
  }

  /** Processes the lane's due rows until none are left. */
  private async drainLane(lane: Lane): Promise<number> {
    const named = NAMED_LANES.flatMap((l) => l.kinds);
    const [filter, kinds] = lane.kinds === 'others' ? ['kind <> ALL($3::text[])', named] : ['kind = ANY($3::text[])', lane.kinds];
    let handled = 0;
    for (;;) {
      if (this.stopped || !this.dataSource.isInitialized) return handled;
      // TypeORM answers UPDATE … RETURNING with [rows, affectedCount].
      const [rows] = await this.dataSource.query<[ClaimedRow[], number]>(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
          WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= now() AND ${filter}
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, kind, payload, attempts`,
        [BATCH, LEASE_SECONDS, kinds],
      );
      if (rows.length === 0) return handled;
      for (const row of rows) await this.process(row);
      handled += rows.length;
    }
  }

  private async process(row: ClaimedRow) {
    await backgroundWork.run('outbox', () => this.deliver(row));
  }

  private async deliver(row: ClaimedRow) {
    try {
      if (row.kind === 'email') await this.mailer.send(row.payload as unknown as MailMessage);
      else if (row.kind === 'event') await this.outbox.dispatch(row.payload as unknown as DomainEvent, { eventId: row.id });
      else {
        const handler = this.outbox.handlerOf(row.kind);
        if (!handler) throw new Error(`unknown outbox kind ${row.kind}`);
        await handler(row.payload);
      }
      await this.dataSource.query(`UPDATE outbox SET status = 'done', processed_at = now(), last_error = NULL WHERE id = $1`, [row.id]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = row.attempts >= MAX_ATTEMPTS;
      this.logger.warn({ outboxId: row.id, attempts: row.attempts, failed }, `outbox delivery failed: ${message}`);
      await this.dataSource.query(
        `UPDATE outbox SET status = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
        [row.id, failed ? 'failed' : 'pending', message.slice(0, 1000), backoffSeconds(row.attempts)],
      );
    }
  }
}
