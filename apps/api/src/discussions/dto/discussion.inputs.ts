import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DISCUSSION_LIMITS as L, SPACE_TYPES, type SpaceType, THREAD_KINDS, type ThreadKind } from '@praxisforum/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trim } from '../../core/graphql/input-transforms.js';
import { PageArgs, SizedPageArgs } from '../../core/graphql/pagination.js';
import { SpaceTypeEnum, ThreadKindEnum } from '../discussion.enums.js';

const body = (field: string): PropertyDecorator[] => [
  Transform(trim),
  IsString(),
  Length(L.bodyMin, L.bodyMax, { message: `${field} must be between ${L.bodyMin} and ${L.bodyMax} characters.` }),
];
const title = (): PropertyDecorator[] => [
  Transform(trim),
  IsString(),
  Length(L.titleMin, L.titleMax, { message: `title must be between ${L.titleMin} and ${L.titleMax} characters.` }),
];
/** Tags are trimmed, lower-cased and de-duplicated; blanks are dropped. */
const normaliseTags = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? [...new Set((value as unknown[]).map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)).filter((v) => v !== ''))] : value;
const tags = (): PropertyDecorator[] => [
  Transform(normaliseTags),
  ArrayMaxSize(L.tagsMax, { message: `tags may name at most ${L.tagsMax} tags.` }),
  IsString({ each: true }),
  MaxLength(L.tagMax, { each: true, message: `each tag must be at most ${L.tagMax} characters.` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));
const uuid = (field: string) => IsUUID('all', { message: `${field} must be a valid id.` });

@InputType({ description: 'A space: a topic, a programme or a practice, by id.' })
export class SpaceInput {
  @Field(() => SpaceTypeEnum)
  @IsIn(SPACE_TYPES, { message: 'space.type must be TOPIC, PROGRAMME or PRACTICE.' })
  type: SpaceType;

  @Field(() => ID)
  @uuid('space.id')
  id: string;
}

@InputType()
export class CreateThreadInput {
  @Field(() => SpaceInput)
  @ValidateNested()
  @Type(() => SpaceInput)
  space: SpaceInput;

  @Field(() => ThreadKindEnum)
  @IsIn(THREAD_KINDS, { message: 'kind must be QUESTION or DISCUSSION.' })
  kind: ThreadKind;

  @Field()
  @apply(title())
  title: string;

  @Field({ description: `Markdown, ${L.bodyMin} to ${L.bodyMax} characters. Mentions: @[Name](<user id>).` })
  @apply(body('body'))
  body: string;

  @Field(() => [String], { nullable: true, description: `At most ${L.tagsMax} tags of at most ${L.tagMax} characters.` })
  @IsOptional()
  @apply(tags())
  tags?: string[];
}

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @uuid('threadId')
  threadId: string;

  @Field({ description: `Markdown, ${L.bodyMin} to ${L.bodyMax} characters. Mentions: @[Name](<user id>).` })
  @apply(body('body'))
  body: string;

  @Field(() => ID, { nullable: true, description: 'A post of the same thread this reply quotes.' })
  @IsOptional()
  @uuid('quotedPostId')
  quotedPostId?: string;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  @uuid('postId')
  postId: string;

  @Field()
  @apply(body('body'))
  body: string;
}

@InputType()
export class EditThreadInput {
  @Field(() => ID)
  @uuid('threadId')
  threadId: string;

  @Field()
  @apply(title())
  title: string;

  @Field(() => [String], { nullable: true, description: 'Omitted: the tags stay as they are.' })
  @IsOptional()
  @apply(tags())
  tags?: string[];
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => SpaceInput, { nullable: true, description: 'Only threads of this space (pinned first); none: all visible threads, latest activity first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpaceInput)
  space?: SpaceInput;
}

@ArgsType()
export class PostPageArgs extends SizedPageArgs(50, L.threadPageSizeMax) {}

@ArgsType()
export class MentionCandidatesArgs {
  @Field({ description: 'The start of a display name (or of one of its words).' })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'query must be between 1 and 100 characters.' })
  query: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt()
  @Min(1, { message: 'first must be at least 1.' })
  @Max(20, { message: 'first must be at most 20.' })
  first: number = 8;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => ID)
  @uuid('threadId')
  threadId: string;

  @Field(() => Int, { description: 'The highest post number the viewer has seen.' })
  @IsInt()
  @Min(0, { message: 'number must not be negative.' })
  number: number;
}
