import { gql, type TypedDocumentNode } from '@apollo/client';
import { ME_FIELDS } from './fragments';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  DeleteMyAccountMutation,
  DeleteMyAccountMutationVariables,
  MySessionsQuery,
  MySessionsQueryVariables,
  RequestEmailChangeMutation,
  RequestEmailChangeMutationVariables,
  RevokeSessionMutation,
  RevokeSessionMutationVariables,
  SignOutEverywhereMutation,
  SignOutEverywhereMutationVariables,
  UpdateProfileMutation,
  UpdateProfileMutationVariables,
} from '../../../graphql/generated';

export const UPDATE_PROFILE_MUTATION: TypedDocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables> = gql`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const REQUEST_EMAIL_CHANGE_MUTATION: TypedDocumentNode<RequestEmailChangeMutation, RequestEmailChangeMutationVariables> = gql`
  mutation RequestEmailChange($input: ChangeEmailInput!) {
    requestEmailChange(input: $input)
  }
`;

export const CHANGE_PASSWORD_MUTATION: TypedDocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables> = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

export const DELETE_MY_ACCOUNT_MUTATION: TypedDocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables> = gql`
  mutation DeleteMyAccount($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`;

export const MY_SESSIONS_QUERY: TypedDocumentNode<MySessionsQuery, MySessionsQueryVariables> = gql`
  query MySessions {
    mySessions {
      id
      userAgent
      createdAt
      lastSeenAt
      expiresAt
      current
    }
  }
`;

export const REVOKE_SESSION_MUTATION: TypedDocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables> = gql`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`;

export const SIGN_OUT_EVERYWHERE_MUTATION: TypedDocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables> = gql`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`;
