import { type SpaceType, type ThreadKind } from '@praxisforum/domain';
import { type DataSource } from 'typeorm';
import { ensureTopics } from './practice.factory.js';
import { uniqueTag } from './municipality.factory.js';

export interface BuildPostOptions {
  authorId: string | null;
  body?: string;
  quotedPostId?: string | null;
  /** Held for review (not counted in the thread's post count). */
  held?: boolean;
  hiddenReason?: string | null;
  deleted?: boolean;
  createdAt?: Date;
}

export interface BuildThreadOptions {
  authorId: string | null;
  /** Default: the seed topic "sprache". */
  space?: { type: SpaceType; id: string };
  kind?: ThreadKind;
  title?: string;
  body?: string;
  tags?: string[];
  locked?: boolean;
  pinned?: boolean;
  hiddenReason?: string | null;
  held?: boolean;
  isExample?: boolean;
  lastPostAt?: Date;
  /** Replies after the first post, numbered 2, 3, … */
  replies?: BuildPostOptions[];
}

export interface TestThread {
  id: string;
  title: string;
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

/** Adds a post at the end of a thread, keeping its counters as the API does. */
export async function buildPost(dataSource: DataSource, threadId: string, options: BuildPostOptions): Promise<{ id: string; number: number }> {
  const counts = !options.held && !options.deleted;
  const [[counter]] = await dataSource.query<[{ number: number }[], number]>(
    `UPDATE thread SET last_post_number = last_post_number + 1, post_count = post_count + $2,
            last_post_at = CASE WHEN $2 = 1 THEN coalesce($3::timestamptz, now()) ELSE last_post_at END
      WHERE id = $1 RETURNING last_post_number AS number`,
    [threadId, counts ? 1 : 0, options.createdAt ?? null],
  );
  const [post] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO post (thread_id, number, author_id, body, quoted_post_id, held_at, held_reason, hidden_at, hidden_reason, deleted_at, created_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN now() END, CASE WHEN $6::boolean THEN 'links' END,
             CASE WHEN $7::varchar IS NOT NULL THEN now() END, $7::varchar, CASE WHEN $8::boolean THEN now() END, coalesce($9::timestamptz, now()))
     RETURNING id`,
    [
      threadId,
      counter.number,
      options.authorId,
      options.deleted ? '' : (options.body ?? `Antwort ${uniqueTag()}`),
      options.quotedPostId ?? null,
      !!options.held,
      options.hiddenReason ?? null,
      !!options.deleted,
      options.createdAt ?? null,
    ],
  );
  return { id: post.id, number: counter.number };
}

/** A thread inserted with SQL: its first post, then the replies; in the topic "sprache" unless told. */
export async function buildThread(dataSource: DataSource, options: BuildThreadOptions): Promise<TestThread> {
  const space = options.space ?? { type: 'topic' as const, id: await topicId(dataSource) };
  const title = options.title ?? `Wie finden wir Ehrenamtliche? ${uniqueTag()}`;
  const [thread] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO thread (space_type, space_id, kind, title, tags, author_id, locked_at, pinned_at, hidden_at, hidden_reason, held_at, is_example, last_post_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::boolean THEN now() END, CASE WHEN $8::boolean THEN now() END,
             CASE WHEN $9::varchar IS NOT NULL THEN now() END, $9::varchar, CASE WHEN $10::boolean THEN now() END, $11, coalesce($12::timestamptz, now()))
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
      options.lastPostAt ?? null,
    ],
  );
  const first = await buildPost(dataSource, thread.id, { authorId: options.authorId, body: options.body ?? 'Wir suchen Ideen, wie man Ehrenamtliche gewinnt.', held: options.held, createdAt: options.lastPostAt });
  const replyIds: string[] = [];
  for (const reply of options.replies ?? []) replyIds.push((await buildPost(dataSource, thread.id, reply)).id);
  return { id: thread.id, title, firstPostId: first.id, replyIds };
}
