import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DISCUSSION_LIMITS as L, FLAG_REASONS, type FlagReason, LIMITS } from '@praxisforum/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { registerDomainEnum, trim, trimToUndefined } from '../core/graphql/input-transforms.js';
import { ConnectionType, SizedPageArgs } from '../core/graphql/pagination.js';
import { PersonRef } from '../core/graphql/person-ref.js';
import { Space, SpaceInput, SpaceTypeEnum } from '../discussions/index.js';

export { SpaceInput, SpaceTypeEnum };
import { MarkdownText } from '../practices/index.js';

/*
 * Stand-ins for the discussions feature's types, built on another branch: ModeratedThread and
 * ModeratedPost take the place of CONTRACT.md's Thread and Post in moderation answers (the lead
 * switches the return types when merging). SpaceType and SpaceInput carry the contract's names
 * and shapes; keep one definition when both branches meet.
 */
export const FlagReasonEnum = registerDomainEnum(FLAG_REASONS, 'FlagReason', 'Why a post or thread was flagged.');

@ObjectType({ description: 'A thread as moderation answers show it (stand-in for Thread until both branches meet).' })
export class ModeratedThread {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field(() => Space)
  space: Space;
  @Field(() => PersonRef, { nullable: true })
  author: PersonRef | null;
  @Field(() => String, { nullable: true, description: 'Plain text of the first post, at most 300 characters.' })
  excerpt: string | null;
  @Field(() => Int)
  postCount: number;
  @Field()
  lastPostAt: Date;
  @Field()
  createdAt: Date;
  @Field()
  locked: boolean;
  @Field()
  pinned: boolean;
  @Field()
  hidden: boolean;
  @Field(() => String, { nullable: true })
  hiddenReason: string | null;
  @Field()
  held: boolean;
  @Field()
  deleted: boolean;
}

@ObjectType({ description: 'A post as moderation answers show it (stand-in for Post until both branches meet).' })
export class ModeratedPost {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  threadId: string;
  @Field(() => Int)
  number: number;
  @Field(() => PersonRef, { nullable: true })
  author: PersonRef | null;
  @Field(() => MarkdownText, { nullable: true, description: 'null when the post was deleted.' })
  body: MarkdownText | null;
  @Field(() => String, { nullable: true, description: 'Plain text, at most 300 characters.' })
  excerpt: string | null;
  @Field()
  createdAt: Date;
  @Field()
  deleted: boolean;
  @Field()
  hidden: boolean;
  @Field(() => String, { nullable: true })
  hiddenReason: string | null;
  @Field()
  held: boolean;
  @Field(() => String, { nullable: true, description: 'Why the post was held for review (e.g. links from a new account).' })
  heldReason: string | null;
}

@ObjectType({ description: 'Something for moderators to look at: a flagged post or thread (its open flags together), or a held post.' })
export class ModerationItem {
  @Field(() => ID)
  id: string;
  @Field({ description: '"flag" or "held".' })
  kind: 'flag' | 'held';
  @Field({ description: '"post" or "thread".' })
  subjectType: 'post' | 'thread';
  @Field(() => ID)
  subjectId: string;

  threadId: string;
  postId: string | null;

  @Field(() => ModeratedThread)
  thread: ModeratedThread;
  @Field(() => ModeratedPost, { nullable: true, description: 'The flagged or held post; null when a thread itself was flagged.' })
  post: ModeratedPost | null;
  @Field(() => Int)
  flagCount: number;
  @Field(() => [FlagReasonEnum])
  reasons: FlagReason[];
  @Field(() => [String])
  notes: string[];
  @Field(() => PersonRef, { nullable: true, description: 'Who wrote the flagged or held content.' })
  author: PersonRef | null;
  @Field({ description: 'When the first open flag came in, or when the post was held.' })
  createdAt: Date;
}

export const ModerationItemConnection = ConnectionType(ModerationItem, 'ModerationItem');

@ObjectType({ description: 'One entry of the audit log: who did what, when and why.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;
  @Field({ description: 'e.g. post.hidden, thread.moved, user.warned, practice.published.' })
  action: string;
  @Field(() => PersonRef, { nullable: true })
  actor: PersonRef | null;
  @Field()
  subjectType: string;
  @Field(() => ID, { nullable: true })
  subjectId: string | null;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field({ description: 'All details as a JSON object string.' })
  details: string;
  @Field()
  createdAt: Date;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

const reasonLength = (field: string) =>
  Length(L.moderationReasonMin, L.moderationReasonMax, {
    message: `${field} must be between ${L.moderationReasonMin} and ${L.moderationReasonMax} characters.`,
  });

@InputType()
export class FlagPostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId is not valid.' })
  postId: string;

  @Field(() => FlagReasonEnum)
  @IsIn(FLAG_REASONS, { message: `reason must be one of ${FLAG_REASONS.join(', ')}.` })
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(L.flagNoteMax, { message: `note must be at most ${L.flagNoteMax} characters.` })
  note?: string;
}

@InputType()
export class FlagThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId is not valid.' })
  threadId: string;

  @Field(() => FlagReasonEnum)
  @IsIn(FLAG_REASONS, { message: `reason must be one of ${FLAG_REASONS.join(', ')}.` })
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(L.flagNoteMax, { message: `note must be at most ${L.flagNoteMax} characters.` })
  note?: string;
}

@ArgsType()
export class PostReasonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId is not valid.' })
  postId: string;

  @Field({ description: `Shown to the author and in the audit log (${L.moderationReasonMin}–${L.moderationReasonMax} characters).` })
  @Transform(trim)
  @IsString()
  @reasonLength('reason')
  reason: string;
}

@ArgsType()
export class ThreadReasonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId is not valid.' })
  threadId: string;

  @Field({ description: `Shown to the author and in the audit log (${L.moderationReasonMin}–${L.moderationReasonMax} characters).` })
  @Transform(trim)
  @IsString()
  @reasonLength('reason')
  reason: string;
}

@ArgsType()
export class ThreadOptionalReasonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId is not valid.' })
  threadId: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @reasonLength('reason')
  reason?: string;
}

@ArgsType()
export class MoveThreadArgs extends ThreadOptionalReasonArgs {
  @Field(() => SpaceInput)
  @ValidateNested()
  @Type(() => SpaceInput)
  space: SpaceInput;
}

@ArgsType()
export class UserReasonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId is not valid.' })
  userId: string;

  @Field({ description: `Shown to the person and in the audit log (${L.moderationReasonMin}–${L.moderationReasonMax} characters).` })
  @Transform(trim)
  @IsString()
  @reasonLength('reason')
  reason: string;
}

@ArgsType()
export class DismissFlagsArgs {
  @Field({ description: '"post" or "thread".' })
  @IsIn(['post', 'thread'], { message: 'subjectType must be "post" or "thread".' })
  subjectType: 'post' | 'thread';

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId is not valid.' })
  subjectId: string;
}

@ArgsType()
export class AuditLogArgs extends SizedPageArgs(50, LIMITS.pageSizeMax) {
  @Field(() => String, { nullable: true, description: 'Only this action (e.g. "post.hidden"), or every action of a kind when it ends with a dot ("post.").' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]+(\.[a-z_]*)?$/, { message: 'action must look like "post.hidden" or "post.".' })
  @MaxLength(60)
  action?: string;
}
