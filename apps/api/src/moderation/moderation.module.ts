import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/index.js';
import { ModerationRepository } from './moderation.repository.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';

@Module({
  imports: [DiscussionsModule],
  providers: [ModerationRepository, ModerationService, ModerationResolver],
  exports: [ModerationService],
})
export class ModerationModule {}
