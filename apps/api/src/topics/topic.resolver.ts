import { Query, Resolver } from '@nestjs/graphql';
import { Topic } from './topic.entity.js';
import { TopicService } from './topic.service.js';

@Resolver(() => Topic)
export class TopicResolver {
  constructor(private readonly service: TopicService) {}

  @Query(() => [Topic], { description: 'All topics in their curated order.' })
  topics() {
    return this.service.list();
  }
}
