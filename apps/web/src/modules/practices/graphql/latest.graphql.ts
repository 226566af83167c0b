import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LatestPracticesQuery, LatestPracticesQueryVariables } from '../../../graphql/generated';

/**
 * The newest practices for the home page. A file of its own: the home page is in the initial
 * bundle, and importing one document from a file evaluates (and bundles) all of its documents.
 */
export const LATEST_PRACTICES_QUERY: TypedDocumentNode<LatestPracticesQuery, LatestPracticesQueryVariables> = gql`
  query LatestPractices($first: Int!) {
    practices(first: $first, sort: NEWEST) {
      edges {
        cursor
        node {
          id
          slug
          title
          isExample
          municipality {
            id
            slug
            name
          }
        }
      }
    }
  }
`;
