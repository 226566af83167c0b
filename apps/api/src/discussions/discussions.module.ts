import { Module } from '@nestjs/common';
import { PracticesModule } from '../practices/index.js';
import { DiscussionRepository } from './discussion.repository.js';
import { DiscussionService } from './discussion.service.js';
import { PostResolver } from './post.resolver.js';
import { PracticeThreadsResolver, ThreadResolver } from './thread.resolver.js';

@Module({
  imports: [PracticesModule],
  providers: [DiscussionRepository, DiscussionService, ThreadResolver, PostResolver, PracticeThreadsResolver],
  exports: [DiscussionService, DiscussionRepository],
})
export class DiscussionsModule {}
