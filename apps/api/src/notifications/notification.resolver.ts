import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type RequestContext } from '../core/graphql/request-context.js';
import { FollowArgs, MarkNotificationsReadArgs, NotificationPreferencesInput, NotificationsArgs, UnfollowArgs, UnsubscribeArgs } from './dto/notification.inputs.js';
import { PageArgs } from '../core/graphql/pagination.js';
import { FollowService } from './follow.service.js';
import { NotificationService } from './notification.service.js';
import { Follow, FollowConnection, Notification, NotificationConnection, NotificationPreferences } from './notification.types.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly follows: FollowService,
  ) {}

  @Query(() => NotificationConnection, { name: 'notifications', description: 'The viewer’s notifications, latest activity first.' })
  notificationList(@Args() { first, after, unreadOnly }: NotificationsArgs, @Context() ctx: RequestContext) {
    return this.service.list(ctx.viewer, first, after, unreadOnly ?? false);
  }

  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread.' })
  unreadNotificationCount(@Context() ctx: RequestContext) {
    return this.service.unreadCount(ctx.viewer);
  }

  @Query(() => NotificationPreferences)
  notificationPreferences(@Context() ctx: RequestContext) {
    return this.service.preferences(ctx.viewer);
  }

  @Query(() => FollowConnection, { description: 'What the viewer follows, newest first.' })
  myFollows(@Args() { first, after }: PageArgs, @Context() ctx: RequestContext) {
    return this.follows.myFollows(ctx.viewer, first, after);
  }

  @Mutation(() => Follow, { description: 'Follows a practice, thread, topic or municipality (or changes the level). NOT_FOUND for unknown or invisible subjects.' })
  follow(@Args() { subjectType, subjectId, level }: FollowArgs, @Context() ctx: RequestContext) {
    return this.follows.follow(ctx.viewer, subjectType, subjectId, level);
  }

  @Mutation(() => Boolean)
  unfollow(@Args() { subjectType, subjectId }: UnfollowArgs, @Context() ctx: RequestContext) {
    return this.follows.unfollow(ctx.viewer, subjectType, subjectId);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications read (none given: all); returns the unread count after.' })
  markNotificationsRead(@Args() { ids }: MarkNotificationsReadArgs, @Context() ctx: RequestContext) {
    return this.service.markRead(ctx.viewer, ids);
  }

  @Mutation(() => NotificationPreferences)
  updateNotificationPreferences(@Args('input') input: NotificationPreferencesInput, @Context() ctx: RequestContext) {
    return this.service.updatePreferences(ctx.viewer, input.emailFrequency);
  }

  @Mutation(() => Boolean, { description: 'Stops notification e-mails with the token of an unsubscribe link (no sign-in needed). TOKEN_INVALID if tampered or expired.' })
  async unsubscribe(@Args() { token }: UnsubscribeArgs) {
    await this.service.unsubscribe(token);
    return true;
  }
}
