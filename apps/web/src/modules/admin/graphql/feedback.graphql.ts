import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, FeedbackEntry } from './types';

export const ACCESSIBILITY_FEEDBACK_QUERY: TypedDocumentNode<
  { accessibilityFeedback: Connection<FeedbackEntry> },
  { first?: number; after?: string | null }
> = gql`
  query AccessibilityFeedback($first: Int, $after: String) {
    accessibilityFeedback(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          message
          name
          email
          pageUrl
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
