import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EMAIL_FREQUENCIES, type EmailFrequency, FOLLOW_SUBJECTS, type FollowSubject, type WatchLevel } from '@praxisforum/domain';
import { registerDomainEnum } from '../core/graphql/input-transforms.js';
import { ConnectionType } from '../core/graphql/pagination.js';
import { WatchLevelEnum } from '../discussions/index.js';
import { PersonRef } from '../core/graphql/person-ref.js';

// Shared names of the issue #5 contract (CONTRACT.md). If another feature registers the same
// enum or PersonRef type, one definition must be kept and imported by both.
export const FollowSubjectEnum = registerDomainEnum(FOLLOW_SUBJECTS, 'FollowSubject', 'What can be followed.');
export { WatchLevelEnum };
export const EmailFrequencyEnum = registerDomainEnum(EMAIL_FREQUENCIES, 'EmailFrequency', 'How often notifications are also sent by e-mail.');


@ObjectType({ description: 'Something that happened that concerns the viewer; title and path are already in the viewer’s terms.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field({ description: 'mention, reply, new_post, new_thread, new_practice, adoption, review_result, accepted_answer, message, moderation' })
  type: string;
  @Field() createdAt: string;
  @Field({ description: 'Changes when more of the same is coalesced into this notification.' }) updatedAt: string;
  @Field(() => String, { nullable: true }) readAt: string | null;
  @Field(() => Int, { description: 'How many events this notification stands for (more than 1 = coalesced).' }) count: number;
  @Field(() => PersonRef, { nullable: true, description: 'Who caused it (the latest one when coalesced); null for deleted accounts.' })
  actor: PersonRef | null;
  @Field({ description: 'The thread, practice or conversation title as the viewer may see it.' }) title: string;
  @Field(() => String, { nullable: true, description: 'A plain-text excerpt (post, review comment, moderation reason), null if not visible.' })
  excerpt: string | null;
  @Field({ description: 'Web path to open, e.g. /diskussionen/<id>#post-3.' }) path: string;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification');

@ObjectType()
export class NotificationPreferences {
  @Field(() => EmailFrequencyEnum) emailFrequency: EmailFrequency;
}

@ObjectType({ description: 'Something the viewer follows, with how closely.' })
export class Follow {
  @Field(() => FollowSubjectEnum) subjectType: FollowSubject;
  @Field(() => ID) subjectId: string;
  @Field(() => WatchLevelEnum) level: WatchLevel;
  @Field() title: string;
  @Field() path: string;
  @Field() createdAt: string;
}

export const FollowConnection = ConnectionType(Follow, 'Follow');
