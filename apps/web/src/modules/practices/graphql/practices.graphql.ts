import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ArchivePracticeMutation,
  ArchivePracticeMutationVariables,
  ComparePracticesQuery,
  ComparePracticesQueryVariables,
  FollowPracticeMutation,
  FollowPracticeMutationVariables,
  PracticeDetailQuery,
  PracticeDetailQueryVariables,
  PracticeListQuery,
  PracticeListQueryVariables,
  PracticeTopicsQuery,
  PracticeTopicsQueryVariables,
  UnfollowPracticeMutation,
  UnfollowPracticeMutationVariables,
} from '../../../graphql/generated';
import { ADOPTION_VIEW_FIELDS, OUTCOME_VIEW_FIELDS, PRACTICE_ABILITIES_FIELDS, TOPIC_VIEW_FIELDS } from './fragments';

export const PRACTICE_LIST_QUERY: TypedDocumentNode<PracticeListQuery, PracticeListQueryVariables> = gql`
  query PracticeList($filter: PracticeFilter, $sort: PracticeSort!, $first: Int!, $after: String) {
    practices(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          title
          summary
          isExample
          workStatus
          adoptionCount
          municipality {
            id
            slug
            name
          }
          topics {
            ...TopicViewFields
          }
          outcomes {
            ...OutcomeViewFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${TOPIC_VIEW_FIELDS}
  ${OUTCOME_VIEW_FIELDS}
`;

/** The topics for the filter, in their curated order. */
export const PRACTICE_TOPICS_QUERY: TypedDocumentNode<PracticeTopicsQuery, PracticeTopicsQueryVariables> = gql`
  query PracticeTopics {
    topics {
      ...TopicViewFields
    }
  }
  ${TOPIC_VIEW_FIELDS}
`;

export const PRACTICE_DETAIL_QUERY: TypedDocumentNode<PracticeDetailQuery, PracticeDetailQueryVariables> = gql`
  query PracticeDetail($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      title
      state
      isExample
      summary
      workStatus
      periodStart
      periodEnd
      publishedAt
      updatedAt
      targetGroups
      municipality {
        id
        slug
        name
        kind
      }
      partnerMunicipalities {
        id
        slug
        name
      }
      topics {
        ...TopicViewFields
      }
      problem {
        html
      }
      approach {
        html
      }
      results {
        html
      }
      successFactors {
        html
      }
      obstacles {
        html
      }
      transferability {
        html
      }
      outcomes {
        ...OutcomeViewFields
      }
      costOneOffEur
      costYearlyEur
      fundingSources
      staffHoursPerMonth
      partners {
        kind
        name
      }
      transferableKinds
      transferableSizes
      contact {
        name
        email
        isMember
      }
      attachments {
        id
        fileName
        mimeType
        sizeBytes
        url
        altText
      }
      adoptionCount
      adoptions {
        ...AdoptionViewFields
      }
      revisions {
        id
      }
      viewerFollows
      viewerCan {
        ...PracticeViewAbilities
      }
    }
  }
  ${TOPIC_VIEW_FIELDS}
  ${OUTCOME_VIEW_FIELDS}
  ${ADOPTION_VIEW_FIELDS}
  ${PRACTICE_ABILITIES_FIELDS}
`;

export const COMPARE_PRACTICES_QUERY: TypedDocumentNode<ComparePracticesQuery, ComparePracticesQueryVariables> = gql`
  query ComparePractices($slugs: [String!]!) {
    comparePractices(slugs: $slugs) {
      id
      slug
      title
      isExample
      workStatus
      periodStart
      periodEnd
      municipality {
        id
        slug
        name
        kind
      }
      topics {
        ...TopicViewFields
      }
      outcomes {
        ...OutcomeViewFields
      }
      costOneOffEur
      costYearlyEur
      staffHoursPerMonth
      transferableKinds
      transferableSizes
    }
  }
  ${TOPIC_VIEW_FIELDS}
  ${OUTCOME_VIEW_FIELDS}
`;

export const FOLLOW_PRACTICE_MUTATION: TypedDocumentNode<FollowPracticeMutation, FollowPracticeMutationVariables> = gql`
  mutation FollowPractice($id: ID!) {
    followPractice(id: $id) {
      id
      viewerFollows
    }
  }
`;

export const UNFOLLOW_PRACTICE_MUTATION: TypedDocumentNode<UnfollowPracticeMutation, UnfollowPracticeMutationVariables> = gql`
  mutation UnfollowPractice($id: ID!) {
    unfollowPractice(id: $id) {
      id
      viewerFollows
    }
  }
`;

export const ARCHIVE_PRACTICE_MUTATION: TypedDocumentNode<ArchivePracticeMutation, ArchivePracticeMutationVariables> = gql`
  mutation ArchivePractice($id: ID!) {
    archivePractice(id: $id) {
      id
      state
      viewerFollows
      viewerCan {
        ...PracticeViewAbilities
      }
    }
  }
  ${PRACTICE_ABILITIES_FIELDS}
`;
