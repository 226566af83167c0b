import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ManagedPracticesQuery,
  ManagedPracticesQueryVariables,
  PracticeReviewQueueQuery,
  PracticeReviewQueueQueryVariables,
  PublishPracticeMutation,
  PublishPracticeMutationVariables,
  ReturnPracticeToDraftMutation,
  ReturnPracticeToDraftMutationVariables,
} from '../../../graphql/generated';
import { EDITOR_PAGE_INFO_FIELDS, PRACTICE_ROW_FIELDS } from './fragments';

/** Practices of the municipalities the viewer coordinates (admins: all), recently changed first. */
export const MANAGED_PRACTICES_QUERY: TypedDocumentNode<ManagedPracticesQuery, ManagedPracticesQueryVariables> = gql`
  query ManagedPractices($state: PracticeState, $first: Int, $after: String) {
    managedPractices(state: $state, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...PracticeRowFields
        }
      }
      pageInfo {
        ...EditorPageInfoFields
      }
    }
  }
  ${PRACTICE_ROW_FIELDS}
  ${EDITOR_PAGE_INFO_FIELDS}
`;

/** Submitted practices, longest waiting first (moderators and admins). */
export const PRACTICE_REVIEW_QUEUE_QUERY: TypedDocumentNode<PracticeReviewQueueQuery, PracticeReviewQueueQueryVariables> = gql`
  query PracticeReviewQueue($first: Int, $after: String) {
    practiceReviewQueue(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...PracticeRowFields
        }
      }
      pageInfo {
        ...EditorPageInfoFields
      }
    }
  }
  ${PRACTICE_ROW_FIELDS}
  ${EDITOR_PAGE_INFO_FIELDS}
`;

export const PUBLISH_PRACTICE_MUTATION: TypedDocumentNode<PublishPracticeMutation, PublishPracticeMutationVariables> = gql`
  mutation PublishPractice($id: ID!) {
    publishPractice(id: $id) {
      id
      state
      version
      publishedAt
    }
  }
`;

export const RETURN_PRACTICE_TO_DRAFT_MUTATION: TypedDocumentNode<ReturnPracticeToDraftMutation, ReturnPracticeToDraftMutationVariables> = gql`
  mutation ReturnPracticeToDraft($input: ReturnPracticeInput!) {
    returnPracticeToDraft(input: $input) {
      id
      state
      version
      reviewComment
    }
  }
`;
