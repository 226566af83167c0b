import { gql, type TypedDocumentNode } from '@apollo/client';
import { ME_FIELDS } from './fragments';
import type {
  ConfirmEmailMutation,
  ConfirmEmailMutationVariables,
  MeQuery,
  MeQueryVariables,
  RegisterMutation,
  RegisterMutationVariables,
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables,
  ResetPasswordMutation,
  ResetPasswordMutationVariables,
  SignInMutation,
  SignInMutationVariables,
  SignOutMutation,
  SignOutMutationVariables,
} from '../../../graphql/generated';

export const ME_QUERY: TypedDocumentNode<MeQuery, MeQueryVariables> = gql`
  query Me {
    me {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const SIGN_IN_MUTATION: TypedDocumentNode<SignInMutation, SignInMutationVariables> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const SIGN_OUT_MUTATION: TypedDocumentNode<SignOutMutation, SignOutMutationVariables> = gql`
  mutation SignOut {
    signOut
  }
`;

export const REGISTER_MUTATION: TypedDocumentNode<RegisterMutation, RegisterMutationVariables> = gql`
  mutation Register($input: RegisterInput!) {
    register(input: $input)
  }
`;

export const CONFIRM_EMAIL_MUTATION: TypedDocumentNode<ConfirmEmailMutation, ConfirmEmailMutationVariables> = gql`
  mutation ConfirmEmail($input: TokenInput!) {
    confirmEmail(input: $input)
  }
`;

export const REQUEST_PASSWORD_RESET_MUTATION: TypedDocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables> = gql`
  mutation RequestPasswordReset($input: EmailInput!) {
    requestPasswordReset(input: $input)
  }
`;

export const RESET_PASSWORD_MUTATION: TypedDocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables> = gql`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;
