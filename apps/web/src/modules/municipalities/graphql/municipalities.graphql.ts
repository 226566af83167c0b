import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  MunicipalityDetailQuery,
  MunicipalityDetailQueryVariables,
  MunicipalityListQuery,
  MunicipalityListQueryVariables,
  MunicipalityMapQuery,
  MunicipalityMapQueryVariables,
} from '../../../graphql/generated';

/**
 * What every cursor list needs to page on (typed as `PageInfoFieldsFragment`). Not exported: a
 * document holding only a fragment would fail validation in operations.spec for an unused fragment.
 */
const PAGE_INFO_FIELDS = gql`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`;

export const MUNICIPALITY_LIST_QUERY: TypedDocumentNode<MunicipalityListQuery, MunicipalityListQueryVariables> = gql`
  query MunicipalityList($filter: MunicipalityFilter, $first: Int, $after: String) {
    municipalities(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          name
          kind
          region
          district
          latitude
          longitude
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
  ${PAGE_INFO_FIELDS}
`;

/** Only what the map draws, one large page: the map shows every place of the filter at once. */
export const MUNICIPALITY_MAP_QUERY: TypedDocumentNode<MunicipalityMapQuery, MunicipalityMapQueryVariables> = gql`
  query MunicipalityMap($filter: MunicipalityFilter, $first: Int) {
    municipalities(filter: $filter, first: $first) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          name
          latitude
          longitude
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
  ${PAGE_INFO_FIELDS}
`;

export const MUNICIPALITY_DETAIL_QUERY: TypedDocumentNode<MunicipalityDetailQuery, MunicipalityDetailQueryVariables> = gql`
  query MunicipalityDetail($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
      officialName
      kind
      region
      district
      seat
      members
      latitude
      longitude
      viewerFollowLevel
      programmes {
        id
        slug
        name
        announcedOn
      }
      sharedPractices {
        id
        slug
        title
        isExample
      }
      adoptions {
        id
        kind
        adoptedOn
        isExample
        practice {
          id
          slug
          title
        }
      }
    }
  }
`;
