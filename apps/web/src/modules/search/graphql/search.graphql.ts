import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SearchQuery, SearchQueryVariables } from '../../../graphql/generated';

const FACET_COUNT_FIELDS = gql`
  fragment FacetCountFields on FacetCount {
    value
    label
    labelEn
    count
  }
`;

/** One page of the results page: hits with highlighted parts, facet counts, did-you-mean and notices. */
export const SEARCH_QUERY: TypedDocumentNode<SearchQuery, SearchQueryVariables> = gql`
  query Search($q: String!, $filter: SearchFilterInput, $sort: SearchSort!, $page: Int!, $pageSize: Int!) {
    search(q: $q, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
      query
      totalCount
      page
      pageSize
      correctedQuery
      notices
      hits {
        id
        kind
        path
        context
        date
        isExample
        title {
          text
          highlighted
        }
        snippet {
          text
          highlighted
        }
      }
      facets {
        kinds {
          ...FacetCountFields
        }
        topics {
          ...FacetCountFields
        }
        municipalities {
          ...FacetCountFields
        }
        regions {
          ...FacetCountFields
        }
        municipalityKinds {
          ...FacetCountFields
        }
        statuses {
          ...FacetCountFields
        }
        hasResults
        adopted
      }
    }
  }
  ${FACET_COUNT_FIELDS}
`;
