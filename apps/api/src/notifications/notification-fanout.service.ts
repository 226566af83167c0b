import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FollowSubject, type NotificationType } from '@praxisforum/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type DomainEvent } from '../core/outbox/domain-events.js';
import { type DomainEventMeta, OutboxService } from '../core/outbox/outbox.service.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { type Locale } from '../mail/templates.js';
import { NotificationMails } from './notification-mail.js';
import { NOTIFICATION_COLUMNS, type NotificationData, type NotificationRow, presentNotifications } from './notification.presenter.js';
import { postShownSql, practiceVisibleSql, staffSql, threadVisibleSql } from '../core/visibility/visibility.sql.js';

/** When several rules pick the same person for one event, the first of these wins. */
const PRIORITY: NotificationType[] = [
  'mention',
  'reply',
  'review_result',
  'accepted_answer',
  'adoption',
  'moderation',
  'message',
  'new_thread',
  'new_practice',
  'new_post',
];
/** Kinds that update one unread row per subject instead of adding rows (a burst of 50 posts = 1). */
const COALESCING: NotificationType[] = ['new_post', 'message'];

type Recipients = Map<string, NotificationType>;

function offer(recipients: Recipients, userIds: (string | null | undefined)[], type: NotificationType): void {
  for (const id of userIds) {
    if (!id) continue;
    const current = recipients.get(id);
    if (!current || PRIORITY.indexOf(type) < PRIORITY.indexOf(current)) recipients.set(id, type);
  }
}

/** One fact to tell people about: its subject, who caused it and who must not see it. */
interface Fact {
  key: string;
  /** Coalescing kinds: the id counted (post or message), so a redelivered event is not counted twice. */
  item?: string;
  subjectType: NotificationRow['subject_type'];
  subjectId: string;
  actorId: string | null;
  /** Never notified (the actor; the author of a post released by a moderator). */
  exclude: (string | null)[];
  /** Whose right to see decides: only people who may see it are notified. */
  visibility: { kind: 'thread' | 'practice' | 'conversation'; id: string } | null;
  /** A muted follow of this subject suppresses the notification. */
  mute: { type: FollowSubject; id: string } | null;
  data: NotificationData;
}

interface RecipientRow {
  id: string;
  email: string | null;
  display_name: string;
  locale: Locale;
  email_frequency: string;
}

interface PostFacts {
  id: string;
  thread_id: string;
  number: number;
  author_id: string | null;
  quoted_author_id: string | null;
  shown: boolean;
  thread_author_id: string | null;
  space_type: 'topic' | 'programme' | 'practice';
  space_id: string;
  thread_open: boolean;
}

/**
 * Turns domain events into notifications: chooses recipients by the rules of issue #5 (follows,
 * mentions, replies, roles), drops the actor, muted subjects and people who cannot see the
 * content, keeps one notification per person and event, coalesces bursts, sends immediate
 * e-mails through the outbox and tells open clients (user:<id>) — all in one transaction per event.
 */
@Injectable()
export class NotificationFanout implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(LIVE_EVENTS) private readonly live: LiveEvents,
    private readonly mails: NotificationMails,
  ) {}

  onModuleInit() {
    this.outbox.onEvent((event, meta) => this.handle(event, meta));
  }

  async handle(event: DomainEvent, meta: DomainEventMeta = {}): Promise<void> {
    const mailed = await this.dataSource.transaction(async (tx) => {
      switch (event.type) {
        case 'thread.created':
          return this.onThreadStart(tx, event.threadId, [event.actorId]);
        case 'post.created':
        case 'post.released':
          return this.onPost(tx, event.postId, event.actorId);
        case 'post.edited':
          return this.onPostEdited(tx, event.postId, event.actorId);
        case 'post.accepted':
          return this.onAccepted(tx, event.postId, event.actorId);
        case 'practice.published':
          return this.onReview(tx, event.practiceId, event.actorId, 'published', meta.eventId ? `event:${meta.eventId}` : `practice.published:${event.practiceId}`);
        case 'practice.returned':
          return this.onReview(tx, event.practiceId, event.actorId, 'returned', meta.eventId ? `event:${meta.eventId}` : `practice.returned:${event.practiceId}`);
        case 'adoption.recorded':
          return this.onAdoption(tx, event.adoptionId, event.actorId);
        case 'message.sent':
          return this.onMessage(tx, event.messageId, event.conversationId, event.actorId);
        case 'moderation.acted':
          return this.onModeration(tx, event, meta.eventId ? `event:${meta.eventId}` : `moderation:${event.action}:${event.subjectId}:${event.reason}`);
        default:
          return 0;
      }
    });
    if (mailed > 0) this.outbox.wake();
  }

  /** Thread authors and everyone who posts watch the thread, unless they chose a level already. */
  private async autoWatch(tx: EntityManager, userId: string | null, threadId: string): Promise<void> {
    if (!userId) return;
    await tx.query(
      `INSERT INTO follow (user_id, subject_type, subject_id, level) SELECT id, 'thread', $2, 'watching' FROM app_user WHERE id = $1 AND deleted_at IS NULL
       ON CONFLICT DO NOTHING`,
      [userId, threadId],
    );
  }

  private followers(tx: EntityManager, type: FollowSubject, ids: string[], levels: string[]): Promise<string[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx
      .query<{ user_id: string }[]>(`SELECT DISTINCT user_id FROM follow WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) AND level = ANY($3::text[])`, [type, ids, levels])
      .then((rows) => rows.map((r) => r.user_id));
  }

  private async mentioned(tx: EntityManager, postId: string): Promise<string[]> {
    return (await tx.query<{ user_id: string }[]>(`SELECT user_id FROM post_mention WHERE post_id = $1`, [postId])).map((r) => r.user_id);
  }

  private async postFacts(tx: EntityManager, postId: string): Promise<PostFacts | undefined> {
    const [row] = await tx.query<PostFacts[]>(
      `SELECT p.id, p.thread_id, p.number, p.author_id, q.author_id AS quoted_author_id, ${postShownSql('p')} AS shown,
              t.author_id AS thread_author_id, t.space_type, t.space_id, (t.deleted_at IS NULL) AS thread_open
         FROM post p JOIN thread t ON t.id = p.thread_id LEFT JOIN post q ON q.id = p.quoted_post_id
        WHERE p.id = $1`,
      [postId],
    );
    return row;
  }

  private threadFact(post: PostFacts, actorIds: (string | null)[]): Omit<Fact, 'key'> {
    return {
      subjectType: 'thread',
      subjectId: post.thread_id,
      actorId: post.author_id,
      exclude: [...actorIds, post.author_id],
      visibility: { kind: 'thread', id: post.thread_id },
      mute: { type: 'thread', id: post.thread_id },
      data: { postId: post.id, postNumber: post.number, seq: post.number },
    };
  }

  /**
   * A new thread (its first post): mentions in it, and watchers of its space — the topic, or the
   * practice for practice threads (programmes cannot be followed). Reached from thread.created
   * and from post.created of post 1, with one key, so whichever comes second changes nothing.
   */
  private async onThreadStart(tx: EntityManager, threadId: string, actorIds: (string | null)[]): Promise<number> {
    const [first] = await tx.query<{ id: string }[]>(`SELECT id FROM post WHERE thread_id = $1 AND number = 1`, [threadId]);
    const [thread] = await tx.query<{ author_id: string | null }[]>(`SELECT author_id FROM thread WHERE id = $1`, [threadId]);
    if (!thread) return 0;
    await this.autoWatch(tx, thread.author_id, threadId);
    if (!first) return 0;
    const post = await this.postFacts(tx, first.id);
    // A held first post means a held thread: it is announced when a moderator releases it.
    if (!post?.shown || !post.thread_open) return 0;
    const [held] = await tx.query<{ held: boolean }[]>(`SELECT (held_at IS NOT NULL OR hidden_at IS NOT NULL) AS held FROM thread WHERE id = $1`, [threadId]);
    if (held.held) return 0;
    const recipients: Recipients = new Map();
    offer(recipients, await this.mentioned(tx, post.id), 'mention');
    if (post.space_type === 'topic' || post.space_type === 'practice') {
      offer(recipients, await this.followers(tx, post.space_type, [post.space_id], ['watching']), 'new_thread');
    }
    return this.deliver(tx, { ...this.threadFact(post, actorIds), key: `post:${post.id}`, item: post.id }, recipients);
  }

  /** A reply: mentions, the quoted post's author, the thread's author (normal or watching), watchers. */
  private async onPost(tx: EntityManager, postId: string, actorId: string): Promise<number> {
    const post = await this.postFacts(tx, postId);
    if (!post) return 0;
    if (post.number === 1) return this.onThreadStart(tx, post.thread_id, [actorId]);
    await this.autoWatch(tx, post.author_id, post.thread_id);
    // Held, hidden or deleted posts are not announced; post.released follows a moderator's approval.
    if (!post.shown || !post.thread_open) return 0;
    const recipients: Recipients = new Map();
    offer(recipients, await this.mentioned(tx, post.id), 'mention');
    offer(recipients, [post.quoted_author_id], 'reply');
    const engaged = await this.followers(tx, 'thread', [post.thread_id], ['watching', 'normal']);
    if (post.thread_author_id && engaged.includes(post.thread_author_id)) offer(recipients, [post.thread_author_id], 'reply');
    offer(recipients, await this.followers(tx, 'thread', [post.thread_id], ['watching']), 'new_post');
    return this.deliver(tx, { ...this.threadFact(post, [actorId]), key: `post:${post.id}`, item: post.id }, recipients);
  }

  /** Mentions added by an edit; people already told about this post are skipped by its key. */
  private async onPostEdited(tx: EntityManager, postId: string, actorId: string): Promise<number> {
    const post = await this.postFacts(tx, postId);
    if (!post?.shown || !post.thread_open) return 0;
    const recipients: Recipients = new Map();
    offer(recipients, await this.mentioned(tx, post.id), 'mention');
    return this.deliver(tx, { ...this.threadFact(post, [actorId]), key: `post:${post.id}`, item: post.id }, recipients);
  }

  private async onAccepted(tx: EntityManager, postId: string, actorId: string): Promise<number> {
    const post = await this.postFacts(tx, postId);
    if (!post?.shown || !post.thread_open) return 0;
    const recipients: Recipients = new Map();
    offer(recipients, [post.author_id], 'accepted_answer');
    return this.deliver(tx, { ...this.threadFact(post, [actorId]), actorId, exclude: [actorId], key: `accepted:${post.id}` }, recipients);
  }

  /** Review results to the municipality's coordinators and whoever submitted; new practices to watchers of its topics and municipality. */
  private async onReview(tx: EntityManager, practiceId: string, actorId: string, outcome: 'published' | 'returned', key: string): Promise<number> {
    const [practice] = await tx.query<{ id: string; municipality_id: string; state: string; review_comment: string | null }[]>(
      `SELECT id, municipality_id, state, review_comment FROM practice WHERE id = $1`,
      [practiceId],
    );
    if (!practice) return 0;
    if (outcome === 'published' && practice.state !== 'published') return 0;
    const coordinators = await tx.query<{ user_id: string }[]>(
      `SELECT user_id FROM municipality_membership WHERE municipality_id = $1 AND role = 'coordinator'`,
      [practice.municipality_id],
    );
    const [submitter] = await tx.query<{ actor_id: string | null }[]>(
      `SELECT actor_id FROM audit_event WHERE subject_type = 'practice' AND subject_id = $1 AND action = 'practice.submitted' ORDER BY created_at DESC LIMIT 1`,
      [practice.id],
    );
    const recipients: Recipients = new Map();
    offer(recipients, [...coordinators.map((c) => c.user_id), submitter?.actor_id], 'review_result');
    if (outcome === 'published') {
      const topics = (await tx.query<{ topic_id: string }[]>(`SELECT topic_id FROM practice_topic WHERE practice_id = $1`, [practice.id])).map((t) => t.topic_id);
      offer(recipients, await this.followers(tx, 'topic', topics, ['watching']), 'new_practice');
      offer(recipients, await this.followers(tx, 'municipality', [practice.municipality_id], ['watching']), 'new_practice');
      // Muting a municipality silences its new practices, also for watchers of their topics.
      for (const id of await this.followers(tx, 'municipality', [practice.municipality_id], ['muted'])) {
        if (recipients.get(id) === 'new_practice') recipients.delete(id);
      }
    }
    return this.deliver(
      tx,
      {
        key,
        subjectType: 'practice',
        subjectId: practice.id,
        actorId,
        exclude: [actorId],
        visibility: { kind: 'practice', id: practice.id },
        mute: { type: 'practice', id: practice.id },
        data: { outcome, comment: outcome === 'returned' ? practice.review_comment : null },
      },
      recipients,
    );
  }

  private async onAdoption(tx: EntityManager, adoptionId: string, actorId: string): Promise<number> {
    const [adoption] = await tx.query<{ practice_id: string; owner_id: string; municipality_name: string }[]>(
      `SELECT a.practice_id, p.municipality_id AS owner_id, m.name AS municipality_name
         FROM adoption a JOIN practice p ON p.id = a.practice_id JOIN municipality m ON m.id = a.municipality_id WHERE a.id = $1`,
      [adoptionId],
    );
    if (!adoption) return 0;
    const coordinators = await tx.query<{ user_id: string }[]>(
      `SELECT user_id FROM municipality_membership WHERE municipality_id = $1 AND role = 'coordinator'`,
      [adoption.owner_id],
    );
    const recipients: Recipients = new Map();
    offer(recipients, coordinators.map((c) => c.user_id), 'adoption');
    offer(recipients, await this.followers(tx, 'practice', [adoption.practice_id], ['watching']), 'adoption');
    return this.deliver(
      tx,
      {
        key: `adoption:${adoptionId}`,
        subjectType: 'practice',
        subjectId: adoption.practice_id,
        actorId,
        exclude: [actorId],
        visibility: { kind: 'practice', id: adoption.practice_id },
        mute: { type: 'practice', id: adoption.practice_id },
        data: { municipalityName: adoption.municipality_name },
      },
      recipients,
    );
  }

  /** The other participants, unless they blocked the sender. */
  private async onMessage(tx: EntityManager, messageId: string, conversationId: string, actorId: string): Promise<number> {
    const participants = await tx.query<{ user_id: string }[]>(
      `SELECT cp.user_id FROM conversation_participant cp
        WHERE cp.conversation_id = $1 AND NOT EXISTS (SELECT 1 FROM user_block b WHERE b.blocker_id = cp.user_id AND b.blocked_id = $2)`,
      [conversationId, actorId],
    );
    const [message] = await tx.query<{ id: string; seq: number }[]>(`SELECT id, extract(epoch FROM created_at)::float8 AS seq FROM message WHERE id = $1`, [messageId]);
    if (!message) return 0;
    const recipients: Recipients = new Map();
    offer(recipients, participants.map((p) => p.user_id), 'message');
    return this.deliver(
      tx,
      {
        key: `message:${messageId}`,
        item: messageId,
        subjectType: 'conversation',
        subjectId: conversationId,
        actorId,
        exclude: [actorId],
        visibility: { kind: 'conversation', id: conversationId },
        mute: null,
        data: { messageId, seq: message.seq },
      },
      recipients,
    );
  }

  /**
   * The person whose content or account was moderated learns what happened and why. Moderators
   * stay anonymous (no actor), and mutes do not apply: this concerns the person, not the subject.
   */
  private async onModeration(tx: EntityManager, event: Extract<DomainEvent, { type: 'moderation.acted' }>, key: string): Promise<number> {
    if (!event.targetUserId) return 0;
    let subjectType: Fact['subjectType'] = 'user';
    let subjectId = event.targetUserId;
    let data: NotificationData = { action: event.action, ...(event.reason ? { reason: event.reason } : {}) };
    if (event.subjectType === 'post') {
      const [post] = await tx.query<{ thread_id: string; number: number }[]>(`SELECT thread_id, number FROM post WHERE id = $1`, [event.subjectId]);
      if (!post) return 0;
      subjectType = 'thread';
      subjectId = post.thread_id;
      data = { ...data, postId: event.subjectId, postNumber: post.number };
    } else if (event.subjectType === 'thread') {
      subjectType = 'thread';
      subjectId = event.subjectId;
    }
    const recipients: Recipients = new Map();
    offer(recipients, [event.targetUserId], 'moderation');
    return this.deliver(tx, { key, subjectType, subjectId, actorId: null, exclude: [event.actorId], visibility: null, mute: null, data }, recipients);
  }

  /** Filters, writes (insert or coalesce), e-mails at once where wanted, and pings the recipients' clients. Returns mails queued. */
  private async deliver(tx: EntityManager, fact: Fact, recipients: Recipients): Promise<number> {
    const excluded = new Set(fact.exclude.filter((id): id is string => !!id));
    const candidates = [...recipients.keys()].filter((id) => !excluded.has(id));
    if (candidates.length === 0) return 0;
    const visible =
      fact.visibility?.kind === 'thread'
        ? `EXISTS (SELECT 1 FROM thread t WHERE t.id = $4 AND ${threadVisibleSql('t', 'u.id', staffSql('u'))})`
        : fact.visibility?.kind === 'practice'
          ? `EXISTS (SELECT 1 FROM practice p WHERE p.id = $4 AND ${practiceVisibleSql('p', 'u.id', staffSql('u'))})`
          : fact.visibility?.kind === 'conversation'
            ? `EXISTS (SELECT 1 FROM conversation_participant cp WHERE cp.conversation_id = $4 AND cp.user_id = u.id)`
            : `$4::uuid IS NULL`;
    const people = await tx.query<RecipientRow[]>(
      `SELECT u.id, CASE WHEN u.email_verified_at IS NOT NULL THEN u.email END AS email, u.display_name, u.locale, u.email_frequency FROM app_user u
        WHERE u.id = ANY($1::uuid[]) AND u.deleted_at IS NULL AND u.blocked_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.user_id = u.id AND f.subject_type = $2 AND f.subject_id = $3 AND f.level = 'muted')
          AND ${visible}`,
      [candidates, fact.mute?.type ?? 'none', fact.mute?.id ?? fact.subjectId, fact.visibility?.id ?? null],
    );
    const rows = await this.write(
      tx,
      people.map((person) => ({ userId: person.id, type: recipients.get(person.id)! })),
      fact,
    );
    const byUser = new Map(people.map((person) => [person.id, person]));
    const emailed: string[] = [];
    for (const row of rows) {
      const person = byUser.get(row.user_id)!;
      if (person.email_frequency !== 'immediately' || !person.email || row.emailed_at) continue;
      const presented = (await presentNotifications(tx, { id: person.id, locale: person.locale }, [row])).get(row.id)!;
      const mail = this.mails.immediate({ id: person.id, email: person.email, displayName: person.display_name, locale: person.locale }, { row, presented });
      await this.outbox.enqueue(tx, 'email', mail as unknown as Record<string, unknown>);
      emailed.push(row.id);
    }
    if (emailed.length) await tx.query(`UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [emailed]);
    await this.live.publishMany(
      tx,
      rows.map((row) => `user:${row.user_id}`),
      { type: 'notifications' },
    );
    return emailed.length;
  }

  /**
   * One statement for all recipients: inserts, or for coalescing kinds adds to the unread row of
   * the subject; leaves out whoever has this fact recorded already (a redelivered event). Returns
   * the rows written, one per recipient at most.
   */
  private async write(tx: EntityManager, recipients: { userId: string; type: NotificationType }[], fact: Fact): Promise<NotificationRow[]> {
    if (recipients.length === 0) return [];
    const dataOf = (type: NotificationType) =>
      JSON.stringify({ ...fact.data, key: fact.key, ...(fact.item && COALESCING.includes(type) ? { items: [fact.item] } : {}) });
    // Events may be handled out of order (several workers): the link keeps the earliest unread
    // post (lowest number), excerpt and actor follow the latest (highest seq), whatever the order.
    // Only coalescing kinds meet the partial unique index, so the others are plain inserts.
    const newer = `coalesce((EXCLUDED.data->>'seq')::numeric, 0) >= coalesce((n.data->>'seq')::numeric, 0)`;
    return tx.query<NotificationRow[]>(
      `INSERT INTO notification AS n (user_id, type, subject_type, subject_id, actor_id, data)
       SELECT r.user_id, r.type, $4::text, $5::uuid, $6::uuid, r.data::jsonb FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(user_id, type, data)
        WHERE NOT EXISTS (SELECT 1 FROM notification x WHERE x.user_id = r.user_id
                            AND (x.data->>'key' = $7 OR (x.type = ANY($9::text[]) AND x.subject_id = $5 AND x.data->'items' ? $8)))
       ON CONFLICT (user_id, type, subject_id) WHERE read_at IS NULL AND type IN ('new_post', 'message')
       DO UPDATE SET count = n.count + 1, updated_at = now(),
         actor_id = CASE WHEN ${newer} THEN EXCLUDED.actor_id ELSE n.actor_id END,
         data = n.data || jsonb_strip_nulls(jsonb_build_object(
           'postId', CASE WHEN ${newer} THEN EXCLUDED.data->'postId' ELSE n.data->'postId' END,
           'messageId', CASE WHEN ${newer} THEN EXCLUDED.data->'messageId' ELSE n.data->'messageId' END,
           'seq', CASE WHEN ${newer} THEN EXCLUDED.data->'seq' ELSE n.data->'seq' END,
           'postNumber', CASE WHEN (EXCLUDED.data->>'postNumber')::int < (n.data->>'postNumber')::int THEN EXCLUDED.data->'postNumber' ELSE n.data->'postNumber' END,
           'items', coalesce(n.data->'items', '[]'::jsonb) || (EXCLUDED.data->'items')))
       RETURNING ${NOTIFICATION_COLUMNS}`,
      [
        recipients.map((r) => r.userId),
        recipients.map((r) => r.type),
        recipients.map((r) => dataOf(r.type)),
        fact.subjectType,
        fact.subjectId,
        fact.actorId,
        fact.key,
        fact.item ?? '',
        COALESCING,
      ],
    );
  }
}
