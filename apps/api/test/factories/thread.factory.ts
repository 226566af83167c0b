import { type SpaceType, type ThreadKind } from '@praxisforum/domain';
import { type DataSource } from 'typeorm';
import { ensureTopics } from './practice.factory.js';
import { uniqueTag } from './municipality.factory.js';

/**
 * Threads and posts inserted with SQL, for tests that do not go through the discussions API.
 * Counters follow the API: thread.last_post_number is the highest number handed out, and
 * thread.post_count counts the published posts (held ones only count once approved).
 */

/** Moderation state of a post. */
export interface PostState {
  /** Held for review: not counted in the thread until approved. */
  held?: boolean;
  hiddenReason?: string | null;
  /** Deleted: not counted, as the API does; it keeps the body given (the API empties it), so tests show reads leave it out by its state. */
  deleted?: boolean;
}

export interface BuildPostOptions extends PostState {
  authorId: string | null;
  body?: string;
  quotedPostId?: string | null;
  /** Backdates the post and, unless held or deleted, the thread's latest activity. */
  createdAt?: Date;
}

export interface BuildThreadOptions {
  authorId: string | null;
  /** Default: the seed topic "sprache"; pass `await buildTopic(…)` for a topic no other test lists in. */
  space?: { type: SpaceType; id: string };
  kind?: ThreadKind;
  title?: string;
  /** Body of the first post. */
  body?: string;
  tags?: string[];
  locked?: boolean;
  pinned?: boolean;
  /** Hides the thread itself; see `firstPost` to hide only its first post. */
  hiddenReason?: string | null;
  /** The thread awaits review, and so does its first post (held threads count no posts). */
  held?: boolean;
  isExample?: boolean;
  /** Moderation state of the first post alone. */
  firstPost?: Omit<PostState, 'held'>;
  /** Backdates the thread (creation, flags, latest activity) and its first post. */
  createdAt?: Date;
  /** Replies after the first post, numbered 2, 3, … */
  replies?: BuildPostOptions[];
}

export interface TestThread {
  id: string;
  title: string;
  space: { type: SpaceType; id: string };
  firstPostId: string;
  /** Ids of the replies, in order (post numbers 2, 3, …). */
  replyIds: string[];
}

/** The id of a topic of the seed taxonomy, created like the seed would if needed. */
export async function topicId(dataSource: DataSource, slug = 'sprache'): Promise<string> {
  await ensureTopics(dataSource, [slug]);
  const [row] = await dataSource.query<{ id: string }[]>(`SELECT id FROM topic WHERE slug = $1`, [slug]);
  return row.id;
}

/** A topic of its own, so a test's space listings never see other tests' threads. */
export async function buildTopic(dataSource: DataSource): Promise<{ type: 'topic'; id: string; slug: string }> {
  const slug = uniqueTag('thema');
  const [row] = await dataSource.query<{ id: string }[]>(`INSERT INTO topic (slug, name_de, name_en, position) VALUES ($1, $2, $3, 500) RETURNING id`, [
    slug,
    `Thema ${slug}`,
    `Topic ${slug}`,
  ]);
  return { type: 'topic', id: row.id, slug };
}

/** Adds a post at the end of a thread, keeping its counters as the API does. */
export async function buildPost(dataSource: DataSource, threadId: string, options: BuildPostOptions): Promise<{ id: string; number: number }> {
  const created = options.createdAt ?? new Date();
  const [row] = await dataSource.query<{ id: string; number: number }[]>(
    `WITH t AS (
       UPDATE thread SET last_post_number = last_post_number + 1,
                         post_count = post_count + CASE WHEN $3::boolean OR $7::boolean THEN 0 ELSE 1 END,
                         last_post_at = CASE WHEN $3::boolean OR $7::boolean THEN last_post_at ELSE greatest(last_post_at, $8::timestamptz) END
        WHERE id = $1 RETURNING id, last_post_number)
     INSERT INTO post (thread_id, number, author_id, body, quoted_post_id, held_at, held_reason, hidden_at, hidden_reason, deleted_at, created_at)
     SELECT t.id, t.last_post_number, $2, $4, $5, CASE WHEN $3::boolean THEN $8::timestamptz END, CASE WHEN $3::boolean THEN 'links' END,
            CASE WHEN $6::varchar IS NOT NULL THEN $8::timestamptz END, $6::varchar, CASE WHEN $7::boolean THEN $8::timestamptz END, $8::timestamptz FROM t
     RETURNING id, number`,
    [threadId, options.authorId, !!options.held, options.body ?? `Antwort ${uniqueTag()}`, options.quotedPostId ?? null, options.hiddenReason ?? null, !!options.deleted, created],
  );
  if (!row) throw new Error(`buildPost: thread ${threadId} does not exist`);
  return { id: row.id, number: row.number };
}

/** A thread inserted with SQL: its first post, then the replies; in the topic "sprache" unless told. */
export async function buildThread(dataSource: DataSource, options: BuildThreadOptions): Promise<TestThread> {
  const space = options.space ?? { type: 'topic' as const, id: await topicId(dataSource) };
  const title = options.title ?? `Wie finden wir Ehrenamtliche? ${uniqueTag()}`;
  const created = options.createdAt ?? new Date();
  const [thread] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO thread (space_type, space_id, kind, title, tags, author_id, locked_at, pinned_at, hidden_at, hidden_reason, held_at, is_example, last_post_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::boolean THEN $12::timestamptz END, CASE WHEN $8::boolean THEN $12::timestamptz END,
             CASE WHEN $9::varchar IS NOT NULL THEN $12::timestamptz END, $9::varchar, CASE WHEN $10::boolean THEN $12::timestamptz END, $11, $12, $12, $12)
     RETURNING id`,
    [
      space.type,
      space.id,
      options.kind ?? 'question',
      title,
      options.tags ?? [],
      options.authorId,
      !!options.locked,
      !!options.pinned,
      options.hiddenReason ?? null,
      !!options.held,
      !!options.isExample,
      created,
    ],
  );
  const first = await buildPost(dataSource, thread.id, {
    ...options.firstPost,
    authorId: options.authorId,
    body: options.body ?? 'Wir suchen Ideen, wie man Ehrenamtliche gewinnt.',
    held: options.held,
    createdAt: created,
  });
  const replyIds: string[] = [];
  for (const reply of options.replies ?? []) replyIds.push((await buildPost(dataSource, thread.id, reply)).id);
  return { id: thread.id, title, space: { type: space.type, id: space.id }, firstPostId: first.id, replyIds };
}
