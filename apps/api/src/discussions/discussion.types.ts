import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { type SpaceType, type ThreadKind, type WatchLevel } from '@praxisforum/domain';
import { ConnectionType } from '../core/graphql/pagination.js';
import { PersonRef } from '../core/graphql/person-ref.js';
import { renderPostBody } from './cook.js';
import { MarkdownText } from '../practices/index.js';
import { SpaceTypeEnum, ThreadKindEnum, WatchLevelEnum } from './discussion.enums.js';

// Every field here is a plain property (or getter) filled by the service from one SQL row: a thread
// page renders 50 posts without running a Nest field resolver per post field.

export { PersonRef };

@ObjectType({ description: 'Where a thread lives: a topic, a programme or a practice.' })
export class Space {
  @Field(() => SpaceTypeEnum) type: SpaceType;
  @Field(() => ID) id: string;
  @Field({ description: "The title in the signed-in person's account language (German for guests)." })
  title: string;
  @Field({ description: 'The German title; web pages show this or titleEn by their own language.' })
  titleDe: string;
  @Field({ description: 'The English title (a topic has one; a programme or practice has only its own title).' })
  titleEn: string;
  @Field() slug: string;
  @Field({ description: 'Web path of the space, e.g. /themen/<slug>, /programme/<slug>, /praxisbeispiele/<slug>.' })
  path: string;
}

/**
 * A post body: the HTML stored when the post was written (mentions with the names of then), or,
 * for rows without it, rendered on first read with the mentioned people's current names.
 */
export class PostBody extends MarkdownText {
  constructor(
    markdown: string,
    private readonly cooked: string | null,
    private readonly mentionNames: Record<string, string>,
  ) {
    super(markdown);
  }

  override get html(): string {
    return this.cooked ?? renderPostBody(this.markdown, this.mentionNames);
  }
}

@ObjectType({ description: 'The post a reply quotes: its number and author, and a plain-text excerpt (null when the viewer may not see it).' })
export class QuotedPost {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => PersonRef, { nullable: true }) author: PersonRef | null;
  @Field(() => String, { nullable: true, description: 'Plain text, at most 300 characters.' }) excerpt: string | null;
}

@ObjectType({ description: 'What the viewer may do with a post now.' })
export class PostAbilities {
  @Field() edit: boolean;
  @Field() delete: boolean;
  @Field({ description: 'Mark as helpful (not one’s own post).' }) react: boolean;
  @Field({ description: 'Mark as the accepted answer of the question.' }) accept: boolean;
  @Field() flag: boolean;
  @Field() moderate: boolean;
}

@ObjectType({ description: 'What the viewer may do with a thread now.' })
export class ThreadAbilities {
  @Field() reply: boolean;
  @Field() edit: boolean;
  @Field() accept: boolean;
  @Field() moderate: boolean;
  @Field() flag: boolean;
}

@ObjectType({ description: 'A post in a thread; post number 1 is the thread’s body.' })
export class Post {
  @Field(() => ID) id: string;
  @Field(() => ID) threadId: string;
  @Field(() => Int, { description: 'Position in the thread, from 1.' }) number: number;
  @Field(() => PersonRef, { nullable: true }) author: PersonRef | null;
  @Field(() => MarkdownText, { nullable: true, description: 'Null when deleted, or hidden by moderation for this viewer.' })
  body: MarkdownText | null;
  @Field(() => QuotedPost, { nullable: true }) quoted: QuotedPost | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last edit (shown as "edited").' }) editedAt: Date | null;
  @Field(() => Int) editCount: number;
  @Field() deleted: boolean;
  @Field({ description: 'Hidden by moderation.' }) hidden: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was hidden: for its author and moderators only.' }) hiddenReason: string | null;
  @Field({ description: 'Held for review (only its author and moderators see it).' }) held: boolean;
  @Field(() => Int) helpfulCount: number;
  @Field() viewerReacted: boolean;
  @Field({ description: 'The accepted answer of its question.' }) accepted: boolean;
  @Field(() => [PersonRef]) mentions: PersonRef[];
  @Field(() => PostAbilities) viewerCan: PostAbilities;
  authorId: string | null;
}

@ObjectType({ description: 'An earlier body of an edited or deleted post (moderators only).' })
export class PostRevision {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => PersonRef, { nullable: true }) editor: PersonRef | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

export const PostConnection = ConnectionType(Post, 'Post');

@ObjectType({ description: 'A discussion or question in a space; its body is post number 1.' })
export class Thread {
  @Field(() => ID) id: string;
  @Field(() => Space) space: Space;
  @Field(() => ThreadKindEnum) kind: ThreadKind;
  @Field() title: string;
  @Field(() => [String]) tags: string[];
  @Field(() => PersonRef, { nullable: true }) author: PersonRef | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) lastPostAt: Date;
  @Field(() => Int, { description: 'Posts that count (not held, not deleted), the first included.' }) postCount: number;
  @Field(() => Int) lastPostNumber: number;
  @Field() locked: boolean;
  @Field() pinned: boolean;
  @Field() hidden: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was hidden: for its author and moderators only.' }) hiddenReason: string | null;
  @Field() held: boolean;
  @Field() isExample: boolean;
  @Field(() => Int, { description: 'Posts after the viewer’s last read one (not their own; 0 for guests).' }) unreadCount: number;
  @Field(() => Int, { nullable: true, description: 'The highest post number the viewer has seen; null = never opened.' }) lastReadNumber: number | null;
  @Field(() => WatchLevelEnum, { nullable: true, description: 'Null = not following.' }) viewerFollowLevel: WatchLevel | null;
  @Field(() => ThreadAbilities) viewerCan: ThreadAbilities;
  authorId: string | null;
  acceptedPostId: string | null;
  firstPostId: string | null;
  deleted: boolean;
}

export const ThreadConnection = ConnectionType(Thread, 'Thread');
