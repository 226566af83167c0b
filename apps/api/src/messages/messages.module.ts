import { Module } from '@nestjs/common';
import { PracticesModule } from '../practices/index.js';
import { MessageRepository } from './message.repository.js';
import { ConversationResolver } from './message.resolver.js';
import { MessageService } from './message.service.js';

@Module({
  imports: [PracticesModule],
  providers: [MessageRepository, MessageService, ConversationResolver],
  exports: [MessageService],
})
export class MessagesModule {}
