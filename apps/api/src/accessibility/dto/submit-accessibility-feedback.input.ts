import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@praxisforum/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { trim, trimToUndefined } from '../../core/graphql/input-transforms.js';


@InputType()
export class AccessibilityFeedbackInput {
  @Field({ description: 'What is hard to use, and where.' })
  @Transform(trim)
  @IsString()
  @Length(LIMITS.feedbackMessageMin, LIMITS.feedbackMessageMax, {
    message: `message must be between ${LIMITS.feedbackMessageMin} and ${LIMITS.feedbackMessageMax} characters.`,
  })
  message: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.feedbackNameMax, { message: `name must be at most ${LIMITS.feedbackNameMax} characters.` })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Only needed for an answer.' })
  @Transform(trimToUndefined)
  @IsOptional()
  @MaxLength(LIMITS.emailMax)
  @IsEmail({}, { message: 'email must be a valid e-mail address.' })
  email?: string;

  @Field(() => String, { nullable: true, description: 'The page the feedback is about (a path of this site or a full URL).' })
  @Transform(trimToUndefined)
  @IsOptional()
  @MaxLength(LIMITS.pageUrlMax)
  @Matches(/^(\/|https?:\/\/)\S*$/, { message: 'pageUrl must be a path starting with / or an http(s) URL.' })
  pageUrl?: string;
}
