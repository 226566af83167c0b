import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type FollowSubject, type WatchLevel } from '@praxisforum/domain';
import DataLoader from 'dataloader';
import { type RequestContext } from '../core/graphql/request-context.js';
import { Municipality } from '../municipalities/index.js';
import { Topic } from '../topics/index.js';
import { FollowService } from './follow.service.js';
import { WatchLevelEnum } from './notification.types.js';

const DESCRIPTION = 'How closely the viewer follows this; null for guests and when not following.';

/** The viewer's follow levels of one kind of subject, one statement per request however many are shown. */
function followLevels(ctx: RequestContext, follows: FollowService, subjectType: FollowSubject) {
  return ctx.loaders.get(`follow.level.${subjectType}`, () =>
    new DataLoader(async (ids: readonly string[]) => {
      const viewer = ctx.viewer;
      if (!viewer) return ids.map(() => null);
      const levels = await follows.levelsAmong(viewer.id, subjectType, ids);
      return ids.map((id): WatchLevel | null => levels.get(id) ?? null);
    }),
  );
}

/** Adds the viewer's follow level to topics; lives here so topics need not know notifications. */
@Resolver(() => Topic)
export class TopicFollowResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => WatchLevelEnum, { nullable: true, description: DESCRIPTION })
  viewerFollowLevel(@Parent() topic: Topic, @Context() ctx: RequestContext) {
    return followLevels(ctx, this.follows, 'topic').load(topic.id);
  }
}

/** Adds the viewer's follow level to municipalities; lives here so municipalities need not know notifications. */
@Resolver(() => Municipality)
export class MunicipalityFollowResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => WatchLevelEnum, { nullable: true, description: DESCRIPTION })
  viewerFollowLevel(@Parent() municipality: Municipality, @Context() ctx: RequestContext) {
    return followLevels(ctx, this.follows, 'municipality').load(municipality.id);
  }
}
