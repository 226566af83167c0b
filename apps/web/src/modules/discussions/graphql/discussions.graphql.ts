import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AcceptAnswerMutation,
  AcceptAnswerMutationVariables,
  AddReactionMutation,
  AddReactionMutationVariables,
  CreatePostMutation,
  CreatePostMutationVariables,
  CreateThreadMutation,
  CreateThreadMutationVariables,
  DeletePostMutation,
  DeletePostMutationVariables,
  DiscussionTopicsQuery,
  DiscussionTopicsQueryVariables,
  EditPostMutation,
  EditPostMutationVariables,
  EditThreadMutation,
  EditThreadMutationVariables,
  FlagPostMutation,
  FlagPostMutationVariables,
  FlagThreadMutation,
  FlagThreadMutationVariables,
  MarkThreadReadMutation,
  MarkThreadReadMutationVariables,
  MentionCandidatesQuery,
  MentionCandidatesQueryVariables,
  PostRevisionsQuery,
  PostRevisionsQueryVariables,
  RemoveReactionMutation,
  RemoveReactionMutationVariables,
  SpacesQuery,
  SpacesQueryVariables,
  ThreadActivitySubscription,
  ThreadActivitySubscriptionVariables,
  ThreadListQuery,
  ThreadListQueryVariables,
  ThreadPageQuery,
  ThreadPageQueryVariables,
  TopicSpaceQuery,
  TopicSpaceQueryVariables,
  UnacceptAnswerMutation,
  UnacceptAnswerMutationVariables,
} from '../../../graphql/generated';
import { POST_FIELDS, SPACE_FIELDS, THREAD_LIST_FIELDS, THREAD_STATE_FIELDS, PERSON_FIELDS } from './fragments';

export const THREAD_LIST_QUERY: TypedDocumentNode<ThreadListQuery, ThreadListQueryVariables> = gql`
  query ThreadList($space: SpaceInput, $first: Int!, $after: String) {
    threads(space: $space, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ThreadListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${THREAD_LIST_FIELDS}
`;

export const THREAD_PAGE_QUERY: TypedDocumentNode<ThreadPageQuery, ThreadPageQueryVariables> = gql`
  query ThreadPage($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      ...ThreadStateFields
      kind
      isExample
      createdAt
      author {
        ...PersonFields
      }
      posts(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...PostFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${THREAD_STATE_FIELDS}
  ${POST_FIELDS}
  ${PERSON_FIELDS}
`;

export const SPACES_QUERY: TypedDocumentNode<SpacesQuery, SpacesQueryVariables> = gql`
  query Spaces {
    spaces {
      ...SpaceFields
    }
  }
  ${SPACE_FIELDS}
`;

/** Topics, to find the one of a topic space page by its slug. */
export const DISCUSSION_TOPICS_QUERY: TypedDocumentNode<DiscussionTopicsQuery, DiscussionTopicsQueryVariables> = gql`
  query DiscussionTopics {
    topics {
      id
      slug
      nameDe
      nameEn
    }
  }
`;

/** The topic page: all topics (there are few), with how closely the viewer follows each. */
export const TOPIC_SPACE_QUERY: TypedDocumentNode<TopicSpaceQuery, TopicSpaceQueryVariables> = gql`
  query TopicSpace {
    topics {
      id
      slug
      nameDe
      nameEn
      viewerFollowLevel
    }
  }
`;

export const MENTION_CANDIDATES_QUERY: TypedDocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables> = gql`
  query MentionCandidates($query: String!, $first: Int) {
    mentionCandidates(query: $query, first: $first) {
      ...PersonFields
    }
  }
  ${PERSON_FIELDS}
`;

export const CREATE_THREAD_MUTATION: TypedDocumentNode<CreateThreadMutation, CreateThreadMutationVariables> = gql`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadListFields
    }
  }
  ${THREAD_LIST_FIELDS}
`;

export const CREATE_POST_MUTATION: TypedDocumentNode<CreatePostMutation, CreatePostMutationVariables> = gql`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
  ${POST_FIELDS}
`;

export const EDIT_POST_MUTATION: TypedDocumentNode<EditPostMutation, EditPostMutationVariables> = gql`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostFields
    }
  }
  ${POST_FIELDS}
`;

export const DELETE_POST_MUTATION: TypedDocumentNode<DeletePostMutation, DeletePostMutationVariables> = gql`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      ...PostFields
    }
  }
  ${POST_FIELDS}
`;

export const ADD_REACTION_MUTATION: TypedDocumentNode<AddReactionMutation, AddReactionMutationVariables> = gql`
  mutation AddReaction($postId: ID!) {
    addReaction(postId: $postId) {
      id
      helpfulCount
      viewerReacted
    }
  }
`;

export const REMOVE_REACTION_MUTATION: TypedDocumentNode<RemoveReactionMutation, RemoveReactionMutationVariables> = gql`
  mutation RemoveReaction($postId: ID!) {
    removeReaction(postId: $postId) {
      id
      helpfulCount
      viewerReacted
    }
  }
`;

export const ACCEPT_ANSWER_MUTATION: TypedDocumentNode<AcceptAnswerMutation, AcceptAnswerMutationVariables> = gql`
  mutation AcceptAnswer($postId: ID!) {
    acceptAnswer(postId: $postId) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const UNACCEPT_ANSWER_MUTATION: TypedDocumentNode<UnacceptAnswerMutation, UnacceptAnswerMutationVariables> = gql`
  mutation UnacceptAnswer($threadId: ID!) {
    unacceptAnswer(threadId: $threadId) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const MARK_THREAD_READ_MUTATION: TypedDocumentNode<MarkThreadReadMutation, MarkThreadReadMutationVariables> = gql`
  mutation MarkThreadRead($threadId: ID!, $number: Int!) {
    markThreadRead(threadId: $threadId, number: $number) {
      id
      lastReadNumber
      unreadCount
    }
  }
`;

export const FLAG_POST_MUTATION: TypedDocumentNode<FlagPostMutation, FlagPostMutationVariables> = gql`
  mutation FlagPost($input: FlagPostInput!) {
    flagPost(input: $input)
  }
`;

export const FLAG_THREAD_MUTATION: TypedDocumentNode<FlagThreadMutation, FlagThreadMutationVariables> = gql`
  mutation FlagThread($input: FlagThreadInput!) {
    flagThread(input: $input)
  }
`;

export const THREAD_ACTIVITY_SUBSCRIPTION: TypedDocumentNode<ThreadActivitySubscription, ThreadActivitySubscriptionVariables> = gql`
  subscription ThreadActivity($threadId: ID!) {
    threadActivity(threadId: $threadId) {
      type
      threadId
      postId
      post {
        ...PostFields
      }
    }
  }
  ${POST_FIELDS}
`;

/** Earlier versions of an edited post (moderators). */
export const POST_REVISIONS_QUERY: TypedDocumentNode<PostRevisionsQuery, PostRevisionsQueryVariables> = gql`
  query PostRevisions($postId: ID!) {
    postRevisions(postId: $postId) {
      id
      body
      editor {
        ...PersonFields
      }
      createdAt
    }
  }
  ${PERSON_FIELDS}
`;

export const EDIT_THREAD_MUTATION: TypedDocumentNode<EditThreadMutation, EditThreadMutationVariables> = gql`
  mutation EditThread($input: EditThreadInput!) {
    editThread(input: $input) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;
