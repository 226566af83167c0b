import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { EMAIL_FREQUENCIES, type EmailFrequency, FOLLOW_SUBJECTS, type FollowSubject, LIMITS, WATCH_LEVELS, type WatchLevel } from '@praxisforum/domain';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination.js';
import { EmailFrequencyEnum, FollowSubjectEnum, WatchLevelEnum } from '../notification.types.js';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only notifications not yet read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null = false;
}

@ArgsType()
export class FollowArgs {
  @Field(() => FollowSubjectEnum)
  @IsIn(FOLLOW_SUBJECTS, { message: `subjectType must be one of ${FOLLOW_SUBJECTS.join(', ')}.` })
  subjectType: FollowSubject;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be an id (UUID).' })
  subjectId: string;

  @Field(() => WatchLevelEnum, { nullable: true, defaultValue: 'watching' })
  @IsIn(WATCH_LEVELS, { message: `level must be one of ${WATCH_LEVELS.join(', ')}.` })
  level: WatchLevel = 'watching';
}

@ArgsType()
export class UnfollowArgs {
  @Field(() => FollowSubjectEnum)
  @IsIn(FOLLOW_SUBJECTS, { message: `subjectType must be one of ${FOLLOW_SUBJECTS.join(', ')}.` })
  subjectType: FollowSubject;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be an id (UUID).' })
  subjectId: string;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: `Notifications to mark read (at most ${LIMITS.pageSizeMax}); none = all.` })
  @IsOptional()
  @ArrayMaxSize(LIMITS.pageSizeMax, { message: `ids can name at most ${LIMITS.pageSizeMax} notifications; leave it out to mark all read.` })
  @IsUUID('all', { each: true, message: 'ids must be notification ids (UUIDs).' })
  ids?: string[];
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => EmailFrequencyEnum)
  @IsIn(EMAIL_FREQUENCIES, { message: `emailFrequency must be one of ${EMAIL_FREQUENCIES.join(', ')}.` })
  emailFrequency: EmailFrequency;
}

@ArgsType()
export class UnsubscribeArgs {
  @Field({ description: 'The token from the unsubscribe link of a notification e-mail.' })
  @IsString()
  @MaxLength(500, { message: 'token is too long.' })
  token: string;
}
