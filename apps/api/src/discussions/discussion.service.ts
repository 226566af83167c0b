import { Inject, Injectable } from '@nestjs/common';
import { DISCUSSION_LIMITS as L, type SpaceType } from '@praxisforum/domain';
import { extractMentionIds, hasExternalLinks } from '@praxisforum/markdown';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { authorize } from '../core/auth/policy.js';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { badInput, DomainError, notFound } from '../core/errors/domain-error.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { type DomainEvent } from '../core/outbox/domain-events.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { RateLimiterService } from '../core/rate-limit/rate-limiter.service.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { hasPracticeRight } from '../practices/index.js';
import {
  authorizeAnswerDecision,
  authorizeDelete,
  authorizeEdit,
  authorizeReaction,
  authorizeReply,
  isModerator,
  postAbilities,
  requireViewer,
  seesHiddenContent,
  threadAbilities,
  type ThreadSubject,
} from './discussion.policy.js';
import { cookPost, excerptOf } from './cook.js';
import { DiscussionRepository, type PostRow, type SpaceRow, type ThreadRow, type ViewerScope } from './discussion.repository.js';
import { type PersonRef, type Post, PostBody, type PostRevision, type Space, type Thread } from './discussion.types.js';
import { type CreatePostInput, type CreateThreadInput, type EditPostInput, type EditThreadInput } from './dto/discussion.inputs.js';

const SPACE_PATHS: Record<SpaceType, string> = { topic: '/themen', programme: '/programme', practice: '/praxisbeispiele' };

/** A space with both titles, for the web to show the one of its language; `title` follows the account's (German for guests). */
export function toSpace(r: SpaceRow, locale: 'de' | 'en' | undefined): Space {
  const titleDe = r.space_title_de ?? '';
  const titleEn = r.space_title_en ?? '';
  const slug = r.space_slug ?? '';
  return { type: r.space_type, id: r.space_id, title: locale === 'en' ? titleEn : titleDe, titleDe, titleEn, slug, path: `${SPACE_PATHS[r.space_type]}/${slug}` };
}

export function scopeOf(actor: Actor): ViewerScope {
  return { id: actor?.id ?? null, moderator: isModerator(actor), coordinatorOf: actor?.coordinatorOf ?? [] };
}

const person = (id: string | null, name: string | null): PersonRef | null => (id && name !== null ? { id, displayName: name } : null);

export function toThread(r: ThreadRow, actor: Actor): Thread {
  const subject: ThreadSubject = { authorId: r.author_id, kind: r.kind, locked: r.locked, deleted: r.deleted };
  const space = toSpace(r, actor?.locale);
  return {
    id: r.id,
    space,
    kind: r.kind,
    title: r.title,
    tags: r.tags,
    author: person(r.author_id, r.author_name),
    createdAt: r.created_at,
    lastPostAt: r.last_post_at,
    postCount: r.post_count,
    lastPostNumber: r.last_post_number,
    locked: r.locked,
    pinned: r.pinned,
    hidden: r.hidden,
    hiddenReason: r.hidden && seesHiddenContent(actor, r.author_id) ? r.hidden_reason : null,
    held: r.held,
    isExample: r.is_example,
    unreadCount: r.unread_count,
    lastReadNumber: r.last_read_number,
    viewerFollowLevel: r.follow_level,
    viewerCan: threadAbilities(actor, subject),
    authorId: r.author_id,
    acceptedPostId: r.accepted_post_id,
    firstPostId: r.first_post_id,
    deleted: r.deleted,
  };
}

const threadSubjectOfPost = (r: PostRow): ThreadSubject => ({ authorId: r.thread_author_id, kind: r.thread_kind, locked: r.thread_locked, deleted: r.thread_deleted });

/** A post as this viewer sees it: deleted ones without body, hidden ones without body and reason unless author or moderator. */
export function toPost(r: PostRow, actor: Actor): Post {
  const seesHidden = seesHiddenContent(actor, r.author_id);
  const readable = !r.deleted && (!r.hidden || seesHidden);
  return {
    id: r.id,
    threadId: r.thread_id,
    number: r.number,
    author: person(r.author_id, r.author_name),
    body: readable ? new PostBody(r.body, r.body_html, Object.fromEntries(r.mentions.map((m) => [m.id, m.displayName]))) : null,
    quoted: r.quoted_id
      ? {
          id: r.quoted_id,
          number: r.quoted_number!,
          author: person(r.quoted_author_id, r.quoted_author_name),
          excerpt: r.quoted_visible ? (r.quoted_excerpt ?? excerptOf(r.quoted_body ?? '')) : null,
        }
      : null,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    editCount: r.edit_count,
    deleted: r.deleted,
    hidden: r.hidden,
    hiddenReason: r.hidden && seesHidden ? r.hidden_reason : null,
    held: r.held,
    helpfulCount: r.helpful_count,
    viewerReacted: r.viewer_reacted,
    accepted: r.accepted,
    mentions: readable ? r.mentions : [],
    viewerCan: postAbilities(actor, { authorId: r.author_id, number: r.number, deleted: r.deleted, hidden: r.hidden, held: r.held }, threadSubjectOfPost(r)),
    authorId: r.author_id,
  };
}

/** TypeORM answers UPDATE/DELETE … RETURNING with [rows, count], other statements with rows. */
async function returning<T>(tx: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = await tx.query<unknown[]>(sql, params);
  return (Array.isArray(result[0]) ? result[0] : result) as T[];
}

@Injectable()
export class DiscussionService {
  constructor(
    private readonly repo: DiscussionRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiterService,
    @Inject(LIVE_EVENTS) private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- reads ----------------------------------------------------------------------------------

  private async threadRow(actor: Actor, id: string, manager?: EntityManager): Promise<ThreadRow> {
    const [row] = await this.repo.threadsByIds(scopeOf(actor), [id], manager);
    if (!row) throw notFound('Thread', id);
    return row;
  }

  private async postRow(actor: Actor, id: string, allowDeletedThread = false): Promise<PostRow> {
    const [row] = await this.repo.postsByIds(scopeOf(actor), [id], undefined, allowDeletedThread);
    if (!row) throw notFound('Post', id);
    return row;
  }

  /** A thread the viewer may see; NOT_FOUND otherwise (hidden, held, deleted, or on a practice they cannot see). */
  async getThread(actor: Actor, id: string): Promise<Thread> {
    return toThread(await this.threadRow(actor, id), actor);
  }

  async getPost(actor: Actor, id: string): Promise<Post> {
    return toPost(await this.postRow(actor, id), actor);
  }

  /** For DataLoaders: posts by id in the order asked, null where the viewer may not see one. */
  async postsByIds(actor: Actor, ids: readonly string[]): Promise<(Post | null)[]> {
    const rows = new Map((await this.repo.postsByIds(scopeOf(actor), ids)).map((r) => [r.id, toPost(r, actor)]));
    return ids.map((id) => rows.get(id) ?? null);
  }

  async listThreads(actor: Actor, space: { type: SpaceType; id: string } | undefined, first: number, after?: string): Promise<Connection<Thread>> {
    const { totalCount, rows } = await this.repo.listThreads(scopeOf(actor), space, first, after ? decodeCursor(after, space ? 3 : 2) : undefined);
    const keys = new Map(rows.map((r) => [r.id, r.cursor_keys]));
    return toConnection(
      rows.map((r) => toThread(r, actor)),
      first,
      totalCount,
      (t) => keys.get(t.id)!,
    );
  }

  /** A page of a (visible) thread's posts by number. */
  async postPage(actor: Actor, thread: Thread, first: number, after?: string): Promise<Connection<Post>> {
    const afterNumber = after ? Number(decodeCursor(after, 1)[0]) : 0;
    if (!Number.isInteger(afterNumber)) throw badInput('The cursor in "after" is not valid; use the endCursor of a previous page.', { after: ['invalid cursor'] });
    const { totalCount, rows } = await this.repo.postPage(scopeOf(actor), thread.id, first, afterNumber);
    return toConnection(
      rows.map((r) => toPost(r, actor)),
      first,
      totalCount,
      (p) => [p.number],
    );
  }

  async revisions(actor: Actor, postId: string): Promise<PostRevision[]> {
    authorize(actor, 'moderate');
    await this.postRow(actor, postId, true);
    return (await this.repo.revisions(postId)).map((r) => ({ id: r.id, body: r.body, editor: person(r.editor_id, r.editor_name), createdAt: r.created_at }));
  }

  async mentionCandidates(actor: Actor, query: string, first: number): Promise<PersonRef[]> {
    requireViewer(actor);
    return this.repo.mentionCandidates(query, first);
  }

  async spaces(actor: Actor): Promise<Space[]> {
    return (await this.repo.spaces()).map((s) => toSpace(s, actor?.locale));
  }

  // ---- writes ---------------------------------------------------------------------------------

  /**
   * Checks that apply to every new post: the per-person rate, a blocked account, and whether the
   * post is held (a new account's text with links, when configured). Returns whether to hold it.
   */
  private async admit(viewer: Viewer, body: string): Promise<boolean> {
    try {
      await this.rateLimiter.hit({ key: `posts:${viewer.id}`, max: L.postsPerMinute, windowSeconds: 60 });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'RATE_LIMITED') {
        const seconds = Number(error.details.retryAfterSeconds ?? 60);
        throw new DomainError('RATE_LIMITED', `You can write at most ${L.postsPerMinute} posts a minute. Please wait ${seconds} seconds before posting again.`, error.details);
      }
      throw error;
    }
    const standing = await this.repo.authorStanding(viewer.id);
    if (standing.blocked) throw new DomainError('FORBIDDEN', 'Your account is blocked: you cannot post.');
    return this.config.holdNewUserLinks && !isModerator(viewer) && standing.approved < L.newAccountPosts && hasExternalLinks(body);
  }

  private mentionIds(body: string): string[] {
    return extractMentionIds(body).slice(0, L.mentionsMax);
  }

  private async commit<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.repo.dataSource.transaction(work);
    this.outbox.wake();
    return result;
  }

  private async announce(tx: EntityManager, threadId: string, type: 'post.created' | 'post.updated', postId: string): Promise<void> {
    await this.live.publish(tx, `thread:${threadId}`, { type, threadId, postId });
  }

  private async emit(tx: EntityManager, event: DomainEvent): Promise<void> {
    await this.outbox.emit(tx, event);
  }

  async createThread(actor: Actor, input: CreateThreadInput): Promise<Thread> {
    const viewer = requireViewer(actor);
    const space = await this.repo.spaceRow(input.space.type, input.space.id);
    if (!space) throw notFound(input.space.type === 'topic' ? 'Topic' : input.space.type === 'programme' ? 'Programme' : 'Practice', input.space.id);
    if (input.space.type === 'practice') {
      const practice = { municipalityId: space.municipality_id!, state: space.state as 'published', publishedAt: space.published_at ? String(space.published_at) : null };
      if (!hasPracticeRight(viewer, 'view', practice)) throw notFound('Practice', input.space.id);
      if (space.state !== 'published') {
        throw new DomainError('CONFLICT', 'Discussions can only be started on published practices.', { state: space.state });
      }
    }
    const held = await this.admit(viewer, input.body);
    const threadId = await this.commit(async (tx) => {
      const [thread] = await tx.query<{ id: string }[]>(
        `INSERT INTO thread (space_type, space_id, kind, title, tags, author_id, post_count, last_post_number, held_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, CASE WHEN $8::boolean THEN now() END) RETURNING id`,
        [input.space.type, input.space.id, input.kind, input.title, input.tags ?? [], viewer.id, held ? 0 : 1, held],
      );
      const mentioned = await this.repo.knownPeople(tx, this.mentionIds(input.body));
      const cooked = cookPost(input.body, mentioned);
      const [post] = await tx.query<{ id: string }[]>(
        `INSERT INTO post (thread_id, number, author_id, body, body_html, excerpt, held_at, held_reason)
         VALUES ($1, 1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN now() END, CASE WHEN $6::boolean THEN 'links' END) RETURNING id`,
        [thread.id, viewer.id, input.body, cooked.html, cooked.excerpt, held],
      );
      await this.repo.setMentions(tx, post.id, Object.keys(mentioned), false);
      // A held thread is announced when a moderator approves its first post.
      if (!held) await this.emit(tx, { type: 'thread.created', threadId: thread.id, actorId: viewer.id });
      return thread.id;
    });
    return this.getThread(viewer, threadId);
  }

  async createPost(actor: Actor, input: CreatePostInput): Promise<Post> {
    const viewer = requireViewer(actor);
    const thread = await this.threadRow(viewer, input.threadId);
    authorizeReply(viewer, { authorId: thread.author_id, kind: thread.kind, locked: thread.locked, deleted: thread.deleted });
    if (input.quotedPostId) {
      const [quoted] = await this.repo.postsByIds(scopeOf(viewer), [input.quotedPostId]);
      const quotable = quoted && quoted.thread_id === thread.id && !quoted.deleted && (!quoted.hidden || seesHiddenContent(viewer, quoted.author_id));
      if (!quotable) throw badInput('quotedPostId must name a visible post of the same thread.', { quotedPostId: ['Not a visible post of this thread.'] });
    }
    const held = await this.admit(viewer, input.body);
    const postId = await this.commit(async (tx) => {
      // The thread row is the lock that numbers posts 1, 2, 3… without gaps from races.
      const [counter] = await returning<{ number: number; locked: boolean }>(
        tx,
        `UPDATE thread SET last_post_number = last_post_number + 1, post_count = post_count + $2,
                last_post_at = CASE WHEN $3::boolean THEN last_post_at ELSE now() END, updated_at = now()
          WHERE id = $1 AND deleted_at IS NULL RETURNING last_post_number AS number, locked_at IS NOT NULL AS locked`,
        [thread.id, held ? 0 : 1, held],
      );
      if (!counter) throw notFound('Thread', thread.id);
      if (counter.locked && !isModerator(viewer)) throw new DomainError('THREAD_LOCKED', 'This thread is locked: no new posts can be written.');
      const mentioned = await this.repo.knownPeople(tx, this.mentionIds(input.body));
      const cooked = cookPost(input.body, mentioned);
      const [post] = await tx.query<{ id: string }[]>(
        `INSERT INTO post (thread_id, number, author_id, body, body_html, excerpt, quoted_post_id, held_at, held_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8::boolean THEN now() END, CASE WHEN $8::boolean THEN 'links' END) RETURNING id`,
        [thread.id, counter.number, viewer.id, input.body, cooked.html, cooked.excerpt, input.quotedPostId ?? null, held],
      );
      await this.repo.setMentions(tx, post.id, Object.keys(mentioned), false);
      if (!held) {
        await this.emit(tx, { type: 'post.created', postId: post.id, threadId: thread.id, actorId: viewer.id });
        await this.announce(tx, thread.id, 'post.created', post.id);
      }
      return post.id;
    });
    return this.getPost(viewer, postId);
  }

  async editPost(actor: Actor, input: EditPostInput): Promise<Post> {
    const viewer = requireViewer(actor);
    const post = await this.postRow(viewer, input.postId);
    if (post.deleted) throw new DomainError('CONFLICT', 'A deleted post cannot be edited.');
    authorizeEdit(viewer, post.author_id, threadSubjectOfPost(post));
    if (post.body === input.body) return toPost(post, viewer);
    await this.commit(async (tx) => {
      const [current] = await tx.query<{ body: string; held: boolean; deleted: boolean }[]>(
        `SELECT body, held_at IS NOT NULL AS held, deleted_at IS NOT NULL AS deleted FROM post WHERE id = $1 FOR UPDATE`,
        [post.id],
      );
      if (current.deleted) throw new DomainError('CONFLICT', 'A deleted post cannot be edited.');
      // The text before this edit is kept for moderators; the editor is who replaced it.
      await tx.query(`INSERT INTO post_revision (post_id, body, editor_id) VALUES ($1, $2, $3)`, [post.id, current.body, viewer.id]);
      const mentioned = await this.repo.knownPeople(tx, this.mentionIds(input.body));
      const cooked = cookPost(input.body, mentioned);
      await tx.query(`UPDATE post SET body = $2, body_html = $3, excerpt = $4, edited_at = now(), edit_count = edit_count + 1 WHERE id = $1`, [
        post.id,
        input.body,
        cooked.html,
        cooked.excerpt,
      ]);
      await this.repo.setMentions(tx, post.id, Object.keys(mentioned), true);
      if (!current.held) {
        await this.emit(tx, { type: 'post.edited', postId: post.id, threadId: post.thread_id, actorId: viewer.id });
        await this.announce(tx, post.thread_id, 'post.updated', post.id);
      }
      if (post.author_id !== viewer.id) {
        await this.audit.record(tx, { actorId: viewer.id, action: 'post.edited', subjectType: 'post', subjectId: post.id, details: { threadId: post.thread_id, number: post.number, reason: null } });
      }
    });
    return this.getPost(viewer, post.id);
  }

  async editThread(actor: Actor, input: EditThreadInput): Promise<Thread> {
    const viewer = requireViewer(actor);
    const thread = await this.threadRow(viewer, input.threadId);
    authorizeEdit(viewer, thread.author_id, { authorId: thread.author_id, kind: thread.kind, locked: thread.locked, deleted: thread.deleted });
    await this.commit(async (tx) => {
      await tx.query(`UPDATE thread SET title = $2, tags = coalesce($3, tags), version = version + 1, updated_at = now() WHERE id = $1`, [thread.id, input.title, input.tags ?? null]);
      if (thread.author_id !== viewer.id) {
        await this.audit.record(tx, {
          actorId: viewer.id,
          action: 'thread.edited',
          subjectType: 'thread',
          subjectId: thread.id,
          details: { before: { title: thread.title, tags: thread.tags }, reason: null },
        });
      }
      if (thread.first_post_id) await this.announce(tx, thread.id, 'post.updated', thread.first_post_id);
      await this.emit(tx, { type: 'thread.edited', threadId: thread.id, actorId: viewer.id });
    });
    return this.getThread(viewer, thread.id);
  }

  /** Soft delete: the text moves to the revisions (moderators still see it), the post stays as a placeholder. */
  async deletePost(actor: Actor, postId: string): Promise<Post> {
    const viewer = requireViewer(actor);
    const post = await this.postRow(viewer, postId);
    authorizeDelete(viewer, post.author_id);
    if (post.deleted) return toPost(post, viewer);
    await this.commit(async (tx) => {
      const [current] = await tx.query<{ body: string; held: boolean; deleted: boolean }[]>(
        `SELECT body, held_at IS NOT NULL AS held, deleted_at IS NOT NULL AS deleted FROM post WHERE id = $1 FOR UPDATE`,
        [post.id],
      );
      if (current.deleted) return;
      await tx.query(`INSERT INTO post_revision (post_id, body, editor_id) VALUES ($1, $2, $3)`, [post.id, current.body, viewer.id]);
      await tx.query(`UPDATE post SET body = '', body_html = NULL, excerpt = NULL, deleted_at = now(), deleted_by = $2 WHERE id = $1`, [post.id, viewer.id]);
      await tx.query(`DELETE FROM post_mention WHERE post_id = $1`, [post.id]);
      // Deleting the first post deletes the thread; a deleted answer is no longer the accepted one.
      await tx.query(
        `UPDATE thread SET post_count = post_count - $3, updated_at = now(),
                accepted_post_id = CASE WHEN accepted_post_id = $2 THEN NULL ELSE accepted_post_id END,
                deleted_at = CASE WHEN $4::boolean THEN now() ELSE deleted_at END
          WHERE id = $1`,
        [post.thread_id, post.id, current.held ? 0 : 1, post.number === 1],
      );
      if (!current.held) await this.announce(tx, post.thread_id, 'post.updated', post.id);
      await this.emit(tx, { type: 'post.deleted', postId: post.id, threadId: post.thread_id, actorId: viewer.id });
      if (post.author_id !== viewer.id) {
        await this.audit.record(tx, {
          actorId: viewer.id,
          action: post.number === 1 ? 'thread.deleted' : 'post.deleted',
          subjectType: 'post',
          subjectId: post.id,
          details: { threadId: post.thread_id, number: post.number, reason: null },
        });
      }
    });
    return toPost(await this.postRow(viewer, post.id, true), viewer);
  }

  async addReaction(actor: Actor, postId: string): Promise<Post> {
    const viewer = requireViewer(actor);
    const post = await this.postRow(viewer, postId);
    authorizeReaction(viewer, { authorId: post.author_id, number: post.number, deleted: post.deleted, hidden: post.hidden, held: post.held });
    if (post.deleted || post.hidden || post.held) throw new DomainError('CONFLICT', 'Deleted, hidden or held posts cannot be marked helpful.');
    await this.commit(async (tx) => {
      const added = await tx.query<{ post_id: string }[]>(
        `INSERT INTO post_reaction (post_id, user_id, kind) VALUES ($1, $2, 'helpful') ON CONFLICT DO NOTHING RETURNING post_id`,
        [post.id, viewer.id],
      );
      if (added.length === 0) throw new DomainError('ALREADY_REACTED', 'You have already marked this post as helpful.');
      await tx.query(`UPDATE post SET helpful_count = helpful_count + 1 WHERE id = $1`, [post.id]);
      await this.announce(tx, post.thread_id, 'post.updated', post.id);
    });
    return this.getPost(viewer, post.id);
  }

  async removeReaction(actor: Actor, postId: string): Promise<Post> {
    const viewer = requireViewer(actor);
    const post = await this.postRow(viewer, postId);
    await this.commit(async (tx) => {
      const removed = await returning<{ post_id: string }>(
        tx,
        `DELETE FROM post_reaction WHERE post_id = $1 AND user_id = $2 AND kind = 'helpful' RETURNING post_id`,
        [post.id, viewer.id],
      );
      if (removed.length === 0) return;
      await tx.query(`UPDATE post SET helpful_count = greatest(helpful_count - 1, 0) WHERE id = $1`, [post.id]);
      await this.announce(tx, post.thread_id, 'post.updated', post.id);
    });
    return this.getPost(viewer, post.id);
  }

  async acceptAnswer(actor: Actor, postId: string): Promise<Thread> {
    const viewer = requireViewer(actor);
    const post = await this.postRow(viewer, postId);
    authorizeAnswerDecision(viewer, threadSubjectOfPost(post));
    if (post.number === 1) throw badInput('The question itself cannot be its accepted answer.', { postId: ['Choose a reply, not the question.'] });
    if (post.deleted || post.hidden || post.held) throw badInput('Deleted, hidden or held posts cannot be the accepted answer.', { postId: ['This post cannot be accepted.'] });
    await this.commit(async (tx) => {
      const [before] = await tx.query<{ accepted_post_id: string | null }[]>(`SELECT accepted_post_id FROM thread WHERE id = $1 FOR UPDATE`, [post.thread_id]);
      if (before.accepted_post_id === post.id) return;
      await tx.query(`UPDATE thread SET accepted_post_id = $2, updated_at = now() WHERE id = $1`, [post.thread_id, post.id]);
      await this.emit(tx, { type: 'post.accepted', postId: post.id, threadId: post.thread_id, actorId: viewer.id });
      await this.announce(tx, post.thread_id, 'post.updated', post.id);
      if (before.accepted_post_id) await this.announce(tx, post.thread_id, 'post.updated', before.accepted_post_id);
    });
    return this.getThread(viewer, post.thread_id);
  }

  async unacceptAnswer(actor: Actor, threadId: string): Promise<Thread> {
    const viewer = requireViewer(actor);
    const thread = await this.threadRow(viewer, threadId);
    authorizeAnswerDecision(viewer, { authorId: thread.author_id, kind: thread.kind, locked: thread.locked, deleted: thread.deleted });
    await this.commit(async (tx) => {
      const [before] = await tx.query<{ accepted_post_id: string | null }[]>(`SELECT accepted_post_id FROM thread WHERE id = $1 FOR UPDATE`, [thread.id]);
      if (!before.accepted_post_id) return;
      await tx.query(`UPDATE thread SET accepted_post_id = NULL, updated_at = now() WHERE id = $1`, [thread.id]);
      await this.announce(tx, thread.id, 'post.updated', before.accepted_post_id);
    });
    return this.getThread(viewer, thread.id);
  }

  /** Remembers the highest post number seen; never goes back, never beyond the last post. */
  async markRead(actor: Actor, threadId: string, number: number): Promise<Thread> {
    const viewer = requireViewer(actor);
    const thread = await this.threadRow(viewer, threadId);
    await this.repo.dataSource.query(
      `INSERT INTO thread_read (user_id, thread_id, last_read_number)
       SELECT $1, t.id, least($3::int, t.last_post_number) FROM thread t WHERE t.id = $2
       ON CONFLICT (user_id, thread_id) DO UPDATE
         SET last_read_number = greatest(thread_read.last_read_number, excluded.last_read_number), updated_at = now()`,
      [viewer.id, thread.id, number],
    );
    return this.getThread(viewer, thread.id);
  }
}
