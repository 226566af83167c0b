import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DISCUSSION_LIMITS as L, LIMITS } from '@praxisforum/domain';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { trim, trimToUndefined } from '../core/graphql/input-transforms.js';
import { ConnectionType } from '../core/graphql/pagination.js';
import { MarkdownText } from '../practices/index.js';
import { PersonRef } from '../core/graphql/person-ref.js';

@ObjectType({ description: 'The practice a conversation is about (shown only while the viewer may see the practice).' })
export class ConversationPractice {
  @Field(() => ID)
  id: string;
  @Field()
  slug: string;
  @Field()
  title: string;
}

@ObjectType({ description: 'A private message. Bodies are Markdown, rendered and sanitized like practice texts.' })
export class Message {
  @Field(() => ID)
  id: string;

  conversationId: string;
  senderId: string | null;

  @Field(() => PersonRef, { nullable: true, description: 'null: the sender deleted their account.' })
  sender: PersonRef | null;

  @Field(() => MarkdownText)
  body: MarkdownText;

  @Field()
  createdAt: Date;

  @Field({ description: 'Written by the viewer.' })
  mine: boolean;
}

export const MessageConnection = ConnectionType(Message, 'Message');

@ObjectType({ description: 'A private conversation between two people (participants only).' })
export class Conversation {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  subject: string | null;

  practiceId: string | null;

  @Field()
  lastMessageAt: Date;

  @Field({ description: 'A message from someone else arrived after the viewer last read the conversation.' })
  unread: boolean;
}

export const ConversationConnection = ConnectionType(Conversation, 'Conversation');

@ArgsType()
export class MessagesArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, at most ${LIMITS.pageSizeMax}.` })
  @IsInt()
  @Min(1, { message: 'first must be at least 1.' })
  @Max(LIMITS.pageSizeMax, { message: `first must be at most ${LIMITS.pageSizeMax} (the maximum page size).` })
  first: number = 50;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of a previous page: returns the messages before it. Pages are in time order (newest last); hasNextPage means older messages exist.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  before?: string;
}

@InputType({ description: 'Start a conversation with a person (recipientId) or with the contact person of a practice (practiceId); give exactly one.' })
export class StartConversationInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientId is not valid.' })
  recipientId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'practiceId is not valid.' })
  practiceId?: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(L.conversationSubjectMax, { message: `subject must be at most ${L.conversationSubjectMax} characters.` })
  subject?: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.messageMin, L.messageMax, { message: `body must be between ${L.messageMin} and ${L.messageMax} characters.` })
  body: string;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'conversationId is not valid.' })
  conversationId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.messageMin, L.messageMax, { message: `body must be between ${L.messageMin} and ${L.messageMax} characters.` })
  body: string;
}
