import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MembershipRoleEnum } from '../../account/graphql/types';
import type { Invitation } from './types';

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

export const INVITATIONS_QUERY: TypedDocumentNode<{ invitations: Invitation[] }, { municipalitySlug: string }> = gql`
  query Invitations($municipalitySlug: String!) {
    invitations(municipalitySlug: $municipalitySlug) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;

export const INVITE_USER_MUTATION: TypedDocumentNode<
  { inviteUser: Invitation },
  { input: { email: string; municipalitySlug: string; role: MembershipRoleEnum } }
> = gql`
  mutation InviteUser($input: InviteInput!) {
    inviteUser(input: $input) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;

export const REVOKE_INVITATION_MUTATION: TypedDocumentNode<{ revokeInvitation: Invitation }, { id: string }> = gql`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;
