import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Topic } from './topic.entity.js';
import { TopicResolver } from './topic.resolver.js';
import { TopicService } from './topic.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Topic])],
  providers: [TopicService, TopicResolver],
})
export class TopicsModule {}
