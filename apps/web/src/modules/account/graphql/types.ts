/** GraphQL enums as the API sends them. */
export type LocaleEnum = 'DE' | 'EN';
export type UserRoleEnum = 'ADMIN' | 'MODERATOR' | 'MEMBER';
export type MembershipRoleEnum = 'COORDINATOR' | 'MEMBER';
export type InvitationStatusEnum = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export interface MunicipalityRef {
  __typename?: 'Municipality';
  id: string;
  slug: string;
  name: string;
}

export interface Membership {
  __typename?: 'Membership';
  role: MembershipRoleEnum;
  municipality: MunicipalityRef;
}

export interface Abilities {
  __typename?: 'Abilities';
  administerUsers: boolean;
  moderate: boolean;
  readFeedback: boolean;
  readMailbox: boolean;
  inviteAnywhere: boolean;
  inviteFor: MunicipalityRef[];
}

export interface Me {
  __typename?: 'Me';
  id: string;
  email: string;
  emailVerified: boolean;
  displayName: string;
  role: UserRoleEnum;
  locale: LocaleEnum;
  bio: string | null;
  affiliationText: string | null;
  affiliationMunicipality: MunicipalityRef | null;
  languages: string[];
  allowContact: boolean;
  createdAt: string;
  memberships: Membership[];
  abilities: Abilities;
}

export interface MeData {
  me: Me | null;
}

export interface Session {
  __typename?: 'SessionView';
  id: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

export interface RegisterInput {
  email: string;
  displayName: string;
  password: string;
  locale: LocaleEnum;
  acceptPrivacyNotice: boolean;
}

export interface UpdateProfileInput {
  displayName: string;
  bio?: string | null;
  affiliationText?: string | null;
  affiliationMunicipalitySlug?: string | null;
  languages?: string[];
  allowContact: boolean;
  locale: LocaleEnum;
}

export interface InvitationPreview {
  __typename?: 'InvitationPreview';
  email: string;
  municipality: MunicipalityRef;
  role: MembershipRoleEnum;
  expiresAt: string;
  status: InvitationStatusEnum;
  accountExists: boolean;
}

export interface AcceptInvitationInput {
  token: string;
  displayName?: string;
  password?: string;
}
