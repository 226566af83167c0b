import { type EntityManager } from 'typeorm';
import { type DomainEvent } from '../../src/core/outbox/domain-events.js';
import { OutboxService } from '../../src/core/outbox/outbox.service.js';
import { OutboxWorker } from '../../src/core/outbox/outbox.worker.js';
import { type TestApp } from '../test-app.js';
import { uniqueTag } from './municipality.factory.js';

/**
 * Threads, posts, messages and moderation facts written with SQL exactly as the discussions,
 * messages and moderation services write them (numbers, counters, mentions), with the domain
 * event they emit in the same transaction. The notifications feature only sees these tables and
 * events, so its tests do not depend on those services.
 */

export interface BuildThreadOptions {
  space: { type: 'topic' | 'programme' | 'practice'; id: string };
  authorId: string;
  title?: string;
  body?: string;
  mentions?: string[];
  /** A held thread (first post held for review). */
  held?: boolean;
  hidden?: boolean;
}

export interface TestThread {
  id: string;
  title: string;
  firstPostId: string;
}

export interface BuildPostOptions {
  threadId: string;
  authorId: string;
  body?: string;
  quotedPostId?: string;
  mentions?: string[];
  held?: boolean;
}

export interface TestPost {
  id: string;
  number: number;
}

const emit = (t: TestApp, tx: EntityManager, event: DomainEvent) => t.app.get(OutboxService).emit(tx, event);

export async function emitEvent(t: TestApp, event: DomainEvent): Promise<void> {
  await t.dataSource.transaction((tx) => emit(t, tx, event));
}

async function addMentions(tx: EntityManager, postId: string, userIds: string[] = []) {
  for (const userId of userIds) await tx.query(`INSERT INTO post_mention (post_id, user_id) VALUES ($1, $2)`, [postId, userId]);
}

/** A thread with its first post (number 1), emitting thread.created. */
export async function buildThread(t: TestApp, options: BuildThreadOptions): Promise<TestThread> {
  const title = options.title ?? `Wie gewinnen wir Ehrenamtliche? ${uniqueTag()}`;
  return t.dataSource.transaction(async (tx) => {
    const [thread] = await tx.query<{ id: string }[]>(
      `INSERT INTO thread (space_type, space_id, kind, title, author_id, post_count, last_post_number, last_post_at, held_at, hidden_at, hidden_reason)
       VALUES ($1, $2, 'discussion', $3, $4, 1, 1, now(), $5, $6, $7) RETURNING id`,
      [options.space.type, options.space.id, title, options.authorId, options.held ? new Date() : null, options.hidden ? new Date() : null, options.hidden ? 'Off topic' : null],
    );
    const [post] = await tx.query<{ id: string }[]>(
      `INSERT INTO post (thread_id, number, author_id, body, held_at, held_reason) VALUES ($1, 1, $2, $3, $4, $5) RETURNING id`,
      [thread.id, options.authorId, options.body ?? 'Wir suchen **Ideen** für die Gewinnung von Ehrenamtlichen.', options.held ? new Date() : null, options.held ? 'new_account_link' : null],
    );
    await addMentions(tx, post.id, options.mentions);
    await emit(t, tx, { type: 'thread.created', threadId: thread.id, actorId: options.authorId });
    return { id: thread.id, title, firstPostId: post.id };
  });
}

/** A reply: next number, thread counters updated, mentions stored, post.created emitted. */
export async function buildPost(t: TestApp, options: BuildPostOptions): Promise<TestPost> {
  return t.dataSource.transaction(async (tx) => {
    const [thread] = await tx.query<{ last_post_number: number }[]>(`SELECT last_post_number FROM thread WHERE id = $1 FOR UPDATE`, [options.threadId]);
    const number = thread.last_post_number + 1;
    const [post] = await tx.query<{ id: string }[]>(
      `INSERT INTO post (thread_id, number, author_id, body, quoted_post_id, held_at, held_reason) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        options.threadId,
        number,
        options.authorId,
        options.body ?? `Bei uns hat ein Aushang in der Bücherei geholfen (${uniqueTag()}).`,
        options.quotedPostId ?? null,
        options.held ? new Date() : null,
        options.held ? 'new_account_link' : null,
      ],
    );
    // Held posts do not count until released (as the discussions service does).
    if (!options.held) {
      await tx.query(`UPDATE thread SET post_count = post_count + 1, last_post_number = $2, last_post_at = now(), updated_at = now() WHERE id = $1`, [
        options.threadId,
        number,
      ]);
    } else {
      await tx.query(`UPDATE thread SET last_post_number = $2 WHERE id = $1`, [options.threadId, number]);
    }
    await addMentions(tx, post.id, options.mentions);
    await emit(t, tx, { type: 'post.created', postId: post.id, threadId: options.threadId, actorId: options.authorId });
    return { id: post.id, number };
  });
}

/** A conversation between people with one message from the sender, emitting message.sent. */
export async function buildMessage(t: TestApp, options: { senderId: string; recipientIds: string[]; subject?: string; body?: string }) {
  return t.dataSource.transaction(async (tx) => {
    const [conversation] = await tx.query<{ id: string }[]>(`INSERT INTO conversation (subject) VALUES ($1) RETURNING id`, [options.subject ?? null]);
    for (const userId of [options.senderId, ...options.recipientIds]) {
      await tx.query(`INSERT INTO conversation_participant (conversation_id, user_id) VALUES ($1, $2)`, [conversation.id, userId]);
    }
    const [message] = await tx.query<{ id: string }[]>(`INSERT INTO message (conversation_id, sender_id, body) VALUES ($1, $2, $3) RETURNING id`, [
      conversation.id,
      options.senderId,
      options.body ?? 'Guten Tag, wir möchten Ihr Sprachcafé übernehmen. Haben Sie Zeit für ein Gespräch?',
    ]);
    await emit(t, tx, { type: 'message.sent', messageId: message.id, conversationId: conversation.id, actorId: options.senderId });
    return { conversationId: conversation.id, messageId: message.id };
  });
}

/**
 * Runs the outbox until nothing is due: events become notifications, notification mails go to
 * SMTP. (A wake-up may start the worker's own drain alongside; waiting for the queue to empty
 * covers rows it holds.)
 */
export async function drainOutbox(t: TestApp): Promise<void> {
  const worker = t.app.get(OutboxWorker);
  const deadline = Date.now() + 10_000;
  for (;;) {
    await worker.drain();
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending' AND last_error IS NULL`);
    if (n === 0 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
