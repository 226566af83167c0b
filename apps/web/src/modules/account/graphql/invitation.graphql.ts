import { gql, type TypedDocumentNode } from '@apollo/client';
import { ME_FIELDS } from './fragments';
import type { AcceptInvitationInput, InvitationPreview, Me } from './types';

export const INVITATION_PREVIEW_QUERY: TypedDocumentNode<{ invitationPreview: InvitationPreview }, { token: string }> = gql`
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

export const ACCEPT_INVITATION_MUTATION: TypedDocumentNode<{ acceptInvitation: Me }, { input: AcceptInvitationInput }> = gql`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;
