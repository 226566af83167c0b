import { Args, Context, ID, Int, Resolver, Subscription } from '@nestjs/graphql';
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
