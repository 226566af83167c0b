import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LIMITS, USER_ROLES } from '@praxisforum/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Membership, MembershipRoleEnum, UserRoleEnum } from '../accounts/index.js';
import { type MembershipRole, type UserRole } from '../core/auth/viewer.js';
import { ConnectionType, PageArgs } from '../core/graphql/pagination.js';
import { trimToUndefined } from '../core/graphql/input-transforms.js';


@ObjectType({ description: 'An account as administrators see it.' })
export class AdminUser {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true })
  email: string | null;
  @Field()
  displayName: string;
  @Field(() => UserRoleEnum)
  role: UserRole;
  @Field()
  emailVerified: boolean;
  @Field()
  blocked: boolean;
  @Field(() => String, { nullable: true })
  blockedReason: string | null;
  @Field()
  createdAt: string;
  @Field(() => [Membership])
  memberships: Membership[];
}

export const AdminUserConnection = ConnectionType(AdminUser, 'AdminUser');

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the e-mail address or display name.' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchTextMax)
  search?: string;

  @Field(() => UserRoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;
}

@InputType()
export class SetMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId is not valid.' })
  userId: string;

  @Field()
  @IsString()
  @MaxLength(120)
  municipalitySlug: string;

  @Field(() => MembershipRoleEnum, { nullable: true, description: 'null removes the membership.' })
  @IsOptional()
  @IsIn(['coordinator', 'member'])
  role?: MembershipRole | null;
}

@InputType()
export class BlockUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId is not valid.' })
  userId: string;

  @Field({ description: 'Shown to moderators and in the audit log.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(LIMITS.blockReasonMin, LIMITS.blockReasonMax, { message: `reason must be between ${LIMITS.blockReasonMin} and ${LIMITS.blockReasonMax} characters.` })
  reason: string;
}
