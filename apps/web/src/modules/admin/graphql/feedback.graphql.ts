import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AccessibilityFeedbackQuery, AccessibilityFeedbackQueryVariables } from '../../../graphql/generated';

export const ACCESSIBILITY_FEEDBACK_QUERY: TypedDocumentNode<AccessibilityFeedbackQuery, AccessibilityFeedbackQueryVariables> = gql`
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
