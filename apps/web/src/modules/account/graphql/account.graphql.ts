import { gql, type TypedDocumentNode } from '@apollo/client';
import { ME_FIELDS } from './fragments';
import type { Me, MeData, RegisterInput } from './types';

export const ME_QUERY: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const SIGN_IN_MUTATION: TypedDocumentNode<{ signIn: Me }, { input: { email: string; password: string } }> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const SIGN_OUT_MUTATION: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;

export const REGISTER_MUTATION: TypedDocumentNode<{ register: boolean }, { input: RegisterInput }> = gql`
  mutation Register($input: RegisterInput!) {
    register(input: $input)
  }
`;

export const CONFIRM_EMAIL_MUTATION: TypedDocumentNode<{ confirmEmail: boolean }, { input: { token: string } }> = gql`
  mutation ConfirmEmail($input: TokenInput!) {
    confirmEmail(input: $input)
  }
`;

export const REQUEST_PASSWORD_RESET_MUTATION: TypedDocumentNode<{ requestPasswordReset: boolean }, { input: { email: string } }> = gql`
  mutation RequestPasswordReset($input: EmailInput!) {
    requestPasswordReset(input: $input)
  }
`;

export const RESET_PASSWORD_MUTATION: TypedDocumentNode<{ resetPassword: boolean }, { input: { token: string; password: string } }> = gql`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;
