import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { markdownToPlainText } from '@praxisforum/markdown';
import { type FlagReason, type SpaceType } from '@praxisforum/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Viewer } from '../core/auth/viewer.js';
import { SPACE_COLUMNS, SPACE_JOINS, type SpaceRow, toSpace } from '../discussions/index.js';
import { personRef } from '../messages/index.js';
import { MarkdownText } from '../practices/index.js';
import { type AuditEntry, type ModeratedPost, type ModeratedThread } from './moderation.types.js';

export interface ThreadRow {
  id: string;
  space_type: SpaceType;
  space_id: string;
  author_id: string | null;
  first_post_id: string | null;
  locked_at: Date | null;
  pinned_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  held_at: Date | null;
  deleted_at: Date | null;
}

export interface PostRow {
  id: string;
  thread_id: string;
  number: number;
  author_id: string | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  held_at: Date | null;
  deleted_at: Date | null;
  thread_deleted_at: Date | null;
  thread_held_at: Date | null;
}

export interface QueueRow {
  kind: 'flag' | 'held';
  subject_type: 'post' | 'thread';
  subject_id: string;
  thread_id: string;
  flag_count: number;
  reasons: FlagReason[];
  notes: string[];
  created_at: Date;
  cursor_at: string;
}

const EXCERPT_MAX = 300;
export function excerpt(markdown: string): string {
  const text = markdownToPlainText(markdown);
  return text.length <= EXCERPT_MAX ? text : `${text.slice(0, EXCERPT_MAX - 1).trimEnd()}…`;
}

/**
 * Who can read a thread (CONTRACT.md "Visibility"): not deleted, its space visible (a practice
 * space only while the practice is published, or to its coordinators and moderators), and
 * hidden or held threads only for moderators and the author. $1 viewer id, $2 moderator?, $3
 * municipalities the viewer coordinates.
 */
const THREAD_READABLE = `t.deleted_at IS NULL
  AND (t.space_type <> 'practice' OR EXISTS (SELECT 1 FROM practice pr WHERE pr.id = t.space_id
        AND (pr.state = 'published' OR $2::boolean OR pr.municipality_id = ANY($3::uuid[]))))
  AND (t.hidden_at IS NULL OR $2::boolean OR t.author_id = $1::uuid)
  AND (t.held_at IS NULL OR $2::boolean OR t.author_id = $1::uuid)`;

const QUEUE_ITEMS = `
  SELECT 'flag'::text AS kind, f.subject_type::text AS subject_type, f.subject_id, f.thread_id, count(*)::int AS flag_count,
         array_agg(DISTINCT f.reason::text) AS reasons, array_remove(array_agg(f.note::text ORDER BY f.created_at), NULL) AS notes,
         min(f.created_at) AS created_at
    FROM flag f WHERE f.status = 'open' GROUP BY f.subject_type, f.subject_id, f.thread_id
  UNION ALL
  SELECT 'held', 'post', p.id, p.thread_id, 0, '{}'::text[], '{}'::text[], p.held_at
    FROM post p JOIN thread t ON t.id = p.thread_id
   WHERE p.held_at IS NOT NULL AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND t.deleted_at IS NULL`;

/** Raw SQL on the discussion tables for flags, moderation actions, the queue and the audit log. */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  private readerParams(viewer: Viewer, moderator: boolean) {
    return [viewer.id, moderator, viewer.role === 'admin' ? [] : viewer.coordinatorOf];
  }

  /** A thread the viewer can read and that is not hidden: the only kind worth flagging. */
  async flaggableThread(viewer: Viewer, moderator: boolean, threadId: string): Promise<{ id: string; author_id: string | null } | null> {
    const [row] = await this.dataSource.query<{ id: string; author_id: string | null }[]>(
      `SELECT t.id, t.author_id FROM thread t WHERE t.id = $4 AND t.hidden_at IS NULL AND ${THREAD_READABLE}`,
      [...this.readerParams(viewer, moderator), threadId],
    );
    return row ?? null;
  }

  /** A post the viewer can read in full (not deleted, not hidden, held only for its author and moderators). */
  async flaggablePost(viewer: Viewer, moderator: boolean, postId: string): Promise<{ id: string; thread_id: string; author_id: string | null } | null> {
    const [row] = await this.dataSource.query<{ id: string; thread_id: string; author_id: string | null }[]>(
      `SELECT p.id, p.thread_id, p.author_id FROM post p JOIN thread t ON t.id = p.thread_id
        WHERE p.id = $4 AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND (p.held_at IS NULL OR $2::boolean OR p.author_id = $1::uuid)
          AND ${THREAD_READABLE}`,
      [...this.readerParams(viewer, moderator), postId],
    );
    return row ?? null;
  }

  /** False when the reporter already has an open flag on the subject (the partial unique index decides, race-free). */
  async addFlag(flag: { subjectType: 'post' | 'thread'; subjectId: string; threadId: string; reporterId: string; reason: FlagReason; note: string | null }): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO flag (subject_type, subject_id, thread_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (subject_type, subject_id, reporter_id) WHERE status = 'open' DO NOTHING RETURNING id`,
      [flag.subjectType, flag.subjectId, flag.threadId, flag.reporterId, flag.reason, flag.note],
    );
    return rows.length > 0;
  }

  async lockThread(tx: EntityManager, id: string): Promise<ThreadRow | null> {
    const [row] = await tx.query<ThreadRow[]>(
      `SELECT t.id, t.space_type, t.space_id, t.author_id, t.locked_at, t.pinned_at, t.hidden_at, t.hidden_reason, t.held_at, t.deleted_at,
              (SELECT id FROM post WHERE thread_id = t.id AND number = 1) AS first_post_id
         FROM thread t WHERE t.id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async lockPost(tx: EntityManager, id: string): Promise<PostRow | null> {
    const [row] = await tx.query<PostRow[]>(
      `SELECT p.id, p.thread_id, p.number, p.author_id, p.hidden_at, p.hidden_reason, p.held_at, p.deleted_at,
              t.deleted_at AS thread_deleted_at, t.held_at AS thread_held_at
         FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.id = $1 FOR UPDATE OF p, t`,
      [id],
    );
    return row ?? null;
  }

  /** Closes the subject's open flags; returns how many and their reasons. */
  async closeFlags(tx: EntityManager, subjectType: 'post' | 'thread', subjectId: string, status: 'resolved' | 'dismissed', actorId: string) {
    const [rows] = await tx.query<[{ reason: FlagReason }[], number]>(
      `UPDATE flag SET status = $3, resolved_by = $4, resolved_at = now() WHERE subject_type = $1 AND subject_id = $2 AND status = 'open' RETURNING reason`,
      [subjectType, subjectId, status, actorId],
    );
    return { count: rows.length, reasons: [...new Set(rows.map((r) => r.reason))].sort() };
  }

  async flagSubjectThread(tx: EntityManager, subjectType: 'post' | 'thread', subjectId: string): Promise<{ threadId: string; authorId: string | null } | null> {
    const [row] = await tx.query<{ thread_id: string; author_id: string | null }[]>(
      subjectType === 'post'
        ? `SELECT thread_id, author_id FROM post WHERE id = $1`
        : `SELECT id AS thread_id, author_id FROM thread WHERE id = $1`,
      [subjectId],
    );
    return row ? { threadId: row.thread_id, authorId: row.author_id } : null;
  }

  /** Whether a space can take a thread: topics and programmes that exist, practices that are published. */
  async space(type: SpaceType, id: string): Promise<{ exists: boolean; published: boolean }> {
    const sql = {
      topic: `SELECT true AS published FROM topic WHERE id = $1`,
      programme: `SELECT true AS published FROM programme WHERE id = $1`,
      practice: `SELECT state = 'published' AS published FROM practice WHERE id = $1`,
    }[type];
    const [row] = await this.dataSource.query<{ published: boolean }[]>(sql, [id]);
    return { exists: !!row, published: !!row?.published };
  }

  async user(tx: EntityManager, id: string): Promise<{ id: string; role: string; blocked_at: Date | null } | null> {
    const [row] = await tx.query<{ id: string; role: string; blocked_at: Date | null }[]>(
      `SELECT id, role, blocked_at FROM app_user WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** Threads with their space, author and first-post excerpt, in one statement. */
  async threads(ids: readonly string[], locale: 'de' | 'en'): Promise<ModeratedThread[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<
      (ThreadRow & SpaceRow & { title: string; post_count: number; last_post_at: Date; created_at: Date; author_name: string | null; author_deleted_at: Date | null;
        first_body: string | null })[]
    >(
      `SELECT t.id, t.title, ${SPACE_COLUMNS}, t.author_id, t.post_count, t.last_post_at, t.created_at, t.locked_at, t.pinned_at,
              t.hidden_at, t.hidden_reason, t.held_at, t.deleted_at, u.display_name AS author_name, u.deleted_at AS author_deleted_at,
              fp.body AS first_body
         FROM thread t
         LEFT JOIN app_user u ON u.id = t.author_id
         LEFT JOIN post fp ON fp.thread_id = t.id AND fp.number = 1 ${SPACE_JOINS}
        WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(
      rows.map((r): [string, ModeratedThread] => [
        r.id,
        {
          id: r.id,
          title: r.title,
          space: toSpace(r, locale),
          author: personRef(r.author_id, r.author_name, r.author_deleted_at),
          excerpt: r.first_body === null ? null : excerpt(r.first_body),
          postCount: r.post_count,
          lastPostAt: r.last_post_at,
          createdAt: r.created_at,
          locked: !!r.locked_at,
          pinned: !!r.pinned_at,
          hidden: !!r.hidden_at,
          hiddenReason: r.hidden_reason,
          held: !!r.held_at,
          deleted: !!r.deleted_at,
        },
      ]),
    );
    return ids.map((id) => byId.get(id)).filter((t): t is ModeratedThread => !!t);
  }

  async posts(ids: readonly string[]): Promise<ModeratedPost[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<
      (PostRow & { body: string; created_at: Date; held_reason: string | null; author_name: string | null; author_deleted_at: Date | null })[]
    >(
      `SELECT p.id, p.thread_id, p.number, p.author_id, p.body, p.created_at, p.hidden_at, p.hidden_reason, p.held_at, p.held_reason, p.deleted_at,
              u.display_name AS author_name, u.deleted_at AS author_deleted_at
         FROM post p LEFT JOIN app_user u ON u.id = p.author_id WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(
      rows.map((r): [string, ModeratedPost] => [
        r.id,
        {
          id: r.id,
          threadId: r.thread_id,
          number: r.number,
          author: personRef(r.author_id, r.author_name, r.author_deleted_at),
          // Moderators read hidden and held posts in full; a deleted post stays a placeholder.
          body: r.deleted_at ? null : new MarkdownText(r.body),
          excerpt: r.deleted_at ? null : excerpt(r.body),
          createdAt: r.created_at,
          deleted: !!r.deleted_at,
          hidden: !!r.hidden_at,
          hiddenReason: r.hidden_reason,
          held: !!r.held_at,
          heldReason: r.held_reason,
        },
      ]),
    );
    return ids.map((id) => byId.get(id)).filter((p): p is ModeratedPost => !!p);
  }

  /** Open flags grouped per subject plus held posts, oldest first; keyset (created_at, kind, subject_id). */
  async queue(first: number, after?: [string, string, string]): Promise<{ rows: QueueRow[]; totalCount: number }> {
    const [count, rows] = await Promise.all([
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${QUEUE_ITEMS}) items`),
      this.dataSource.query<QueueRow[]>(
        `SELECT items.*, items.created_at::text AS cursor_at FROM (${QUEUE_ITEMS}) items
          WHERE $1::timestamptz IS NULL OR (items.created_at, items.kind, items.subject_id) > ($1::timestamptz, $2::text, $3::uuid)
          ORDER BY items.created_at, items.kind, items.subject_id LIMIT $4`,
        [after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, first + 1],
      ),
    ]);
    return { rows, totalCount: count[0].n };
  }

  /** Newest first; keyset (created_at, id); `action` exact, or a prefix when it ends with a dot. */
  async auditLog(first: number, action: string | null | undefined, after?: [string, string]): Promise<{ rows: (AuditEntry & { cursorAt: string })[]; totalCount: number }> {
    // GraphQL hands an explicit `action: null` (the web's empty filter) through as null: no filter, like undefined.
    const filter = action == null ? null : action.endsWith('.') ? `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : action;
    const exact = action != null && !action.endsWith('.');
    const where = `($1::text IS NULL OR (CASE WHEN $2::boolean THEN a.action = $1 ELSE a.action LIKE $1 END))`;
    const [count, rows] = await Promise.all([
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event a WHERE ${where}`, [filter, exact]),
      this.dataSource.query<
        { id: string; action: string; actor_id: string | null; actor_name: string | null; actor_deleted_at: Date | null; subject_type: string; subject_id: string | null;
          details: Record<string, unknown>; created_at: Date; cursor_at: string }[]
      >(
        `SELECT a.id, a.action, a.actor_id, u.display_name AS actor_name, u.deleted_at AS actor_deleted_at, a.subject_type, a.subject_id, a.details,
                a.created_at, a.created_at::text AS cursor_at
           FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_id
          WHERE ${where} AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))
          ORDER BY a.created_at DESC, a.id DESC LIMIT $5`,
        [filter, exact, after?.[0] ?? null, after?.[1] ?? null, first + 1],
      ),
    ]);
    return {
      totalCount: count[0].n,
      rows: rows.map((r) => ({
        id: r.id,
        action: r.action,
        actor: personRef(r.actor_id, r.actor_name, r.actor_deleted_at),
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        reason: typeof r.details?.reason === 'string' ? r.details.reason : null,
        details: JSON.stringify(r.details ?? {}),
        createdAt: r.created_at,
        cursorAt: r.cursor_at,
      })),
    };
  }
}
