import { type SpaceType } from '@praxisforum/domain';
import { type DataSource } from 'typeorm';
import { uniqueTag } from './municipality.factory.js';

/**
 * Threads and posts inserted with SQL, for features that work on the discussion tables without
 * going through the discussions API (moderation, messages, notifications). Numbers are given
 * the way the API gives them: thread.last_post_number is the highest number handed out, and
 * thread.post_count counts the published posts (held ones only count once approved).
 */

export interface TestSpace {
  type: SpaceType;
  id: string;
  slug: string;
}

export interface TestThread {
  id: string;
  title: string;
  firstPostId: string;
  space: TestSpace;
  authorId: string | null;
}

export interface TestPost {
  id: string;
  threadId: string;
  number: number;
  authorId: string | null;
}

export interface PostState {
  /** Held for review (not counted in the thread until approved). */
  held?: boolean;
  heldReason?: string;
  hiddenReason?: string | null;
  deleted?: boolean;
}

/** A topic of its own, so a test's space listings never see other tests' threads. */
export async function buildTopic(dataSource: DataSource): Promise<TestSpace> {
  const slug = uniqueTag('thema');
  const [row] = await dataSource.query<{ id: string }[]>(`INSERT INTO topic (slug, name_de, name_en, position) VALUES ($1, $2, $3, 500) RETURNING id`, [
    slug,
    `Thema ${slug}`,
    `Topic ${slug}`,
  ]);
  return { type: 'topic', id: row.id, slug };
}

export async function buildThread(
  dataSource: DataSource,
  options: PostState & {
    authorId: string | null;
    space?: TestSpace | { type: SpaceType; id: string };
    title?: string;
    kind?: 'question' | 'discussion';
    body?: string;
    tags?: string[];
    hiddenThreadReason?: string;
    locked?: boolean;
    pinned?: boolean;
    threadDeleted?: boolean;
    /** Backdates the thread and its first post (queue and list order). */
    createdAt?: Date;
  },
): Promise<TestThread> {
  const space = options.space ?? (await buildTopic(dataSource));
  const title = options.title ?? `Wie gewinnt man Ehrenamtliche? ${uniqueTag()}`;
  const created = options.createdAt ?? new Date();
  const held = !!options.held;
  const [thread] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO thread (space_type, space_id, kind, title, tags, author_id, post_count, last_post_number, last_post_at, locked_at, pinned_at,
                         hidden_at, hidden_reason, held_at, deleted_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $10, $11, $12, $13, $14, $8, $8) RETURNING id`,
    [
      space.type,
      space.id,
      options.kind ?? 'discussion',
      title,
      options.tags ?? [],
      options.authorId,
      held ? 0 : 1,
      created,
      options.locked ? created : null,
      options.pinned ? created : null,
      options.hiddenThreadReason ? created : null,
      options.hiddenThreadReason ?? null,
      held ? created : null,
      options.threadDeleted ? created : null,
    ],
  );
  const [post] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO post (thread_id, number, author_id, body, held_at, held_reason, hidden_at, hidden_reason, deleted_at, created_at)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      thread.id,
      options.authorId,
      options.body ?? 'Wir suchen **Ideen**, wie kleine Gemeinden Ehrenamtliche für Sprachcafés gewinnen.',
      held ? created : null,
      held ? (options.heldReason ?? 'links') : null,
      options.hiddenReason ? created : null,
      options.hiddenReason ?? null,
      options.deleted ? created : null,
      created,
    ],
  );
  return { id: thread.id, title, firstPostId: post.id, space: space as TestSpace, authorId: options.authorId };
}

/** A reply with the next number; published replies count in the thread and move its latest activity. */
export async function buildPost(
  dataSource: DataSource,
  options: PostState & { threadId: string; authorId: string | null; body?: string; createdAt?: Date },
): Promise<TestPost> {
  const held = !!options.held;
  const created = options.createdAt ?? new Date();
  const [row] = await dataSource.query<{ id: string; number: number }[]>(
    `WITH t AS (
       UPDATE thread SET last_post_number = last_post_number + 1,
                         post_count = post_count + CASE WHEN $3::boolean THEN 0 ELSE 1 END,
                         last_post_at = CASE WHEN $3::boolean THEN last_post_at ELSE greatest(last_post_at, $9::timestamptz) END
        WHERE id = $1 RETURNING id, last_post_number)
     INSERT INTO post (thread_id, number, author_id, body, held_at, held_reason, hidden_at, hidden_reason, deleted_at, created_at)
     SELECT t.id, t.last_post_number, $2, $4, CASE WHEN $3::boolean THEN $9::timestamptz END, $5, $6, $7, $8, $9 FROM t
     RETURNING id, number`,
    [
      options.threadId,
      options.authorId,
      held,
      options.body ?? 'Bei uns hat ein Aushang in der Bücherei geholfen.',
      held ? (options.heldReason ?? 'links') : null,
      options.hiddenReason ? created : null,
      options.hiddenReason ?? null,
      options.deleted ? created : null,
      created,
    ],
  );
  if (!row) throw new Error(`buildPost: thread ${options.threadId} does not exist`);
  return { id: row.id, threadId: options.threadId, number: row.number, authorId: options.authorId };
}
