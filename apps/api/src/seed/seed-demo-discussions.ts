import { mentionMarkup } from '@praxisforum/markdown';
import { type EntityManager } from 'typeorm';
import { cookPost } from '../discussions/index.js';
import { DEMO_PEOPLE, type DemoPerson, DEMO_THREADS, type DemoThread } from './demo-discussions.js';

const SPACE_TABLES = { topic: 'topic', programme: 'programme', practice: 'practice' } as const;

/** The demo people, created once (no password, so nobody can sign in as them). */
async function demoPeople(tx: EntityManager): Promise<Record<DemoPerson, { id: string; displayName: string }>> {
  const people = {} as Record<DemoPerson, { id: string; displayName: string }>;
  for (const [key, p] of Object.entries(DEMO_PEOPLE) as [DemoPerson, (typeof DEMO_PEOPLE)[DemoPerson]][]) {
    await tx.query(
      `INSERT INTO app_user (email, email_verified_at, display_name, role) VALUES ($1, now(), $2, 'member') ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING`,
      [p.email, p.displayName],
    );
    const [row] = await tx.query<{ id: string; display_name: string }[]>(`SELECT id, display_name FROM app_user WHERE email = $1`, [p.email]);
    people[key] = { id: row.id, displayName: row.display_name };
  }
  return people;
}

/**
 * Adds the example discussions (flagged `is_example`) so a demo instance shows live threads on
 * topics, the programme and practices. Additive and idempotent by title: an existing example
 * thread is left alone, and a thread whose space is missing is skipped.
 */
export async function seedDemoDiscussions(tx: EntityManager, threads: DemoThread[] = DEMO_THREADS): Promise<number> {
  const people = await demoPeople(tx);
  let added = 0;
  for (const thread of threads) {
    const [exists] = await tx.query<{ id: string }[]>(`SELECT id FROM thread WHERE is_example AND title = $1`, [thread.title]);
    if (exists) continue;
    const [space] = await tx.query<{ id: string }[]>(`SELECT id FROM ${SPACE_TABLES[thread.space.type]} WHERE slug = $1`, [thread.space.slug]);
    if (!space) continue;
    const at = (daysAgo: number, index: number) => new Date(Date.now() - daysAgo * 86_400_000 + index * 3_600_000).toISOString();
    const last = thread.posts.length - 1;
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO thread (space_type, space_id, kind, title, tags, author_id, post_count, last_post_number, last_post_at, is_example, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, true, $9, $8) RETURNING id`,
      [thread.space.type, space.id, thread.kind, thread.title, thread.tags, people[thread.posts[0].author].id, thread.posts.length, at(thread.posts[last].daysAgo, last), at(thread.posts[0].daysAgo, 0)],
    );
    const postIds: string[] = [];
    for (const [i, post] of thread.posts.entries()) {
      const mentioned = [...post.body.matchAll(/@(\w+)/g)].map((m) => m[1]).filter((k): k is DemoPerson => k in people);
      const body = post.body.replace(/@(\w+)/g, (match, key: string) => (key in people ? mentionMarkup(people[key as DemoPerson]) : match));
      const cooked = cookPost(body, Object.fromEntries(mentioned.map((key) => [people[key].id, people[key].displayName])));
      const [p] = await tx.query<{ id: string }[]>(
        `INSERT INTO post (thread_id, number, author_id, body, body_html, excerpt, quoted_post_id, helpful_count, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [row.id, i + 1, people[post.author].id, body, cooked.html, cooked.excerpt, post.quotes !== undefined ? postIds[post.quotes] : null, post.helpful?.length ?? 0, at(post.daysAgo, i)],
      );
      postIds.push(p.id);
      for (const key of new Set(mentioned)) await tx.query(`INSERT INTO post_mention (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [p.id, people[key].id]);
      for (const key of post.helpful ?? []) await tx.query(`INSERT INTO post_reaction (post_id, user_id, created_at) VALUES ($1, $2, $3)`, [p.id, people[key].id, at(post.daysAgo, i + 1)]);
      if (post.accepted) await tx.query(`UPDATE thread SET accepted_post_id = $2 WHERE id = $1`, [row.id, p.id]);
    }
    added += 1;
  }
  return added;
}
