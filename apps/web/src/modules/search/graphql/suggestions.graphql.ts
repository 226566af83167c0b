import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SearchSuggestionsQuery, SearchSuggestionsQueryVariables } from '../../../graphql/generated';

/**
 * Suggestions for the header's search box. A file of its own: the header is in the initial bundle,
 * and importing one document from a file bundles all of that file's documents.
 */
export const SEARCH_SUGGESTIONS_QUERY: TypedDocumentNode<SearchSuggestionsQuery, SearchSuggestionsQueryVariables> = gql`
  query SearchSuggestions($q: String!, $limit: Int) {
    searchSuggestions(q: $q, limit: $limit) {
      type
      text
      kind
      path
    }
  }
`;
