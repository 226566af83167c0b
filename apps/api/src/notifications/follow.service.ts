import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FollowSubject, type WatchLevel } from '@praxisforum/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize } from '../core/auth/policy.js';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { notFound } from '../core/errors/domain-error.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { LABELS } from './notification-texts.js';
import { type Follow } from './notification.types.js';
import { practiceVisibleSql, threadVisibleSql } from '../core/visibility/visibility.sql.js';

interface FollowRow {
  subject_type: FollowSubject;
  subject_id: string;
  level: WatchLevel;
  created_at: Date;
  cursor_at: string;
}

const SUBJECT_NAMES: Record<FollowSubject, string> = { practice: 'Practice', thread: 'Thread', topic: 'Topic', municipality: 'Municipality' };

/** Follows of practices, threads, topics and municipalities, with a level (watching, normal, muted). */
@Injectable()
export class FollowService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Subjects the viewer may see, with title and web path in the viewer's terms. */
  private async describe(manager: EntityManager, viewer: Viewer, subjects: { type: FollowSubject; id: string }[]) {
    const ids = (type: FollowSubject) => [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
    const me = `(SELECT id, role IN ('moderator', 'admin') AS staff FROM app_user WHERE id = $2)`;
    const [threads, practices, topics, municipalities] = await Promise.all([
      ids('thread').length
        ? manager.query<{ id: string; title: string; path: string }[]>(
            `SELECT t.id, t.title, '/diskussionen/' || t.id AS path FROM thread t, ${me} me WHERE t.id = ANY($1::uuid[]) AND ${threadVisibleSql('t', 'me.id', 'me.staff')}`,
            [ids('thread'), viewer.id],
          )
        : [],
      ids('practice').length
        ? manager.query<{ id: string; title: string; path: string }[]>(
            `SELECT p.id, p.title, '/praxisbeispiele/' || p.slug AS path FROM practice p, ${me} me WHERE p.id = ANY($1::uuid[]) AND ${practiceVisibleSql('p', 'me.id', 'me.staff')}`,
            [ids('practice'), viewer.id],
          )
        : [],
      ids('topic').length
        ? manager.query<{ id: string; title: string; path: string }[]>(
            `SELECT id, ${viewer.locale === 'en' ? 'name_en' : 'name_de'} AS title, '/themen/' || slug AS path FROM topic WHERE id = ANY($1::uuid[])`,
            [ids('topic')],
          )
        : [],
      ids('municipality').length
        ? manager.query<{ id: string; title: string; path: string }[]>(`SELECT id, name AS title, '/kommunen/' || slug AS path FROM municipality WHERE id = ANY($1::uuid[])`, [
            ids('municipality'),
          ])
        : [],
    ]);
    const found = new Map<string, { title: string; path: string }>();
    for (const [type, list] of [['thread', threads], ['practice', practices], ['topic', topics], ['municipality', municipalities]] as const) {
      for (const s of list) found.set(`${type}:${s.id}`, { title: s.title, path: s.path });
    }
    return found;
  }

  /** Follows (or changes the level of a follow of) a subject the viewer can see; NOT_FOUND otherwise. */
  async follow(actor: Actor, subjectType: FollowSubject, subjectId: string, level: WatchLevel): Promise<Follow> {
    const viewer = authorize(actor, 'account:manage');
    return this.dataSource.transaction(async (tx) => {
      const subject = (await this.describe(tx, viewer, [{ type: subjectType, id: subjectId }])).get(`${subjectType}:${subjectId}`);
      if (!subject) throw notFound(SUBJECT_NAMES[subjectType], subjectId);
      const [row] = await tx.query<{ created_at: Date }[]>(
        `INSERT INTO follow (user_id, subject_type, subject_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, subject_type, subject_id) DO UPDATE SET level = EXCLUDED.level RETURNING created_at`,
        [viewer.id, subjectType, subjectId, level],
      );
      return { subjectType, subjectId, level, ...subject, createdAt: new Date(row.created_at).toISOString() };
    });
  }

  /** Idempotent: true whether or not there was a follow. */
  async unfollow(actor: Actor, subjectType: FollowSubject, subjectId: string): Promise<boolean> {
    const viewer = authorize(actor, 'account:manage');
    await this.dataSource.query(`DELETE FROM follow WHERE user_id = $1 AND subject_type = $2 AND subject_id = $3`, [viewer.id, subjectType, subjectId]);
    return true;
  }

  /** The user's levels among the given subjects of one type (for the `viewerFollowLevel` loaders). */
  async levelsAmong(userId: string, subjectType: FollowSubject, subjectIds: readonly string[]): Promise<Map<string, WatchLevel>> {
    const rows = await this.dataSource.query<{ subject_id: string; level: WatchLevel }[]>(
      `SELECT subject_id, level FROM follow WHERE user_id = $1 AND subject_type = $2 AND subject_id = ANY($3::uuid[])`,
      [userId, subjectType, [...subjectIds]],
    );
    return new Map(rows.map((r) => [r.subject_id, r.level]));
  }

  /** Newest first; subjects that disappeared or became invisible show as "no longer available". */
  async myFollows(actor: Actor, first: number, after?: string): Promise<Connection<Follow>> {
    const viewer = authorize(actor, 'account:manage');
    const cursor = after ? decodeCursor(after, 3) : undefined;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<FollowRow[]>(
        `SELECT subject_type, subject_id, level, created_at, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS cursor_at
           FROM follow WHERE user_id = $1
           ${cursor ? `AND (created_at, subject_type, subject_id) < ($3::timestamp AT TIME ZONE 'UTC', $4::varchar, $5::uuid)` : ''}
          ORDER BY created_at DESC, subject_type DESC, subject_id DESC LIMIT $2`,
        cursor ? [viewer.id, first + 1, ...cursor] : [viewer.id, first + 1],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM follow WHERE user_id = $1`, [viewer.id]),
    ]);
    const subjects = await this.describe(
      this.dataSource.manager,
      viewer,
      rows.slice(0, first).map((r) => ({ type: r.subject_type, id: r.subject_id })),
    );
    const gone = { title: LABELS[viewer.locale].unavailable, path: '/konto/benachrichtigungen' };
    return toConnection(
      rows.map((r) => ({
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        level: r.level,
        createdAt: new Date(r.created_at).toISOString(),
        cursor: [r.cursor_at, r.subject_type, r.subject_id],
        ...(subjects.get(`${r.subject_type}:${r.subject_id}`) ?? gone),
      })),
      first,
      total,
      (f) => f.cursor,
    );
  }
}
