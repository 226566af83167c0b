import { gql, type TypedDocumentNode } from '@apollo/client';
import { ME_FIELDS } from './fragments';
import type { Me, Session, UpdateProfileInput } from './types';

export const UPDATE_PROFILE_MUTATION: TypedDocumentNode<{ updateProfile: Me }, { input: UpdateProfileInput }> = gql`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const REQUEST_EMAIL_CHANGE_MUTATION: TypedDocumentNode<
  { requestEmailChange: boolean },
  { input: { newEmail: string; password: string } }
> = gql`
  mutation RequestEmailChange($input: ChangeEmailInput!) {
    requestEmailChange(input: $input)
  }
`;

export const CHANGE_PASSWORD_MUTATION: TypedDocumentNode<
  { changePassword: boolean },
  { input: { currentPassword: string; newPassword: string } }
> = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

export const DELETE_MY_ACCOUNT_MUTATION: TypedDocumentNode<
  { deleteMyAccount: boolean },
  { input: { password: string; deleteContributions: boolean } }
> = gql`
  mutation DeleteMyAccount($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`;

export const MY_SESSIONS_QUERY: TypedDocumentNode<{ mySessions: Session[] }, Record<string, never>> = gql`
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

export const REVOKE_SESSION_MUTATION: TypedDocumentNode<{ revokeSession: boolean }, { id: string }> = gql`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`;

export const SIGN_OUT_EVERYWHERE_MUTATION: TypedDocumentNode<{ signOutEverywhere: boolean }, Record<string, never>> = gql`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`;
