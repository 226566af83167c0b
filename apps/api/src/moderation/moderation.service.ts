import { Inject, Injectable } from '@nestjs/common';
import { type FlagReason, type SpaceType } from '@praxisforum/domain';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { can } from '../core/auth/policy.js';
import { SessionService } from '../core/auth/session.service.js';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { badInput, DomainError, notFound } from '../core/errors/domain-error.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { authorizeAuditLog, authorizeFlag, authorizeModeration, mayActOnUser } from './moderation.policy.js';
import { ModerationRepository, type PostRow, type ThreadRow } from './moderation.repository.js';
import { type AuditEntry, type ModeratedPost, type ModeratedThread, type ModerationItem } from './moderation.types.js';

type Subject = 'post' | 'thread' | 'user';

interface Acted {
  /** e.g. 'post.hidden': the audit action and the event's action. */
  action: string;
  subjectType: Subject;
  subjectId: string;
  /** Whom the notification feature tells (the author, the warned person); null: nobody. */
  targetUserId: string | null;
  reason: string | null;
  details?: Record<string, unknown>;
}

/**
 * Flags and every moderation action. Each action checks the moderator right first, then runs
 * one transaction that changes the content, closes flags, writes the audit entry and the
 * `moderation.acted` event (the author is notified through it) and, for what readers of an open
 * thread see, a live `post.updated`.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly sessions: SessionService,
    @Inject(LIVE_EVENTS) private readonly live: LiveEvents,
  ) {}

  private get dataSource() {
    return this.repo.dataSource;
  }

  // ---- flags -------------------------------------------------------------------------------

  async flagPost(actor: Actor, input: { postId: string; reason: FlagReason; note?: string }): Promise<boolean> {
    const viewer = authorizeFlag(actor);
    const post = await this.repo.flaggablePost(viewer, can(viewer, 'moderate'), input.postId);
    if (!post) throw notFound('Post', input.postId);
    if (post.author_id === viewer.id) throw new DomainError('FORBIDDEN', 'You cannot flag your own post; edit or delete it instead.');
    const added = await this.repo.addFlag({ subjectType: 'post', subjectId: post.id, threadId: post.thread_id, reporterId: viewer.id, reason: input.reason, note: input.note ?? null });
    if (!added) throw new DomainError('ALREADY_FLAGGED', 'You have already flagged this post; moderators will look at it.');
    return true;
  }

  async flagThread(actor: Actor, input: { threadId: string; reason: FlagReason; note?: string }): Promise<boolean> {
    const viewer = authorizeFlag(actor);
    const thread = await this.repo.flaggableThread(viewer, can(viewer, 'moderate'), input.threadId);
    if (!thread) throw notFound('Thread', input.threadId);
    if (thread.author_id === viewer.id) throw new DomainError('FORBIDDEN', 'You cannot flag your own thread; edit it instead.');
    const added = await this.repo.addFlag({ subjectType: 'thread', subjectId: thread.id, threadId: thread.id, reporterId: viewer.id, reason: input.reason, note: input.note ?? null });
    if (!added) throw new DomainError('ALREADY_FLAGGED', 'You have already flagged this thread; moderators will look at it.');
    return true;
  }

  // ---- the common frame of an action --------------------------------------------------------

  /** Audit entry and domain event, in the caller's transaction. */
  private async record(tx: EntityManager, moderator: Viewer, acted: Acted): Promise<void> {
    await this.audit.record(tx, {
      actorId: moderator.id,
      action: acted.action,
      subjectType: acted.subjectType,
      subjectId: acted.subjectId,
      details: { reason: acted.reason, ...acted.details },
    });
    await this.outbox.emit(tx, {
      type: 'moderation.acted',
      action: acted.action,
      subjectType: acted.subjectType,
      subjectId: acted.subjectId,
      targetUserId: acted.targetUserId,
      actorId: moderator.id,
      reason: acted.reason ?? '',
    });
  }

  private postUpdated(tx: EntityManager, threadId: string, postId: string | null) {
    return postId ? this.live.publish(tx, `thread:${threadId}`, { type: 'post.updated', threadId, postId }) : Promise.resolve();
  }

  private async onPost(actor: Actor, postId: string, work: (tx: EntityManager, moderator: Viewer, post: PostRow) => Promise<void>): Promise<ModeratedPost> {
    const moderator = authorizeModeration(actor);
    await this.dataSource.transaction(async (tx) => {
      const post = await this.repo.lockPost(tx, postId);
      if (!post || post.deleted_at || post.thread_deleted_at) throw notFound('Post', postId);
      await work(tx, moderator, post);
    });
    this.outbox.wake();
    const [view] = await this.repo.posts([postId]);
    return view;
  }

  /** Hides a post with the reason its author will see, resolves its open flags and records the action. */
  private async hideWithReason(tx: EntityManager, moderator: Viewer, post: PostRow, action: 'post.hidden' | 'post.rejected', reason: string) {
    await tx.query(`UPDATE post SET hidden_at = now(), hidden_by = $2, hidden_reason = $3 WHERE id = $1`, [post.id, moderator.id, reason]);
    const flags = await this.repo.closeFlags(tx, 'post', post.id, 'resolved', moderator.id);
    await this.record(tx, moderator, {
      action,
      subjectType: 'post',
      subjectId: post.id,
      targetUserId: post.author_id,
      reason,
      details: { threadId: post.thread_id, flagsResolved: flags.count },
    });
    await this.postUpdated(tx, post.thread_id, post.id);
  }

  private async onThread(actor: Actor, threadId: string, work: (tx: EntityManager, moderator: Viewer, thread: ThreadRow) => Promise<void>): Promise<ModeratedThread> {
    const moderator = authorizeModeration(actor);
    await this.dataSource.transaction(async (tx) => {
      const thread = await this.repo.lockThread(tx, threadId);
      if (!thread || thread.deleted_at) throw notFound('Thread', threadId);
      await work(tx, moderator, thread);
    });
    this.outbox.wake();
    const [view] = await this.repo.threads([threadId], moderator.locale);
    return view;
  }

  // ---- posts ---------------------------------------------------------------------------------

  /** Hiding answers the post's open flags (resolved). Readers see "hidden by moderation", the author the reason. */
  hidePost(actor: Actor, postId: string, reason: string): Promise<ModeratedPost> {
    return this.onPost(actor, postId, async (tx, moderator, post) => {
      if (post.hidden_at) throw new DomainError('CONFLICT', 'This post is already hidden.');
      await this.hideWithReason(tx, moderator, post, 'post.hidden', reason);
    });
  }

  restorePost(actor: Actor, postId: string): Promise<ModeratedPost> {
    return this.onPost(actor, postId, async (tx, moderator, post) => {
      if (!post.hidden_at) throw new DomainError('CONFLICT', 'This post is not hidden.');
      await tx.query(`UPDATE post SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL WHERE id = $1`, [post.id]);
      await this.record(tx, moderator, {
        action: 'post.restored',
        subjectType: 'post',
        subjectId: post.id,
        targetUserId: post.author_id,
        reason: null,
        details: { threadId: post.thread_id, hiddenReason: post.hidden_reason },
      });
      await this.postUpdated(tx, post.thread_id, post.id);
    });
  }

  /**
   * A held post goes public: it counts in the thread from now on (post count, latest activity),
   * a held thread is released with its first post, and `post.released` lets the notification
   * feature treat it as new (its actor is the author, as for post.created).
   */
  approvePost(actor: Actor, postId: string): Promise<ModeratedPost> {
    return this.onPost(actor, postId, async (tx, moderator, post) => {
      if (!post.held_at || post.hidden_at) throw new DomainError('CONFLICT', 'This post is not waiting for review.');
      await tx.query(`UPDATE post SET held_at = NULL WHERE id = $1`, [post.id]);
      await tx.query(
        `UPDATE thread SET post_count = post_count + 1, last_post_at = now(), updated_at = now(),
                held_at = CASE WHEN $2 THEN NULL ELSE held_at END
          WHERE id = $1`,
        [post.thread_id, post.number === 1],
      );
      const flags = await this.repo.closeFlags(tx, 'post', post.id, 'resolved', moderator.id);
      await this.record(tx, moderator, {
        action: 'post.approved',
        subjectType: 'post',
        subjectId: post.id,
        targetUserId: post.author_id,
        reason: null,
        details: { threadId: post.thread_id, threadReleased: post.number === 1 && !!post.thread_held_at, flagsResolved: flags.count },
      });
      await this.outbox.emit(tx, { type: 'post.released', postId: post.id, threadId: post.thread_id, actorId: post.author_id ?? moderator.id });
      await this.postUpdated(tx, post.thread_id, post.id);
    });
  }

  /** A rejected held post is hidden with the reason and stays unpublished (held), so it never counts in the thread. */
  rejectPost(actor: Actor, postId: string, reason: string): Promise<ModeratedPost> {
    return this.onPost(actor, postId, async (tx, moderator, post) => {
      if (!post.held_at || post.hidden_at) throw new DomainError('CONFLICT', 'This post is not waiting for review.');
      await this.hideWithReason(tx, moderator, post, 'post.rejected', reason);
    });
  }

  // ---- threads -------------------------------------------------------------------------------

  hideThread(actor: Actor, threadId: string, reason: string): Promise<ModeratedThread> {
    return this.onThread(actor, threadId, async (tx, moderator, thread) => {
      if (thread.hidden_at) throw new DomainError('CONFLICT', 'This thread is already hidden.');
      await tx.query(`UPDATE thread SET hidden_at = now(), hidden_reason = $2, updated_at = now() WHERE id = $1`, [thread.id, reason]);
      const flags = await this.repo.closeFlags(tx, 'thread', thread.id, 'resolved', moderator.id);
      await this.record(tx, moderator, {
        action: 'thread.hidden',
        subjectType: 'thread',
        subjectId: thread.id,
        targetUserId: thread.author_id,
        reason,
        details: { flagsResolved: flags.count },
      });
      await this.postUpdated(tx, thread.id, thread.first_post_id);
    });
  }

  restoreThread(actor: Actor, threadId: string): Promise<ModeratedThread> {
    return this.onThread(actor, threadId, async (tx, moderator, thread) => {
      if (!thread.hidden_at) throw new DomainError('CONFLICT', 'This thread is not hidden.');
      await tx.query(`UPDATE thread SET hidden_at = NULL, hidden_reason = NULL, updated_at = now() WHERE id = $1`, [thread.id]);
      await this.record(tx, moderator, {
        action: 'thread.restored',
        subjectType: 'thread',
        subjectId: thread.id,
        targetUserId: thread.author_id,
        reason: null,
        details: { hiddenReason: thread.hidden_reason },
      });
      await this.postUpdated(tx, thread.id, thread.first_post_id);
    });
  }

  /** Lock, unlock, pin, unpin: one timestamp column each, refused when already in that state. */
  private toggle(actor: Actor, threadId: string, column: 'locked_at' | 'pinned_at', on: boolean, action: string, reason: string | null) {
    return this.onThread(actor, threadId, async (tx, moderator, thread) => {
      if (!!thread[column] === on) throw new DomainError('CONFLICT', `This thread is already ${action.split('.')[1]}.`);
      await tx.query(`UPDATE thread SET ${column} = ${on ? 'now()' : 'NULL'}, updated_at = now() WHERE id = $1`, [thread.id]);
      await this.record(tx, moderator, { action, subjectType: 'thread', subjectId: thread.id, targetUserId: thread.author_id, reason });
    });
  }

  lockThread(actor: Actor, threadId: string, reason?: string) {
    return this.toggle(actor, threadId, 'locked_at', true, 'thread.locked', reason ?? null);
  }
  unlockThread(actor: Actor, threadId: string) {
    return this.toggle(actor, threadId, 'locked_at', false, 'thread.unlocked', null);
  }
  pinThread(actor: Actor, threadId: string) {
    return this.toggle(actor, threadId, 'pinned_at', true, 'thread.pinned', null);
  }
  unpinThread(actor: Actor, threadId: string) {
    return this.toggle(actor, threadId, 'pinned_at', false, 'thread.unpinned', null);
  }

  /** To a topic or programme that exists, or beside a published practice. */
  async moveThread(actor: Actor, threadId: string, space: { type: SpaceType; id: string }, reason?: string): Promise<ModeratedThread> {
    authorizeModeration(actor);
    const target = await this.repo.space(space.type, space.id);
    if (!target.exists) throw notFound('Space', `${space.type}:${space.id}`);
    if (!target.published) {
      throw badInput('Threads can only be moved beside a published practice.', { space: ['The practice is not published.'] });
    }
    return this.onThread(actor, threadId, async (tx, moderator, thread) => {
      if (thread.space_type === space.type && thread.space_id === space.id) {
        throw badInput('The thread is already in this space.', { space: ['The thread is already here.'] });
      }
      await tx.query(`UPDATE thread SET space_type = $2, space_id = $3, updated_at = now() WHERE id = $1`, [thread.id, space.type, space.id]);
      await this.record(tx, moderator, {
        action: 'thread.moved',
        subjectType: 'thread',
        subjectId: thread.id,
        targetUserId: thread.author_id,
        reason: reason ?? null,
        details: { from: { type: thread.space_type, id: thread.space_id }, to: space },
      });
    });
  }

  // ---- flags, people -------------------------------------------------------------------------

  /**
   * Closes the subject's open flags as unfounded. False when there were none (nothing happened,
   * nothing is logged). Nobody is told: the author never learnt of the flags.
   */
  async dismissFlags(actor: Actor, subjectType: 'post' | 'thread', subjectId: string): Promise<boolean> {
    const moderator = authorizeModeration(actor);
    const dismissed = await this.dataSource.transaction(async (tx) => {
      const flags = await this.repo.closeFlags(tx, subjectType, subjectId, 'dismissed', moderator.id);
      if (flags.count === 0) return false;
      const subject = await this.repo.flagSubjectThread(tx, subjectType, subjectId);
      await this.record(tx, moderator, {
        action: 'flags.dismissed',
        subjectType,
        subjectId,
        targetUserId: null,
        reason: null,
        details: { count: flags.count, reasons: flags.reasons, threadId: subject?.threadId ?? null },
      });
      return true;
    });
    if (dismissed) this.outbox.wake();
    return dismissed;
  }

  private async onUser(
    actor: Actor,
    userId: string,
    verb: string,
    work: (tx: EntityManager, moderator: Viewer, target: { blocked_at: Date | null }) => Promise<void>,
  ): Promise<boolean> {
    const moderator = authorizeModeration(actor);
    if (userId === moderator.id) throw new DomainError('CONFLICT', `You cannot ${verb} yourself.`);
    await this.dataSource.transaction(async (tx) => {
      const target = await this.repo.user(tx, userId);
      if (!target) throw notFound('User', userId);
      if (!mayActOnUser(moderator, target)) throw new DomainError('FORBIDDEN', `Moderators cannot ${verb} other moderators or administrators.`);
      await work(tx, moderator, target);
    });
    this.outbox.wake();
    return true;
  }

  /** A warning is stored and sent to the person (through the notification feature). */
  warnUser(actor: Actor, userId: string, reason: string): Promise<boolean> {
    return this.onUser(actor, userId, 'warn', async (tx, moderator) => {
      const [warning] = await tx.query<{ id: string }[]>(`INSERT INTO user_warning (user_id, moderator_id, reason) VALUES ($1, $2, $3) RETURNING id`, [
        userId,
        moderator.id,
        reason,
      ]);
      await this.record(tx, moderator, { action: 'user.warned', subjectType: 'user', subjectId: userId, targetUserId: userId, reason, details: { warningId: warning.id } });
    });
  }

  /** As an admin's blockUser: sessions end at once and sign-in is refused until an admin unblocks. */
  moderatorBlockUser(actor: Actor, userId: string, reason: string): Promise<boolean> {
    return this.onUser(actor, userId, 'block', async (tx, moderator, target) => {
      // Keeps the first block's reason and log entry; unblocking is an admin's decision.
      if (target.blocked_at) throw new DomainError('CONFLICT', 'This person is already blocked.');
      await tx.query(`UPDATE app_user SET blocked_at = now(), blocked_reason = $2, updated_at = now() WHERE id = $1`, [userId, reason]);
      await this.sessions.revokeAll(tx, userId);
      await this.record(tx, moderator, { action: 'user.blocked', subjectType: 'user', subjectId: userId, targetUserId: userId, reason, details: { by: moderator.role } });
    });
  }

  // ---- reading -------------------------------------------------------------------------------

  async queue(actor: Actor, first: number, after?: string): Promise<Connection<ModerationItem>> {
    const moderator = authorizeModeration(actor);
    const cursor = after ? (decodeCursor(after, 3).map(String) as [string, string, string]) : undefined;
    const { rows, totalCount } = await this.repo.queue(first, cursor);
    // Context for the whole page in two statements, whatever its size.
    const postIds = rows.filter((r) => r.subject_type === 'post').map((r) => r.subject_id);
    const [threads, posts] = await Promise.all([this.repo.threads([...new Set(rows.map((r) => r.thread_id))], moderator.locale), this.repo.posts(postIds)]);
    const threadById = new Map(threads.map((t) => [t.id, t]));
    const postById = new Map(posts.map((p) => [p.id, p]));
    const items = rows.map((r): ModerationItem & { keys: string[] } => {
      const post = r.subject_type === 'post' ? (postById.get(r.subject_id) ?? null) : null;
      const thread = threadById.get(r.thread_id)!;
      return {
        id: `${r.kind}:${r.subject_type}:${r.subject_id}`,
        kind: r.kind,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        threadId: r.thread_id,
        postId: post?.id ?? null,
        thread,
        post,
        flagCount: r.flag_count,
        reasons: [...r.reasons].sort(),
        notes: r.notes,
        author: post ? post.author : thread.author,
        createdAt: r.created_at,
        keys: [r.cursor_at, r.kind, r.subject_id],
      };
    });
    return toConnection(items, first, totalCount, (i) => i.keys);
  }

  async auditLog(actor: Actor, first: number, after?: string, action?: string): Promise<Connection<AuditEntry>> {
    authorizeAuditLog(actor);
    const cursor = after ? (decodeCursor(after, 2).map(String) as [string, string]) : undefined;
    const { rows, totalCount } = await this.repo.auditLog(first, action, cursor);
    return toConnection(rows, first, totalCount, (r) => [r.cursorAt, r.id]);
  }
}
