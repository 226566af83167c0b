import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@praxisforum/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { MembershipRoleEnum } from '../accounts/index.js';
import { type MembershipRole } from '../core/auth/viewer.js';
import { Municipality } from '../municipalities/index.js';
import { trim, trimToUndefined } from '../core/graphql/input-transforms.js';

export const InvitationStatusEnum = { PENDING: 'pending', ACCEPTED: 'accepted', REVOKED: 'revoked', EXPIRED: 'expired' } as const;
export type InvitationStatus = (typeof InvitationStatusEnum)[keyof typeof InvitationStatusEnum];
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });


@ObjectType()
export class Invitation {
  @Field(() => ID)
  id: string;
  @Field()
  email: string;
  @Field(() => Municipality)
  municipality: Municipality;
  @Field(() => MembershipRoleEnum)
  role: MembershipRole;
  @Field(() => String, { nullable: true })
  invitedByName: string | null;
  @Field()
  createdAt: string;
  @Field()
  expiresAt: string;
  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;
}

@ObjectType({ description: 'What an invitation link offers, shown before accepting it.' })
export class InvitationPreview {
  @Field()
  email: string;
  @Field(() => Municipality)
  municipality: Municipality;
  @Field(() => MembershipRoleEnum)
  role: MembershipRole;
  @Field()
  expiresAt: string;
  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;
  @Field({ description: 'An account with this e-mail exists: accepting needs signing in as it.' })
  accountExists: boolean;
}

@InputType()
export class InviteInput {
  @Field()
  @Transform(trim)
  @MaxLength(LIMITS.emailMax)
  @IsEmail({}, { message: 'email must be a valid e-mail address.' })
  email: string;

  @Field()
  @IsString()
  @MaxLength(120)
  municipalitySlug: string;

  @Field(() => MembershipRoleEnum)
  @IsIn(['coordinator', 'member'])
  role: MembershipRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => String, { nullable: true, description: 'Only when no account exists yet.' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @Length(LIMITS.displayNameMin, LIMITS.displayNameMax, {
    message: `displayName must be between ${LIMITS.displayNameMin} and ${LIMITS.displayNameMax} characters.`,
  })
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'Only when no account exists yet.' })
  @IsOptional()
  @IsString()
  password?: string;
}
