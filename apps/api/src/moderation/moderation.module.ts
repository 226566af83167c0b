import { Module } from '@nestjs/common';
import { ModerationRepository } from './moderation.repository.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';

@Module({
  providers: [ModerationRepository, ModerationService, ModerationResolver],
  exports: [ModerationService],
})
export class ModerationModule {}
