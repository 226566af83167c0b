import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestContext } from '../core/graphql/request-context.js';
import { PageArgs } from '../core/graphql/pagination.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { Practice } from '../practices/index.js';
import { postByIdLoader } from './discussion.loaders.js';
import { DiscussionService } from './discussion.service.js';
import { PersonRef, Post, PostConnection, Space, Thread, ThreadConnection } from './discussion.types.js';
import { CreateThreadInput, EditThreadInput, MarkReadArgs, MentionCandidatesArgs, PostPageArgs, ThreadsArgs } from './dto/discussion.inputs.js';

@Resolver(() => Thread)
export class ThreadResolver {
  constructor(private readonly service: DiscussionService) {}

  @Query(() => ThreadConnection, { description: 'Visible threads: of one space (pinned first), or all (latest activity first).' })
  threads(@Args() { space, first, after }: ThreadsArgs, @Context() ctx: RequestContext) {
    return this.service.listThreads(ctx.viewer, space, first, after);
  }

  @Query(() => Thread, { description: 'One thread; NOT_FOUND if it does not exist or the viewer may not see it.' })
  thread(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    // A guest's thread page reads the thread, its posts and their people and space only (see the answer-cache migration).
    ctx.answer?.dependsOn('thread', `thread:${id}`);
    return this.service.getThread(ctx.viewer, id);
  }

  @Query(() => [Space], { description: 'Topics and programmes that can hold threads.' })
  spaces(@Context() ctx: RequestContext) {
    return this.service.spaces(ctx.viewer);
  }

  @Query(() => [PersonRef], { description: 'People to mention: display names (or a word of them) starting with the query. Signed-in only.' })
  mentionCandidates(@Args() { query, first }: MentionCandidatesArgs, @Context() ctx: RequestContext) {
    return this.service.mentionCandidates(ctx.viewer, query, first);
  }

  @Mutation(() => Thread, { description: 'Starts a thread; its body becomes post number 1.' })
  createThread(@Args('input') input: CreateThreadInput, @Context() ctx: RequestContext) {
    return this.service.createThread(ctx.viewer, input);
  }

  @Mutation(() => Thread, { description: 'Changes title and tags (the author while open, moderators always).' })
  editThread(@Args('input') input: EditThreadInput, @Context() ctx: RequestContext) {
    return this.service.editThread(ctx.viewer, input);
  }

  @Mutation(() => Thread, { description: 'Marks a reply as the accepted answer of a question (the asker or a moderator).' })
  acceptAnswer(@Args('postId', { type: () => ID }, UuidPipe) postId: string, @Context() ctx: RequestContext) {
    return this.service.acceptAnswer(ctx.viewer, postId);
  }

  @Mutation(() => Thread, { description: 'Withdraws the accepted answer of a question.' })
  unacceptAnswer(@Args('threadId', { type: () => ID }, UuidPipe) threadId: string, @Context() ctx: RequestContext) {
    return this.service.unacceptAnswer(ctx.viewer, threadId);
  }

  @Mutation(() => Thread, { description: 'Remembers the highest post number the viewer has seen (never decreases).' })
  markThreadRead(@Args() { threadId, number }: MarkReadArgs, @Context() ctx: RequestContext) {
    return this.service.markRead(ctx.viewer, threadId, number);
  }

  @ResolveField(() => PostConnection, { description: 'Posts by number, the first included.' })
  posts(@Parent() t: Thread, @Args() { first, after }: PostPageArgs, @Context() ctx: RequestContext) {
    return this.service.postPage(ctx.viewer, t, first, after);
  }

  @ResolveField(() => Post, { nullable: true, description: 'The thread’s body (post number 1).' })
  firstPost(@Parent() t: Thread, @Context() ctx: RequestContext) {
    return t.firstPostId ? postByIdLoader(ctx, this.service).load(t.firstPostId) : null;
  }

  @ResolveField(() => Post, { nullable: true, description: 'The accepted answer of a question.' })
  acceptedAnswer(@Parent() t: Thread, @Context() ctx: RequestContext) {
    return t.acceptedPostId ? postByIdLoader(ctx, this.service).load(t.acceptedPostId) : null;
  }
}

/** Adds a practice's threads; lives here so practices need not know discussions. */
@Resolver(() => Practice)
export class PracticeThreadsResolver {
  constructor(private readonly service: DiscussionService) {}

  @ResolveField(() => ThreadConnection, { description: 'Discussions about this practice, pinned first, then latest activity.' })
  threads(@Parent() p: Practice, @Args() { first, after }: PageArgs, @Context() ctx: RequestContext) {
    return this.service.listThreads(ctx.viewer, { type: 'practice', id: p.id }, first, after);
  }
}
