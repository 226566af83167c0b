import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EmailFrequency } from '@praxisforum/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { authorize } from '../core/auth/policy.js';
import { type Actor } from '../core/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { NOTIFICATION_COLUMNS, type NotificationRow, presentNotifications, toNotification } from './notification.presenter.js';
import { type Notification, type NotificationPreferences } from './notification.types.js';
import { verifyUnsubscribeToken } from './unsubscribe-token.js';

/** The viewer's notifications and e-mail preference; every method starts with its access check. */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LIVE_EVENTS) private readonly live: LiveEvents,
    private readonly audit: AuditService,
  ) {}

  /** Newest activity first (a coalesced notification moves up when it grows). */
  async list(actor: Actor, first: number, after: string | undefined, unreadOnly: boolean): Promise<Connection<Notification>> {
    const viewer = authorize(actor, 'account:manage');
    const cursor = after ? decodeCursor(after, 2) : undefined;
    const unread = unreadOnly ? 'AND n.read_at IS NULL' : '';
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<(NotificationRow & { cursor_at: string })[]>(
        `SELECT ${NOTIFICATION_COLUMNS}, to_char(n.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS cursor_at
           FROM notification n
          WHERE n.user_id = $1 ${unread}
            ${cursor ? `AND (n.updated_at, n.id) < ($3::timestamp AT TIME ZONE 'UTC', $4::uuid)` : ''}
          ORDER BY n.updated_at DESC, n.id DESC LIMIT $2`,
        cursor ? [viewer.id, first + 1, cursor[0], cursor[1]] : [viewer.id, first + 1],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM notification n WHERE n.user_id = $1 ${unread}`, [viewer.id]),
    ]);
    const page = rows.slice(0, first);
    const presented = await presentNotifications(this.dataSource.manager, { id: viewer.id, locale: viewer.locale }, page);
    const keys = new Map(rows.map((r) => [r.id, [r.cursor_at, r.id]]));
    return toConnection(
      rows.map((r) => toNotification(r, presented.get(r.id) ?? { available: false, title: '', path: '/benachrichtigungen', excerpt: null, actor: null })),
      first,
      total,
      (n) => keys.get(n.id)!,
    );
  }

  async unreadCount(actor: Actor): Promise<number> {
    const viewer = authorize(actor, 'account:manage');
    return this.countUnread(viewer.id);
  }

  /** For the live notification count: the number shown on the bell. */
  async countUnread(userId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return n;
  }

  /** Marks the given notifications (or all) read; returns the unread count after. */
  async markRead(actor: Actor, ids: string[] | undefined): Promise<number> {
    const viewer = authorize(actor, 'account:manage');
    await this.dataSource.transaction(async (tx) => {
      const [, changed] = await tx.query<[unknown[], number]>(
        `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
        [viewer.id, ids ?? null],
      );
      if (changed > 0) await this.live.publish(tx, `user:${viewer.id}`, { type: 'notifications' });
    });
    return this.countUnread(viewer.id);
  }

  async preferences(actor: Actor): Promise<NotificationPreferences> {
    const viewer = authorize(actor, 'account:manage');
    const [row] = await this.dataSource.query<{ email_frequency: EmailFrequency }[]>(`SELECT email_frequency FROM app_user WHERE id = $1`, [viewer.id]);
    return { emailFrequency: row.email_frequency };
  }

  async updatePreferences(actor: Actor, emailFrequency: EmailFrequency): Promise<NotificationPreferences> {
    const viewer = authorize(actor, 'account:manage');
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE app_user SET email_frequency = $2, updated_at = now() WHERE id = $1`, [viewer.id, emailFrequency]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'notifications.preferences', subjectType: 'user', subjectId: viewer.id, details: { emailFrequency } });
    });
    return { emailFrequency };
  }

  /** One-click unsubscribe from a mail: the signed token is the authorization; no session needed. */
  async unsubscribe(token: string): Promise<{ userId: string }> {
    const userId = verifyUnsubscribeToken(this.config.unsubscribeSecret, token);
    await this.dataSource.transaction(async (tx) => {
      const [, changed] = await tx.query<[unknown[], number]>(
        `UPDATE app_user SET email_frequency = 'never', updated_at = now() WHERE id = $1 AND deleted_at IS NULL AND email_frequency <> 'never'`,
        [userId],
      );
      if (changed > 0) {
        await this.audit.record(tx, { actorId: userId, action: 'notifications.unsubscribed', subjectType: 'user', subjectId: userId, details: { via: 'mail link' } });
      }
    });
    return { userId };
  }
}
