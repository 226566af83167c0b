import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  PracticeRevisionDiffQuery,
  PracticeRevisionDiffQueryVariables,
  PracticeRevisionsQuery,
  PracticeRevisionsQueryVariables,
} from '../../../graphql/generated';

/** The published versions of a practice, newest first, and the topic names to show changes in. */
export const PRACTICE_REVISIONS_QUERY: TypedDocumentNode<PracticeRevisionsQuery, PracticeRevisionsQueryVariables> = gql`
  query PracticeRevisions($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      title
      state
      revisions {
        id
        number
        createdAt
        authorName
        note
        changedFields
      }
    }
    topics {
      id
      slug
      nameDe
      nameEn
    }
  }
`;

export const PRACTICE_REVISION_DIFF_QUERY: TypedDocumentNode<PracticeRevisionDiffQuery, PracticeRevisionDiffQueryVariables> = gql`
  query PracticeRevisionDiff($slug: String!, $from: Int!, $to: Int!) {
    practiceRevisionDiff(slug: $slug, from: $from, to: $to) {
      from {
        id
        number
      }
      to {
        id
        number
      }
      changes {
        field
        before
        after
      }
    }
  }
`;
