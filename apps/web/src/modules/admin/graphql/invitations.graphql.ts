import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  InvitationsQuery,
  InvitationsQueryVariables,
  InviteUserMutation,
  InviteUserMutationVariables,
  RevokeInvitationMutation,
  RevokeInvitationMutationVariables,
} from '../../../graphql/generated';

const INVITATION_FIELDS = gql`
  fragment InvitationFields on Invitation {
    id
    email
    municipality {
      id
      slug
      name
    }
    role
    invitedByName
    createdAt
    expiresAt
    status
  }
`;

export const INVITATIONS_QUERY: TypedDocumentNode<InvitationsQuery, InvitationsQueryVariables> = gql`
  query Invitations($municipalitySlug: String!) {
    invitations(municipalitySlug: $municipalitySlug) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;

export const INVITE_USER_MUTATION: TypedDocumentNode<InviteUserMutation, InviteUserMutationVariables> = gql`
  mutation InviteUser($input: InviteInput!) {
    inviteUser(input: $input) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;

export const REVOKE_INVITATION_MUTATION: TypedDocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables> = gql`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;
