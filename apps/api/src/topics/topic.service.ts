import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { Topic } from './topic.entity.js';

@Injectable()
export class TopicService {
  constructor(@InjectRepository(Topic) private readonly topics: Repository<Topic>) {}

  /** The taxonomy is small and curated (a few dozen at most), so it is returned whole. */
  list(): Promise<Topic[]> {
    return this.topics.find({ order: { position: 'ASC', slug: 'ASC' } });
  }
}
