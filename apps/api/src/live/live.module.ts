import { Module } from '@nestjs/common';
import { LiveResolver } from './live.resolver.js';
import { LiveService } from './live.service.js';

/** GraphQL subscriptions (live thread activity, notification count) on top of core/realtime. */
@Module({
  providers: [LiveService, LiveResolver],
  exports: [LiveService],
})
export class LiveModule {}
