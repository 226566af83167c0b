import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../core/graphql/pagination.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { DiscussionService, Post, Thread } from '../discussions/index.js';
import { ModerationService } from './moderation.service.js';
import {
  AuditEntryConnection,
  AuditLogArgs,
  DismissFlagsArgs,
  FlagPostInput,
  FlagThreadInput,
  ModerationItemConnection,
  MoveThreadArgs,
  PostReasonArgs,
  ThreadOptionalReasonArgs,
  ThreadReasonArgs,
  UserReasonArgs,
} from './moderation.types.js';

const ThreadIdArg = () => Args('threadId', { type: () => ID }, UuidPipe);
const PostIdArg = () => Args('postId', { type: () => ID }, UuidPipe);

/** Flags (anyone signed in), the moderation queue and actions (moderators), the audit log (admins). */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly service: ModerationService,
    private readonly discussions: DiscussionService,
  ) {}

  /** Actions answer with the post or thread as the discussions feature shows it, so clients update their cache. */
  private async post(ctx: RequestContext, done: Promise<{ id: string }>): Promise<Post> {
    return this.discussions.getPost(ctx.viewer, (await done).id);
  }

  private async thread(ctx: RequestContext, done: Promise<{ id: string }>): Promise<Thread> {
    return this.discussions.getThread(ctx.viewer, (await done).id);
  }

  @Query(() => ModerationItemConnection, { description: 'Flagged posts and threads (open flags per subject) and held posts, oldest first (moderators).' })
  moderationQueue(@Args() { first, after }: PageArgs, @Context() ctx: RequestContext) {
    return this.service.queue(ctx.viewer, first, after);
  }

  @Query(() => AuditEntryConnection, { description: 'Who did what, when and why; newest first (admins).' })
  auditLog(@Args() { first, after, action }: AuditLogArgs, @Context() ctx: RequestContext) {
    return this.service.auditLog(ctx.viewer, first, after, action);
  }

  @Mutation(() => Boolean, { description: 'Reports a post to the moderators. ALREADY_FLAGGED while your earlier flag is open.' })
  flagPost(@Args('input') input: FlagPostInput, @Context() ctx: RequestContext) {
    return this.service.flagPost(ctx.viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Reports a thread to the moderators. ALREADY_FLAGGED while your earlier flag is open.' })
  flagThread(@Args('input') input: FlagThreadInput, @Context() ctx: RequestContext) {
    return this.service.flagThread(ctx.viewer, input);
  }

  @Mutation(() => Post, { description: 'Hides a post with a reason shown to its author; resolves its open flags.' })
  hidePost(@Args() { postId, reason }: PostReasonArgs, @Context() ctx: RequestContext) {
    return this.post(ctx, this.service.hidePost(ctx.viewer, postId, reason));
  }

  @Mutation(() => Post)
  restorePost(@PostIdArg() id: string, @Context() ctx: RequestContext) {
    return this.post(ctx, this.service.restorePost(ctx.viewer, id));
  }

  @Mutation(() => Post, { description: 'Publishes a held post.' })
  approvePost(@PostIdArg() id: string, @Context() ctx: RequestContext) {
    return this.post(ctx, this.service.approvePost(ctx.viewer, id));
  }

  @Mutation(() => Post, { description: 'Keeps a held post unpublished and hides it with a reason shown to its author.' })
  rejectPost(@Args() { postId, reason }: PostReasonArgs, @Context() ctx: RequestContext) {
    return this.post(ctx, this.service.rejectPost(ctx.viewer, postId, reason));
  }

  @Mutation(() => Thread, { description: 'Hides a thread with a reason shown to its author; resolves its open flags.' })
  hideThread(@Args() { threadId, reason }: ThreadReasonArgs, @Context() ctx: RequestContext) {
    return this.thread(ctx, this.service.hideThread(ctx.viewer, threadId, reason));
  }

  @Mutation(() => Thread)
  restoreThread(@ThreadIdArg() id: string, @Context() ctx: RequestContext) {
    return this.thread(ctx, this.service.restoreThread(ctx.viewer, id));
  }

  @Mutation(() => Thread, { description: 'No new posts until unlocked.' })
  lockThread(@Args() { threadId, reason }: ThreadOptionalReasonArgs, @Context() ctx: RequestContext) {
    return this.thread(ctx, this.service.lockThread(ctx.viewer, threadId, reason));
  }

  @Mutation(() => Thread)
  unlockThread(@ThreadIdArg() id: string, @Context() ctx: RequestContext) {
    return this.thread(ctx, this.service.unlockThread(ctx.viewer, id));
  }

  @Mutation(() => Thread, { description: 'Pinned threads come first in their space.' })
  pinThread(@ThreadIdArg() id: string, @Context() ctx: RequestContext) {
    return this.thread(ctx, this.service.pinThread(ctx.viewer, id));
  }

  @Mutation(() => Thread)
  unpinThread(@ThreadIdArg() id: string, @Context() ctx: RequestContext) {
    return this.thread(ctx, this.service.unpinThread(ctx.viewer, id));
  }

  @Mutation(() => Thread, { description: 'To another topic or programme, or beside a published practice.' })
  moveThread(@Args() { threadId, space, reason }: MoveThreadArgs, @Context() ctx: RequestContext) {
    return this.thread(ctx, this.service.moveThread(ctx.viewer, threadId, space, reason));
  }

  @Mutation(() => Boolean, { description: 'Closes the open flags of a post or thread as unfounded; false if there were none.' })
  dismissFlags(@Args() { subjectType, subjectId }: DismissFlagsArgs, @Context() ctx: RequestContext) {
    return this.service.dismissFlags(ctx.viewer, subjectType, subjectId);
  }

  @Mutation(() => Boolean, { description: 'Stores a warning and tells the person.' })
  warnUser(@Args() { userId, reason }: UserReasonArgs, @Context() ctx: RequestContext) {
    return this.service.warnUser(ctx.viewer, userId, reason);
  }

  @Mutation(() => Boolean, { description: 'Blocks a member or coordinator (not staff): their sessions end and they cannot sign in.' })
  moderatorBlockUser(@Args() { userId, reason }: UserReasonArgs, @Context() ctx: RequestContext) {
    return this.service.moderatorBlockUser(ctx.viewer, userId, reason);
  }
}
