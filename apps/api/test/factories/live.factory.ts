import { type DataSource } from 'typeorm';
import { type LiveEvents } from '../../src/core/realtime/live-events.js';

/** A thread with its first post, inserted with SQL (the discussions feature owns the mutations). */
export async function insertThread(
  dataSource: DataSource,
  authorId: string,
  space: { type: 'topic' | 'practice'; id: string },
  flags: { hidden?: boolean; held?: boolean; deleted?: boolean } = {},
): Promise<string> {
  const [thread] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO thread (space_type, space_id, kind, title, author_id, post_count, last_post_number, hidden_at, hidden_reason, held_at, deleted_at)
     VALUES ($1, $2, 'discussion', 'Wie finden wir Ehrenamtliche?', $3, 1, 1, $4, $5, $6, $7) RETURNING id`,
    [space.type, space.id, authorId, flags.hidden ? new Date() : null, flags.hidden ? 'Spam' : null, flags.held ? new Date() : null, flags.deleted ? new Date() : null],
  );
  await dataSource.query(`INSERT INTO post (thread_id, number, author_id, body) VALUES ($1, 1, $2, 'Erster Beitrag')`, [thread.id, authorId]);
  return thread.id;
}

/** What the discussions feature will do on createPost: insert the post and publish, in one transaction. */
export async function addPost(dataSource: DataSource, live: LiveEvents, threadId: string, authorId: string, options: { rollback?: boolean; beforeCommit?: () => Promise<void> } = {}) {
  let postId = '';
  const work = dataSource.transaction(async (tx) => {
    await tx.query(`UPDATE thread SET post_count = post_count + 1, last_post_number = last_post_number + 1, last_post_at = now() WHERE id = $1`, [threadId]);
    const [post] = await tx.query<{ id: string }[]>(
      `INSERT INTO post (thread_id, number, author_id, body) SELECT $1, last_post_number, $2, 'Antwort' FROM thread WHERE id = $1 RETURNING id`,
      [threadId, authorId],
    );
    postId = post.id;
    await live.publish(tx, `thread:${threadId}`, { type: 'post.created', threadId, postId });
    await options.beforeCommit?.();
    if (options.rollback) throw new Error('rolled back on purpose');
  });
  if (!options.rollback) await work;
  else if (!(await work.then(() => false, () => true))) throw new Error('the transaction was meant to roll back');
  return postId;
}
