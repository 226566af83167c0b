import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@praxisforum/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { trim, trimToUndefined } from '../../core/graphql/input-transforms.js';


export const LocaleEnum = { DE: 'de', EN: 'en' } as const;
registerEnumType(LocaleEnum, { name: 'Locale', description: 'Language of the interface and of e-mails.' });

const emailField = () => [
  Transform(trim),
  IsString(),
  MaxLength(LIMITS.emailMax),
  IsEmail({}, { message: 'email must be a valid e-mail address.' }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@InputType()
export class RegisterInput {
  @Field()
  @apply(emailField())
  email: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(LIMITS.displayNameMin, LIMITS.displayNameMax, {
    message: `displayName must be between ${LIMITS.displayNameMin} and ${LIMITS.displayNameMax} characters.`,
  })
  displayName: string;

  @Field({ description: `At least ${LIMITS.passwordMin} characters; common passwords are refused.` })
  @IsString()
  password: string;

  @Field(() => LocaleEnum, { defaultValue: 'de' })
  @IsIn(['de', 'en'])
  locale: 'de' | 'en' = 'de';

  @Field({ description: 'The person has read the privacy notice.' })
  @IsBoolean()
  acceptPrivacyNotice: boolean;
}

@InputType()
export class SignInInput {
  @Field()
  @apply(emailField())
  email: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password: string;
}

@InputType()
export class UpdateProfileInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(LIMITS.displayNameMin, LIMITS.displayNameMax, {
    message: `displayName must be between ${LIMITS.displayNameMin} and ${LIMITS.displayNameMax} characters.`,
  })
  displayName: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bioMax, { message: `bio must be at most ${LIMITS.bioMax} characters.` })
  bio?: string;

  @Field(() => String, { nullable: true, description: 'Affiliation as free text, e.g. a club or an office.' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.affiliationMax)
  affiliationText?: string;

  @Field(() => String, { nullable: true, description: 'Affiliation with a municipality of the platform.' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(120)
  affiliationMunicipalitySlug?: string;

  @Field(() => [String], { nullable: true, description: 'Languages spoken, e.g. "Deutsch", "Arabisch".' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.languagesMax)
  @IsString({ each: true })
  @MaxLength(LIMITS.languageNameMax, { each: true, message: `each language may have at most ${LIMITS.languageNameMax} characters.` })
  languages?: string[];

  @Field({ description: 'Whether other signed-in people may send private messages.' })
  @IsBoolean()
  allowContact: boolean;

  @Field(() => LocaleEnum)
  @IsIn(['de', 'en'])
  locale: 'de' | 'en';
}

@InputType()
export class TokenInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;
}

@InputType()
export class ResetPasswordInput extends TokenInput {
  @Field()
  @IsString()
  password: string;
}

@InputType()
export class EmailInput {
  @Field()
  @Transform(trim)
  @MaxLength(LIMITS.emailMax)
  @IsEmail({}, { message: 'email must be a valid e-mail address.' })
  email: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  currentPassword: string;

  @Field()
  @IsString()
  newPassword: string;
}

@InputType()
export class ChangeEmailInput {
  @Field()
  @Transform(trim)
  @MaxLength(LIMITS.emailMax)
  @IsEmail({}, { message: 'newEmail must be a valid e-mail address.' })
  newEmail: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password: string;
}

@InputType()
export class DeleteAccountInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password: string;

  @Field({ description: 'Also delete my public contributions instead of keeping them anonymised.' })
  @IsBoolean()
  deleteContributions: boolean;
}
