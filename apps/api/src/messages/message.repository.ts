import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MarkdownText } from '../practices/index.js';
import { type Conversation, type Message } from './message.types.js';
import { personRef, type PersonRef } from '../core/graphql/person-ref.js';

export interface ConversationRow {
  id: string;
  subject: string | null;
  practice_id: string | null;
  last_message_at: Date;
  unread: boolean;
  cursor_at: string;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string | null;
  sender_name: string | null;
  sender_deleted_at: Date | null;
  body: string;
  created_at: Date;
  cursor_at: string;
}

export interface UserContactRow {
  id: string;
  display_name: string;
  allow_contact: boolean;
  blocked_at: Date | null;
  deleted_at: Date | null;
}

export interface PracticeContactRow {
  id: string;
  slug: string;
  title: string;
  state: string;
  municipality_id: string;
  published_at: Date | null;
  contact_user_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_consent: boolean;
}

export const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  subject: r.subject,
  practiceId: r.practice_id,
  lastMessageAt: r.last_message_at,
  unread: r.unread,
});

const toMessage = (r: MessageRow, viewerId: string): Message => ({
  id: r.id,
  conversationId: r.conversation_id,
  senderId: r.sender_id,
  sender: personRef(r.sender_id, r.sender_name, r.sender_deleted_at),
  body: new MarkdownText(r.body),
  createdAt: r.created_at,
  mine: r.sender_id === viewerId,
});

// Sending a message moves the sender's marker to the same instant (one transaction, one now()), so only others' messages make it unread.
const CONVERSATION_COLUMNS = `c.id, c.subject, c.practice_id, c.last_message_at, (cp.last_read_at IS NULL OR cp.last_read_at < c.last_message_at) AS unread,
  c.last_message_at::text AS cursor_at`;
const MESSAGE_COLUMNS = `m.id, m.conversation_id, m.sender_id, u.display_name AS sender_name, u.deleted_at AS sender_deleted_at, m.body, m.created_at,
  m.created_at::text AS cursor_at`;

/** Raw SQL for conversations, messages and blocks; every read is scoped to a participant. */
@Injectable()
export class MessageRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async user(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserContactRow | null> {
    const [row] = await manager.query<UserContactRow[]>(`SELECT id, display_name, allow_contact, blocked_at, deleted_at FROM app_user WHERE id = $1`, [id]);
    return row ?? null;
  }

  async practice(id: string): Promise<PracticeContactRow | null> {
    const [row] = await this.dataSource.query<PracticeContactRow[]>(
      `SELECT id, slug, title, state, municipality_id, published_at, contact_user_id, contact_name, contact_email, contact_consent FROM practice WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Whether any of `blockerIds` has blocked `blockedId`. */
  async blockedBy(manager: EntityManager, blockerIds: string[], blockedId: string): Promise<boolean> {
    const [row] = await manager.query<{ blocked: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM user_block WHERE blocker_id = ANY($1::uuid[]) AND blocked_id = $2) AS blocked`,
      [blockerIds, blockedId],
    );
    return row.blocked;
  }

  /** The existing conversation of exactly these two people about the same practice (or about none). */
  async findPair(manager: EntityManager, a: string, b: string, practiceId: string | null): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT c.id FROM conversation c
        WHERE c.practice_id IS NOT DISTINCT FROM $3::uuid
          AND EXISTS (SELECT 1 FROM conversation_participant WHERE conversation_id = c.id AND user_id = $1)
          AND EXISTS (SELECT 1 FROM conversation_participant WHERE conversation_id = c.id AND user_id = $2)
          AND (SELECT count(*) FROM conversation_participant WHERE conversation_id = c.id) = 2
        ORDER BY c.created_at LIMIT 1`,
      [a, b, practiceId],
    );
    return row?.id ?? null;
  }

  async createConversation(manager: EntityManager, participants: string[], practiceId: string | null, subject: string | null): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(`INSERT INTO conversation (practice_id, subject) VALUES ($1, $2) RETURNING id`, [practiceId, subject]);
    await manager.query(`INSERT INTO conversation_participant (conversation_id, user_id) SELECT $1, unnest($2::uuid[])`, [row.id, participants]);
    return row.id;
  }

  /** Appends a message; the conversation moves to the top and the sender has read up to it. */
  async addMessage(manager: EntityManager, conversationId: string, senderId: string, body: string): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(`INSERT INTO message (conversation_id, sender_id, body) VALUES ($1, $2, $3) RETURNING id`, [
      conversationId,
      senderId,
      body,
    ]);
    await manager.query(`UPDATE conversation SET last_message_at = now() WHERE id = $1`, [conversationId]);
    await manager.query(`UPDATE conversation_participant SET last_read_at = now() WHERE conversation_id = $1 AND user_id = $2`, [conversationId, senderId]);
    return row.id;
  }

  /** The other participants of a conversation the user takes part in, locked against concurrent changes; null if not a participant. */
  async othersIn(manager: EntityManager, conversationId: string, userId: string): Promise<{ id: string; active: boolean }[] | null> {
    const rows = await manager.query<{ user_id: string; active: boolean }[]>(
      `SELECT cp.user_id, (u.deleted_at IS NULL) AS active FROM conversation_participant cp JOIN app_user u ON u.id = cp.user_id
        WHERE cp.conversation_id = $1 ORDER BY cp.user_id`,
      [conversationId],
    );
    if (!rows.some((r) => r.user_id === userId)) return null;
    return rows.filter((r) => r.user_id !== userId).map((r) => ({ id: r.user_id, active: r.active }));
  }

  async conversation(userId: string, id: string): Promise<ConversationRow | null> {
    const [row] = await this.dataSource.query<ConversationRow[]>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversation c JOIN conversation_participant cp ON cp.conversation_id = c.id AND cp.user_id = $1 WHERE c.id = $2`,
      [userId, id],
    );
    return row ?? null;
  }

  /** Newest activity first, keyset (last_message_at, id). */
  async list(userId: string, first: number, after?: [string, string]): Promise<{ rows: ConversationRow[]; totalCount: number }> {
    const [count, rows] = await Promise.all([
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM conversation_participant WHERE user_id = $1`, [userId]),
      this.dataSource.query<ConversationRow[]>(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversation c JOIN conversation_participant cp ON cp.conversation_id = c.id AND cp.user_id = $1
          WHERE ($2::timestamptz IS NULL OR (c.last_message_at, c.id) < ($2::timestamptz, $3::uuid))
          ORDER BY c.last_message_at DESC, c.id DESC LIMIT $4`,
        [userId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
      ),
    ]);
    return { rows, totalCount: count[0].n };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM conversation_participant cp JOIN conversation c ON c.id = cp.conversation_id
        WHERE cp.user_id = $1 AND (cp.last_read_at IS NULL OR cp.last_read_at < c.last_message_at)`,
      [userId],
    );
    return row.n;
  }

  async markRead(userId: string, conversationId: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE conversation_participant SET last_read_at = greatest(now(), (SELECT last_message_at FROM conversation WHERE id = $2))
        WHERE user_id = $1 AND conversation_id = $2`,
      [userId, conversationId],
    );
    return affected > 0;
  }

  async message(id: string, viewerId: string): Promise<Message | null> {
    const [row] = await this.dataSource.query<MessageRow[]>(`SELECT ${MESSAGE_COLUMNS} FROM message m LEFT JOIN app_user u ON u.id = m.sender_id WHERE m.id = $1`, [id]);
    return row ? toMessage(row, viewerId) : null;
  }

  /** One conversation's messages before a cursor, newest first from the database, returned oldest first. */
  async messages(conversationId: string, viewerId: string, first: number, before?: [string, string]) {
    const [count, rows] = await Promise.all([
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM message WHERE conversation_id = $1`, [conversationId]),
      this.dataSource.query<MessageRow[]>(
        `SELECT ${MESSAGE_COLUMNS} FROM message m LEFT JOIN app_user u ON u.id = m.sender_id
          WHERE m.conversation_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.id) < ($2::timestamptz, $3::uuid))
          ORDER BY m.created_at DESC, m.id DESC LIMIT $4`,
        [conversationId, before?.[0] ?? null, before?.[1] ?? null, first + 1],
      ),
    ]);
    return { totalCount: count[0].n, rows: rows.map((r) => ({ message: toMessage(r, viewerId), keys: [r.cursor_at, r.id] as [string, string] })) };
  }

  /** The latest messages of several conversations at once (a conversation list showing previews): two statements. */
  async latestMessages(conversationIds: readonly string[], viewerId: string, first: number) {
    const [counts, rows] = await Promise.all([
      this.dataSource.query<{ conversation_id: string; n: number }[]>(
        `SELECT conversation_id, count(*)::int AS n FROM message WHERE conversation_id = ANY($1::uuid[]) GROUP BY conversation_id`,
        [conversationIds],
      ),
      this.dataSource.query<MessageRow[]>(
        `SELECT l.* FROM unnest($1::uuid[]) AS c(id) CROSS JOIN LATERAL (
           SELECT ${MESSAGE_COLUMNS} FROM message m LEFT JOIN app_user u ON u.id = m.sender_id
            WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, m.id DESC LIMIT $2) l`,
        [conversationIds, first + 1],
      ),
    ]);
    const total = new Map(counts.map((c) => [c.conversation_id, c.n]));
    return conversationIds.map((id) => ({
      totalCount: total.get(id) ?? 0,
      rows: rows.filter((r) => r.conversation_id === id).map((r) => ({ message: toMessage(r, viewerId), keys: [r.cursor_at, r.id] as [string, string] })),
    }));
  }

  async participantsOf(conversationIds: readonly string[]): Promise<{ conversation_id: string; person: PersonRef | null }[]> {
    const rows = await this.dataSource.query<{ conversation_id: string; id: string; display_name: string; deleted_at: Date | null }[]>(
      `SELECT cp.conversation_id, u.id, u.display_name, u.deleted_at FROM conversation_participant cp JOIN app_user u ON u.id = cp.user_id
        WHERE cp.conversation_id = ANY($1::uuid[]) ORDER BY u.display_name, u.id`,
      [conversationIds],
    );
    return rows.map((r) => ({ conversation_id: r.conversation_id, person: personRef(r.id, r.display_name, r.deleted_at) }));
  }

  async practicesByIds(ids: readonly string[]): Promise<PracticeContactRow[]> {
    return this.dataSource.query<PracticeContactRow[]>(
      `SELECT id, slug, title, state, municipality_id, published_at, contact_user_id, contact_name, contact_email, contact_consent FROM practice WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async block(blockerId: string, blockedId: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO user_block (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [blockerId, blockedId]);
  }

  async unblock(blockerId: string, blockedId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_block WHERE blocker_id = $1 AND blocked_id = $2`, [blockerId, blockedId]);
  }

  async blocked(blockerId: string): Promise<PersonRef[]> {
    const rows = await this.dataSource.query<{ id: string; display_name: string }[]>(
      `SELECT u.id, u.display_name FROM user_block b JOIN app_user u ON u.id = b.blocked_id
        WHERE b.blocker_id = $1 AND u.deleted_at IS NULL ORDER BY lower(u.display_name), u.id`,
      [blockerId],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  }
}
