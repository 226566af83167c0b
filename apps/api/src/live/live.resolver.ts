import { Args, Context, ID, Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { DomainError } from '../core/errors/domain-error.js';
import { DiscussionService, Post } from '../discussions/index.js';
import { LoaderRegistry, type RequestContext } from '../core/graphql/request-context.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { LiveService } from './live.service.js';
import { ThreadActivity } from './live.types.js';

/**
 * One execution context lives as long as the subscription, so each event gets fresh loaders:
 * fields resolved for it (e.g. the post) must not come from an earlier event's cache.
 */
function freshLoaders<T>(event: T, _args: unknown, ctx: RequestContext): T {
  ctx.loaders = new LoaderRegistry();
  return event;
}

@Resolver()
export class LiveResolver {
  constructor(private readonly live: LiveService) {}

  @Subscription(() => ThreadActivity, {
    description: 'New and edited posts of a thread the viewer can see (NOT_FOUND otherwise), as they are committed.',
    resolve: freshLoaders,
  })
  threadActivity(@Args('threadId', { type: () => ID }, UuidPipe) threadId: string, @Context() ctx: RequestContext) {
    return this.live.threadActivity(ctx.viewer, threadId);
  }

  @Subscription(() => Int, {
    description: "The viewer's unread notification count: once at the start, then on every change. Signed-in only.",
    resolve: freshLoaders,
  })
  notificationCount(@Context() ctx: RequestContext) {
    return this.live.notificationCount(ctx.viewer);
  }
}

@Resolver(() => ThreadActivity)
export class ThreadActivityResolver {
  constructor(private readonly discussions: DiscussionService) {}

  @ResolveField(() => Post, { nullable: true, description: 'The post as this subscriber may see it; null when they may not (e.g. held for review).' })
  async post(@Parent() activity: ThreadActivity, @Context() ctx: RequestContext): Promise<Post | null> {
    try {
      return await this.discussions.getPost(ctx.viewer, activity.postId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
