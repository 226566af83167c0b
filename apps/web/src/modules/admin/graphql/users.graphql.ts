import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  BlockUserMutation,
  BlockUserMutationVariables,
  SetMembershipMutation,
  SetMembershipMutationVariables,
  SetUserRoleMutation,
  SetUserRoleMutationVariables,
  UnblockUserMutation,
  UnblockUserMutationVariables,
  UsersQuery,
  UsersQueryVariables,
} from '../../../graphql/generated';

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

export const USERS_QUERY: TypedDocumentNode<UsersQuery, UsersQueryVariables> = gql`
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

export const SET_USER_ROLE_MUTATION: TypedDocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables> = gql`
  mutation SetUserRole($userId: ID!, $role: UserRole!) {
    setUserRole(userId: $userId, role: $role) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const SET_MEMBERSHIP_MUTATION: TypedDocumentNode<SetMembershipMutation, SetMembershipMutationVariables> = gql`
  mutation SetMembership($input: SetMembershipInput!) {
    setMembership(input: $input) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const BLOCK_USER_MUTATION: TypedDocumentNode<BlockUserMutation, BlockUserMutationVariables> = gql`
  mutation BlockUser($input: BlockUserInput!) {
    blockUser(input: $input) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const UNBLOCK_USER_MUTATION: TypedDocumentNode<UnblockUserMutation, UnblockUserMutationVariables> = gql`
  mutation UnblockUser($userId: ID!) {
    unblockUser(userId: $userId) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;
