import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MEMBERSHIP_ROLES, USER_ROLES } from '../core/auth/viewer.js';
import { registerDomainEnum } from '../core/graphql/input-transforms.js';
import { Municipality } from '../municipalities/index.js';
import { LocaleEnum } from './dto/account.inputs.js';

export const UserRoleEnum = registerDomainEnum(USER_ROLES, 'UserRole', 'Platform-wide role; coordination is per municipality (Membership).');
export const MembershipRoleEnum = registerDomainEnum(MEMBERSHIP_ROLES, 'MembershipRole');

@ObjectType()
export class Membership {
  @Field(() => Municipality)
  municipality: Municipality;

  @Field(() => MembershipRoleEnum)
  role: 'coordinator' | 'member';
}

@ObjectType({ description: 'What the signed-in person may do, so the UI offers only that.' })
export class Abilities {
  @Field()
  administerUsers: boolean;
  @Field()
  moderate: boolean;
  @Field()
  readFeedback: boolean;
  @Field()
  readMailbox: boolean;
  @Field({ description: 'Admins may invite people to any municipality.' })
  inviteAnywhere: boolean;
  @Field(() => [Municipality], { description: 'Municipalities this person coordinates and may invite people to.' })
  inviteFor: Municipality[];
}

@ObjectType({ description: 'The signed-in person, with private details only they (and admins) see.' })
export class Me {
  @Field(() => ID)
  id: string;
  @Field()
  email: string;
  @Field()
  emailVerified: boolean;
  @Field()
  displayName: string;
  @Field(() => UserRoleEnum)
  role: string;
  @Field(() => LocaleEnum)
  locale: string;
  @Field(() => String, { nullable: true })
  bio: string | null;
  @Field(() => String, { nullable: true })
  affiliationText: string | null;
  @Field(() => Municipality, { nullable: true })
  affiliationMunicipality: Municipality | null;
  @Field(() => [String])
  languages: string[];
  @Field()
  allowContact: boolean;
  @Field({ description: 'ISO 8601 (UTC).' })
  createdAt: string;
  @Field(() => [Membership])
  memberships: Membership[];
  @Field(() => Abilities)
  abilities: Abilities;
}

@ObjectType()
export class SessionView {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true })
  userAgent: string | null;
  @Field()
  createdAt: string;
  @Field()
  lastSeenAt: string;
  @Field()
  expiresAt: string;
  @Field({ description: 'The session of this request.' })
  current: boolean;
}
