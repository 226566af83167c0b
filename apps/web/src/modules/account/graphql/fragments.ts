import { gql } from '@apollo/client';

/**
 * Everything the app shows about the signed-in person. Every operation that returns `Me` asks for
 * these fields, so its answer can stand in for the `me` query. Kept out of the operation modules:
 * a document holding only a fragment would fail validation in operations.spec.
 */
export const ME_FIELDS = gql`
  fragment MeFields on Me {
    id
    email
    emailVerified
    displayName
    role
    locale
    bio
    affiliationText
    affiliationMunicipality {
      id
      slug
      name
    }
    languages
    allowContact
    createdAt
    memberships {
      role
      municipality {
        id
        slug
        name
      }
    }
    abilities {
      administerUsers
      moderate
      readFeedback
      readMailbox
      inviteAnywhere
      inviteFor {
        id
        slug
        name
      }
    }
  }
`;
