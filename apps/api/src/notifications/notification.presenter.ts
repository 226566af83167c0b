import { markdownToPlainText } from '@praxisforum/markdown';
import { type NotificationType } from '@praxisforum/domain';
import { type EntityManager } from 'typeorm';
import { type Locale } from '../mail/templates.js';
import { LABELS } from './notification-texts.js';
import { type PersonRef } from '../core/graphql/person-ref.js';
import { type Notification } from './notification.types.js';
import { postShownSql, practiceVisibleSql, threadVisibleSql } from '../core/visibility/visibility.sql.js';

/** What a notification row keeps besides its subject: ids to resolve later and facts of the moment. */
export interface NotificationData {
  /** The fact it reports (idempotency under redelivery), e.g. post:<id>, adoption:<id>, event:<outbox id>. */
  key?: string;
  /** Coalesced notifications: the posts/messages counted so far. */
  items?: string[];
  postId?: string;
  postNumber?: number;
  messageId?: string;
  /** Coalescing: order of the counted items (post number, message time), so the latest wins. */
  seq?: number;
  outcome?: 'published' | 'returned';
  comment?: string | null;
  municipalityName?: string;
  action?: string;
  reason?: string;
}

export interface NotificationRow {
  id: string;
  user_id: string;
  type: NotificationType;
  subject_type: 'thread' | 'practice' | 'conversation' | 'user';
  subject_id: string;
  actor_id: string | null;
  data: NotificationData;
  count: number;
  read_at: Date | null;
  emailed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const NOTIFICATION_COLUMNS = `n.id, n.user_id, n.type, n.subject_type, n.subject_id, n.actor_id, n.data, n.count, n.read_at, n.emailed_at, n.created_at, n.updated_at`;

export interface Recipient {
  id: string;
  locale: Locale;
}

export interface Presented {
  /** False when the subject is gone or no longer visible to the recipient. */
  available: boolean;
  title: string;
  path: string;
  excerpt: string | null;
  actor: PersonRef | null;
}

const EXCERPT_MAX = 200;

export function excerptOf(markdown: string | null | undefined, max = EXCERPT_MAX): string | null {
  if (!markdown) return null;
  const text = markdownToPlainText(markdown);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * Resolves title, path, excerpt and actor of notifications for their recipient, now: a thread
 * hidden since is "no longer available" and its post excerpt is gone. One query per kind of
 * subject, whatever the number of rows.
 */
export async function presentNotifications(manager: EntityManager, recipient: Recipient, rows: NotificationRow[]): Promise<Map<string, Presented>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.subject_type === type).map((r) => r.subject_id))];
  const dataIds = (field: 'postId' | 'messageId') => [...new Set(rows.map((r) => r.data[field]).filter((v): v is string => !!v))];
  const me = `(SELECT id, role IN ('moderator', 'admin') AS staff FROM app_user WHERE id = $2)`;
  const labels = LABELS[recipient.locale];

  const [threads, practices, conversations, posts, messages, actors] = await Promise.all([
    ids('thread').length
      ? manager.query<{ id: string; title: string; visible: boolean }[]>(
          `SELECT t.id, t.title, ${threadVisibleSql('t', 'me.id', 'me.staff')} AS visible FROM thread t, ${me} me WHERE t.id = ANY($1::uuid[])`,
          [ids('thread'), recipient.id],
        )
      : [],
    ids('practice').length
      ? manager.query<{ id: string; slug: string; title: string; summary: string; visible: boolean }[]>(
          `SELECT p.id, p.slug, p.title, p.summary, ${practiceVisibleSql('p', 'me.id', 'me.staff')} AS visible FROM practice p, ${me} me WHERE p.id = ANY($1::uuid[])`,
          [ids('practice'), recipient.id],
        )
      : [],
    ids('conversation').length
      ? manager.query<{ id: string; subject: string | null; visible: boolean }[]>(
          `SELECT c.id, c.subject, EXISTS (SELECT 1 FROM conversation_participant cp WHERE cp.conversation_id = c.id AND cp.user_id = $2) AS visible
             FROM conversation c WHERE c.id = ANY($1::uuid[])`,
          [ids('conversation'), recipient.id],
        )
      : [],
    dataIds('postId').length
      ? manager.query<{ id: string; body: string; shown: boolean }[]>(`SELECT p.id, p.body, ${postShownSql('p')} AS shown FROM post p WHERE p.id = ANY($1::uuid[])`, [
          dataIds('postId'),
        ])
      : [],
    dataIds('messageId').length ? manager.query<{ id: string; body: string }[]>(`SELECT id, body FROM message WHERE id = ANY($1::uuid[])`, [dataIds('messageId')]) : [],
    manager.query<{ id: string; display_name: string }[]>(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [
      [...new Set(rows.map((r) => r.actor_id).filter((v): v is string => !!v))],
    ]),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const threadMap = byId(threads);
  const practiceMap = byId(practices);
  const conversationMap = byId(conversations);
  const postMap = byId(posts);
  const messageMap = byId(messages);
  const actorMap = byId(actors);

  const result = new Map<string, Presented>();
  for (const row of rows) {
    const actorRow = row.actor_id ? actorMap.get(row.actor_id) : undefined;
    const actor = actorRow ? { id: actorRow.id, displayName: actorRow.display_name } : null;
    const unavailable: Presented = { available: false, title: labels.unavailable, path: '/benachrichtigungen', excerpt: null, actor };
    let presented = unavailable;
    if (row.subject_type === 'thread') {
      const thread = threadMap.get(row.subject_id);
      if (thread?.visible) {
        const post = row.data.postId ? postMap.get(row.data.postId) : undefined;
        const anchor = row.data.postNumber && row.data.postNumber > 1 ? `#post-${row.data.postNumber}` : '';
        const excerpt = row.type === 'moderation' ? (row.data.reason ?? null) : post?.shown ? excerptOf(post.body) : null;
        presented = { available: true, title: thread.title, path: `/diskussionen/${thread.id}${anchor}`, excerpt, actor };
      } else if (row.type === 'moderation') {
        presented = { ...unavailable, available: true, excerpt: row.data.reason ?? null };
      }
    } else if (row.subject_type === 'practice') {
      const practice = practiceMap.get(row.subject_id);
      if (practice?.visible) {
        const returned = row.type === 'review_result' && row.data.outcome === 'returned';
        const excerpt =
          row.type === 'review_result' ? (returned ? (row.data.comment ?? null) : null)
          : row.type === 'adoption' ? (row.data.municipalityName ?? null)
          : row.type === 'new_practice' ? excerptOf(practice.summary)
          : null;
        presented = { available: true, title: practice.title, path: `/praxisbeispiele/${practice.slug}${returned ? '/bearbeiten' : ''}`, excerpt, actor };
      }
    } else if (row.subject_type === 'conversation') {
      const conversation = conversationMap.get(row.subject_id);
      if (conversation?.visible) {
        const message = row.data.messageId ? messageMap.get(row.data.messageId) : undefined;
        presented = { available: true, title: conversation.subject || labels.message, path: `/nachrichten/${conversation.id}`, excerpt: excerptOf(message?.body), actor };
      }
    } else if (row.subject_type === 'user') {
      presented = { available: true, title: labels.moderation, path: '/konto', excerpt: row.data.reason ?? null, actor };
    }
    result.set(row.id, presented);
  }
  return result;
}

export function toNotification(row: NotificationRow, presented: Presented): Notification {
  return {
    id: row.id,
    type: row.type,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    readAt: iso(row.read_at),
    count: row.count,
    actor: presented.actor,
    title: presented.title,
    excerpt: presented.excerpt,
    path: presented.path,
  };
}
