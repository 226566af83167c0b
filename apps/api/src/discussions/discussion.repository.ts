import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type SpaceType, type ThreadKind, type WatchLevel } from '@praxisforum/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { BATCH_MAX, batchInList } from '../core/database/coalesced-loader.js';
import { preparedQuery } from '../core/database/prepared.js';
import { containsPattern } from '../core/database/sql.js';

/**
 * Who reads, as SQL parameters $1..$3 of every read: the viewer's id (null for guests), whether
 * they moderate, and the municipalities they coordinate (for threads on unpublished practices).
 */
export interface ViewerScope {
  id: string | null;
  moderator: boolean;
  coordinatorOf: string[];
}

const scopeParams = (s: ViewerScope): unknown[] => [s.id, s.moderator, s.coordinatorOf];

/** The space a thread lives in, joined once for its title and slug and for practice visibility. */
export const SPACE_JOINS = `
  LEFT JOIN topic tp ON t.space_type = 'topic' AND tp.id = t.space_id
  LEFT JOIN programme pg ON t.space_type = 'programme' AND pg.id = t.space_id
  LEFT JOIN practice pr ON t.space_type = 'practice' AND pr.id = t.space_id`;

/** What `toSpace` needs of a thread's space (with SPACE_JOINS): a topic has two names, a programme or practice one. */
export const SPACE_COLUMNS = `t.space_type, t.space_id, coalesce(tp.slug, pg.slug, pr.slug) AS space_slug,
  coalesce(tp.name_de, pg.name, pr.title) AS space_title_de, coalesce(tp.name_en, pg.name, pr.title) AS space_title_en`;

export interface SpaceRow {
  space_type: SpaceType;
  space_id: string;
  space_slug: string | null;
  space_title_de: string | null;
  space_title_en: string | null;
}

/**
 * CONTRACT.md visibility of a thread: not deleted; hidden and held ones for moderators and the
 * author only; in a space that exists and, for a practice, that the viewer may see (published, or
 * staff, or a coordinator of its municipality: the practice policy's "view").
 */
const THREAD_VISIBLE = `t.deleted_at IS NULL
  AND ($2::boolean OR t.hidden_at IS NULL OR t.author_id = $1::uuid)
  AND ($2::boolean OR t.held_at IS NULL OR t.author_id = $1::uuid)
  AND (tp.id IS NOT NULL OR pg.id IS NOT NULL
       OR (pr.id IS NOT NULL AND (pr.state = 'published' OR $2::boolean OR pr.municipality_id = ANY($3::uuid[]))))`;

/** Held posts only for their author and moderators; hidden and deleted ones are listed (as placeholders). */
const POST_VISIBLE = (p: string) => `($2::boolean OR ${p}.held_at IS NULL OR ${p}.author_id = $1::uuid)`;

const THREAD_COLUMNS = `t.id, ${SPACE_COLUMNS}, t.kind, t.title, t.tags, t.author_id, au.display_name AS author_name,
  t.accepted_post_id, t.post_count, t.last_post_number, t.last_post_at, t.created_at, t.locked_at IS NOT NULL AS locked,
  t.pinned_at IS NOT NULL AS pinned, t.hidden_at IS NOT NULL AS hidden, t.hidden_reason, t.held_at IS NOT NULL AS held,
  t.deleted_at IS NOT NULL AS deleted, t.is_example,
  (SELECT x.id FROM post x WHERE x.thread_id = t.id AND x.number = 1) AS first_post_id`;

/** What only a signed-in viewer has of a thread: read position, follow level, unread count. */
const VIEWER_THREAD_COLUMNS = `tr.last_read_number, f.level AS follow_level,
  (SELECT count(*)::int FROM post x WHERE x.thread_id = t.id AND x.number > coalesce(tr.last_read_number, 0)
      AND x.held_at IS NULL AND x.deleted_at IS NULL AND x.author_id IS DISTINCT FROM $1::uuid) AS unread_count`;
const GUEST_THREAD_COLUMNS = `NULL::int AS last_read_number, NULL::text AS follow_level, 0 AS unread_count`;

const THREAD_FROM = `FROM thread t
  LEFT JOIN app_user au ON au.id = t.author_id AND au.deleted_at IS NULL ${SPACE_JOINS}`;
const VIEWER_THREAD_JOINS = `
  LEFT JOIN thread_read tr ON tr.user_id = $1::uuid AND tr.thread_id = t.id
  LEFT JOIN follow f ON f.user_id = $1::uuid AND f.subject_type = 'thread' AND f.subject_id = t.id`;

/**
 * The thread read for guests or for a signed-in viewer. Two statements, not one with `$1 IS NULL`
 * branches: PostgreSQL plans a prepared statement once (a generic plan) only when that plan costs no
 * more than one planned for the actual values, and a guest's values prune the viewer joins, so a
 * shared statement was planned anew on every execution (about 1 ms of CPU per thread page).
 */
const threadSelect = (scope: ViewerScope, extraColumns = '') =>
  scope.id === null
    ? `SELECT ${THREAD_COLUMNS}, ${GUEST_THREAD_COLUMNS}${extraColumns} ${THREAD_FROM}`
    : `SELECT ${THREAD_COLUMNS}, ${VIEWER_THREAD_COLUMNS}${extraColumns} ${THREAD_FROM} ${VIEWER_THREAD_JOINS}`;

/**
 * Ids after the params `before` (the scope's): `IN ($4, …)` padded to a batch size (see batchInList:
 * one generic plan per size, where `= ANY` of an array of unknown length would be planned on every
 * execution), or `= ANY($4)` beyond the largest batch.
 */
const byIds = (column: string, ids: readonly string[], before: unknown[]) => {
  if (ids.length === 0 || ids.length > BATCH_MAX) return { where: `${column} = ANY($${before.length + 1}::uuid[])`, params: [...before, ids], variant: 'many' };
  const { size, params, list } = batchInList(ids, before.length);
  return { where: `${column} IN ${list}`, params: [...before, ...params], variant: String(size) };
};

export interface ThreadRow extends SpaceRow {
  id: string;
  kind: ThreadKind;
  title: string;
  tags: string[];
  author_id: string | null;
  author_name: string | null;
  accepted_post_id: string | null;
  post_count: number;
  last_post_number: number;
  last_post_at: Date;
  created_at: Date;
  locked: boolean;
  pinned: boolean;
  hidden: boolean;
  hidden_reason: string | null;
  held: boolean;
  deleted: boolean;
  is_example: boolean;
  first_post_id: string | null;
  last_read_number: number | null;
  follow_level: WatchLevel | null;
  unread_count: number;
}

/**
 * A post with everything the thread page shows: author name, the viewer's reaction, mentioned
 * people, the quoted post's head and a bounded slice of its text for the excerpt, and what the
 * abilities need of the thread. One row per post, no per-post statements.
 */
const POST_COLUMNS = `p.id, p.thread_id, p.number, p.author_id, au.display_name AS author_name, p.body, p.body_html, p.created_at, p.edited_at,
  p.edit_count, p.deleted_at IS NOT NULL AS deleted, p.hidden_at IS NOT NULL AS hidden, p.hidden_reason, p.held_at IS NOT NULL AS held,
  p.helpful_count, coalesce(t.accepted_post_id = p.id, false) AS accepted,
  ($1::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM post_reaction r WHERE r.post_id = p.id AND r.user_id = $1::uuid AND r.kind = 'helpful')) AS viewer_reacted,
  /* Only bodies with mention markup can have mentions: most posts skip the lookup. */
  CASE WHEN strpos(p.body, '@[') > 0 THEN (SELECT coalesce(json_agg(json_build_object('id', mu.id, 'displayName', mu.display_name) ORDER BY mu.display_name), '[]')
     FROM post_mention pm JOIN app_user mu ON mu.id = pm.user_id AND mu.deleted_at IS NULL WHERE pm.post_id = p.id) ELSE '[]'::json END AS mentions,
  q.id AS quoted_id, q.number AS quoted_number, q.author_id AS quoted_author_id, qa.display_name AS quoted_author_name,
  CASE WHEN q.deleted_at IS NULL AND ($2::boolean OR q.author_id = $1::uuid OR (q.hidden_at IS NULL AND q.held_at IS NULL)) THEN true ELSE false END AS quoted_visible,
  q.excerpt AS quoted_excerpt, CASE WHEN q.excerpt IS NULL THEN left(q.body, 1500) END AS quoted_body,
  t.kind AS thread_kind, t.author_id AS thread_author_id, t.locked_at IS NOT NULL AS thread_locked, t.deleted_at IS NOT NULL AS thread_deleted`;

const POST_FROM = `FROM post p JOIN thread t ON t.id = p.thread_id
  LEFT JOIN app_user au ON au.id = p.author_id AND au.deleted_at IS NULL
  LEFT JOIN post q ON q.id = p.quoted_post_id
  LEFT JOIN app_user qa ON qa.id = q.author_id AND qa.deleted_at IS NULL`;

export interface PostRow {
  id: string;
  thread_id: string;
  number: number;
  author_id: string | null;
  author_name: string | null;
  body: string;
  body_html: string | null;
  created_at: Date;
  edited_at: Date | null;
  edit_count: number;
  deleted: boolean;
  hidden: boolean;
  hidden_reason: string | null;
  held: boolean;
  helpful_count: number;
  accepted: boolean;
  viewer_reacted: boolean;
  mentions: { id: string; displayName: string }[];
  quoted_id: string | null;
  quoted_number: number | null;
  quoted_author_id: string | null;
  quoted_author_name: string | null;
  quoted_visible: boolean;
  quoted_excerpt: string | null;
  quoted_body: string | null;
  thread_kind: ThreadKind;
  thread_author_id: string | null;
  thread_locked: boolean;
  thread_deleted: boolean;
}

/** Queries only: the rules live in the service. */
@Injectable()
export class DiscussionRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async threadsByIds(scope: ViewerScope, ids: readonly string[], manager?: EntityManager): Promise<ThreadRow[]> {
    const { where, params, variant } = byIds('t.id', ids, scopeParams(scope));
    const sql = `${threadSelect(scope)} WHERE ${where} AND ${THREAD_VISIBLE}`;
    const name = `discussion.threadsByIds.${scope.id === null ? 'guest' : 'viewer'}.${variant}`;
    return manager ? manager.query(sql, params) : preparedQuery<ThreadRow>(this.dataSource, name, sql, params);
  }

  /** One keyset page of visible threads: in a space pinned first, everywhere latest activity first. */
  async listThreads(scope: ViewerScope, space: { type: SpaceType; id: string } | undefined, first: number, after?: (string | number)[]) {
    const params: unknown[] = scopeParams(scope);
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [THREAD_VISIBLE];
    if (space) where.push(`t.space_type = ${param(space.type)} AND t.space_id = ${param(space.id)}::uuid`);
    const countParams = [...params];
    const keys = space
      ? { columns: ['(t.pinned_at IS NOT NULL)::int', 't.last_post_at', 't.id'], casts: ['int', 'timestamptz', 'uuid'] }
      : { columns: ['t.last_post_at', 't.id'], casts: ['timestamptz', 'uuid'] };
    const pageWhere = [...where];
    if (after) {
      pageWhere.push(`(${keys.columns.join(', ')}) < (${after.map((v, i) => `CAST(${param(v)} AS ${keys.casts[i]})`).join(', ')})`);
    }
    const cursorKeys = keys.columns.map((c) => (c.endsWith('::int') ? c : `${c}::text`)).join(', ');
    const [[count], rows] = await Promise.all([
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM thread t ${SPACE_JOINS} WHERE ${where.join(' AND ')}`, countParams),
      this.dataSource.query<(ThreadRow & { cursor_keys: (string | number)[] })[]>(
        `${threadSelect(scope, `, json_build_array(${cursorKeys}) AS cursor_keys`)}
          WHERE ${pageWhere.join(' AND ')} ORDER BY ${keys.columns.map((c) => `${c} DESC`).join(', ')} LIMIT ${first + 1}`,
        params,
      ),
    ]);
    return { totalCount: count.n, rows };
  }

  /**
   * A page of a thread's posts with the count of all the viewer may see, in ONE statement. The
   * thread itself was checked visible by whoever asks (its Thread object came from a visible read).
   */
  async postPage(scope: ViewerScope, threadId: string, first: number, afterNumber: number): Promise<{ totalCount: number; rows: PostRow[] }> {
    const rows = await preparedQuery<PostRow & { total: number }>(
      this.dataSource,
      'discussion.postPage',
      // Posts need only $1 (viewer) and $2 (moderator) of the scope: the thread was checked before.
      // Released posts are counted from the partial index alone; held ones (few) by the held index.
      `SELECT c.total, page.* FROM (SELECT (SELECT count(*) FROM post p WHERE p.thread_id = $3 AND p.held_at IS NULL)::int
           + (SELECT count(*) FROM post p WHERE p.thread_id = $3 AND p.held_at IS NOT NULL AND ${POST_VISIBLE('p')})::int AS total) c
       LEFT JOIN LATERAL (
         SELECT ${POST_COLUMNS} ${POST_FROM}
          WHERE p.thread_id = $3 AND ${POST_VISIBLE('p')} AND p.number > $4 ORDER BY p.number LIMIT $5
       ) page ON true`,
      [scope.id, scope.moderator, threadId, afterNumber, first + 1],
    );
    return { totalCount: rows[0]?.total ?? 0, rows: rows.filter((r) => r.id !== null) };
  }

  /** Posts by id that the viewer may see, in visible threads (or, for a just-deleted thread's post, any thread). */
  async postsByIds(scope: ViewerScope, ids: readonly string[], manager?: EntityManager, allowDeletedThread = false): Promise<PostRow[]> {
    const threadVisible = allowDeletedThread ? THREAD_VISIBLE.replace('t.deleted_at IS NULL', 'true') : THREAD_VISIBLE;
    const { where, params, variant } = byIds('p.id', ids, scopeParams(scope));
    const sql = `SELECT ${POST_COLUMNS} ${POST_FROM} ${SPACE_JOINS} WHERE ${where} AND ${POST_VISIBLE('p')} AND ${threadVisible}`;
    return manager
      ? manager.query(sql, params)
      : preparedQuery<PostRow>(this.dataSource, `discussion.postsByIds.${allowDeletedThread}.${variant}`, sql, params);
  }

  async revisions(postId: string): Promise<{ id: string; body: string; editor_id: string | null; editor_name: string | null; created_at: Date }[]> {
    return this.dataSource.query(
      `SELECT r.id, r.body, r.editor_id, u.display_name AS editor_name, r.created_at
         FROM post_revision r LEFT JOIN app_user u ON u.id = r.editor_id AND u.deleted_at IS NULL
        WHERE r.post_id = $1 ORDER BY r.created_at, r.id`,
      [postId],
    );
  }

  /** Active people whose name, or a word of it, starts with the query. */
  async mentionCandidates(query: string, first: number): Promise<{ id: string; displayName: string }[]> {
    const prefix = containsPattern(query.toLowerCase()).slice(1);
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName" FROM app_user
        WHERE deleted_at IS NULL AND blocked_at IS NULL
          AND (lower(display_name) LIKE $1 OR lower(display_name) LIKE '% ' || $1)
        ORDER BY lower(display_name) LIKE $1 DESC, display_name, id LIMIT $2`,
      [prefix, first],
    );
  }

  async spaces(): Promise<SpaceRow[]> {
    return this.dataSource.query(
      `SELECT space_type, space_id, space_slug, space_title_de, space_title_en FROM (
         SELECT 'topic' AS space_type, id AS space_id, slug AS space_slug, name_de AS space_title_de, name_en AS space_title_en,
                0 AS kind, position AS pos, null::date AS announced FROM topic
         UNION ALL
         SELECT 'programme', id, slug, name, name, 1, 0, announced_on FROM programme) s
        ORDER BY kind, pos, announced DESC NULLS LAST, space_title_de`,
    );
  }

  async spaceRow(type: SpaceType, id: string): Promise<{ id: string; state?: string; municipality_id?: string; published_at?: Date | null } | null> {
    const sql =
      type === 'topic'
        ? `SELECT id FROM topic WHERE id = $1`
        : type === 'programme'
          ? `SELECT id FROM programme WHERE id = $1`
          : `SELECT id, state, municipality_id, published_at FROM practice WHERE id = $1`;
    const rows = await this.dataSource.query<{ id: string; state?: string; municipality_id?: string; published_at?: Date | null }[]>(sql, [id]);
    return rows[0] ?? null;
  }

  /** What the hold rule needs: blocked, and how many posts of the person already count. */
  async authorStanding(userId: string): Promise<{ blocked: boolean; approved: number }> {
    const [row] = await this.dataSource.query<{ blocked: boolean; approved: number }[]>(
      `SELECT u.blocked_at IS NOT NULL AS blocked,
              (SELECT count(*)::int FROM (SELECT 1 FROM post p WHERE p.author_id = u.id AND p.held_at IS NULL LIMIT 10) x) AS approved
         FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    return row ?? { blocked: true, approved: 0 };
  }

  /** The known, active people among the ids (id → display name): only they count as mentioned. */
  async knownPeople(tx: EntityManager, userIds: string[]): Promise<Record<string, string>> {
    if (userIds.length === 0) return {};
    const rows = await tx.query<{ id: string; display_name: string }[]>(
      `SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [userIds],
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.display_name]));
  }

  /** Replaces the mentions of a post. */
  async setMentions(tx: EntityManager, postId: string, userIds: string[], replace: boolean): Promise<void> {
    if (replace) await tx.query(`DELETE FROM post_mention WHERE post_id = $1`, [postId]);
    if (userIds.length === 0) return;
    await tx.query(`INSERT INTO post_mention (post_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [postId, userIds]);
  }
}
