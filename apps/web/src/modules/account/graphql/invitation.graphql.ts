import { gql, type TypedDocumentNode } from '@apollo/client';
import { ME_FIELDS } from './fragments';
import type {
  AcceptInvitationMutation,
  AcceptInvitationMutationVariables,
  InvitationPreviewQuery,
  InvitationPreviewQueryVariables,
} from '../../../graphql/generated';

export const INVITATION_PREVIEW_QUERY: TypedDocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables> = gql`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      municipality {
        id
        slug
        name
      }
      role
      expiresAt
      status
      accountExists
    }
  }
`;

export const ACCEPT_INVITATION_MUTATION: TypedDocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables> = gql`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;
