import type {
  InvitationStatusEnum,
  Membership,
  MembershipRoleEnum,
  MunicipalityRef,
  UserRoleEnum,
} from '../../account/graphql/types';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<TNode> {
  totalCount: number;
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
}

export interface Invitation {
  __typename?: 'Invitation';
  id: string;
  email: string;
  municipality: MunicipalityRef;
  role: MembershipRoleEnum;
  invitedByName: string | null;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatusEnum;
}

export interface AdminUser {
  __typename?: 'AdminUser';
  id: string;
  email: string | null;
  displayName: string;
  role: UserRoleEnum;
  emailVerified: boolean;
  blocked: boolean;
  blockedReason: string | null;
  createdAt: string;
  memberships: Membership[];
}

export interface UsersVars {
  search?: string;
  role?: UserRoleEnum;
  first?: number;
  after?: string | null;
}

export interface DevMail {
  __typename?: 'DevMail';
  id: string;
  to: string;
  subject: string;
  text: string;
  template: string;
  createdAt: string;
}

export interface FeedbackEntry {
  __typename?: 'AccessibilityFeedbackEntry';
  id: string;
  message: string;
  name: string | null;
  email: string | null;
  pageUrl: string | null;
  createdAt: string;
}
