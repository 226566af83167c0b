import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { LiveResolver, ThreadActivityResolver } from './live.resolver.js';
import { LiveService } from './live.service.js';

/** GraphQL subscriptions (live thread activity, notification count) on top of core/realtime. */
@Module({
  imports: [DiscussionsModule, NotificationsModule],
  providers: [LiveService, LiveResolver, ThreadActivityResolver],
  exports: [LiveService],
})
export class LiveModule {}
