import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MembershipRoleEnum, UserRoleEnum } from '../../account/graphql/types';
import type { AdminUser, Connection, UsersVars } from './types';

const ADMIN_USER_FIELDS = gql`
  fragment AdminUserFields on AdminUser {
    id
    email
    displayName
    role
    emailVerified
    blocked
    blockedReason
    createdAt
    memberships {
      role
      municipality {
        id
        slug
        name
      }
    }
  }
`;

export const USERS_QUERY: TypedDocumentNode<{ users: Connection<AdminUser> }, UsersVars> = gql`
  query Users($search: String, $role: UserRole, $first: Int, $after: String) {
    users(search: $search, role: $role, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...AdminUserFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const SET_USER_ROLE_MUTATION: TypedDocumentNode<{ setUserRole: AdminUser }, { userId: string; role: UserRoleEnum }> = gql`
  mutation SetUserRole($userId: ID!, $role: UserRole!) {
    setUserRole(userId: $userId, role: $role) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const SET_MEMBERSHIP_MUTATION: TypedDocumentNode<
  { setMembership: AdminUser },
  { input: { userId: string; municipalitySlug: string; role: MembershipRoleEnum | null } }
> = gql`
  mutation SetMembership($input: SetMembershipInput!) {
    setMembership(input: $input) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const BLOCK_USER_MUTATION: TypedDocumentNode<{ blockUser: AdminUser }, { input: { userId: string; reason: string } }> = gql`
  mutation BlockUser($input: BlockUserInput!) {
    blockUser(input: $input) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const UNBLOCK_USER_MUTATION: TypedDocumentNode<{ unblockUser: AdminUser }, { userId: string }> = gql`
  mutation UnblockUser($userId: ID!) {
    unblockUser(userId: $userId) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;
