import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  BlockedUsersQuery,
  BlockedUsersQueryVariables,
  BlockSenderMutation,
  BlockSenderMutationVariables,
  ConversationListQuery,
  ConversationListQueryVariables,
  ConversationPageQuery,
  ConversationPageQueryVariables,
  MarkConversationReadMutation,
  MarkConversationReadMutationVariables,
  SendMessageMutation,
  SendMessageMutationVariables,
  StartConversationMutation,
  StartConversationMutationVariables,
  UnblockSenderMutation,
  UnblockSenderMutationVariables,
  UnreadConversationCountQuery,
  UnreadConversationCountQueryVariables,
} from '../../../graphql/generated';

const MESSAGE_FIELDS = gql`
  fragment MessageFields on Message {
    id
    sender {
      id
      displayName
    }
    body {
      html
    }
    createdAt
    mine
  }
`;

const CONVERSATION_SUMMARY_FIELDS = gql`
  fragment ConversationSummaryFields on Conversation {
    id
    subject
    participants {
      id
      displayName
    }
    practice {
      id
      slug
      title
    }
    lastMessageAt
    unread
  }
`;

export const CONVERSATION_LIST_QUERY: TypedDocumentNode<ConversationListQuery, ConversationListQueryVariables> = gql`
  query ConversationList($first: Int!, $after: String) {
    conversations(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ConversationSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

export const UNREAD_CONVERSATION_COUNT_QUERY: TypedDocumentNode<UnreadConversationCountQuery, UnreadConversationCountQueryVariables> = gql`
  query UnreadConversationCount {
    unreadConversationCount
  }
`;

/** The latest messages of a conversation (newest last); `before` pages back to older ones. */
export const CONVERSATION_PAGE_QUERY: TypedDocumentNode<ConversationPageQuery, ConversationPageQueryVariables> = gql`
  query ConversationPage($id: ID!, $first: Int!, $before: String) {
    conversation(id: $id) {
      ...ConversationSummaryFields
      messages(first: $first, before: $before) {
        totalCount
        edges {
          cursor
          node {
            ...MessageFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    blockedUsers {
      id
      displayName
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
  ${MESSAGE_FIELDS}
`;

export const BLOCKED_USERS_QUERY: TypedDocumentNode<BlockedUsersQuery, BlockedUsersQueryVariables> = gql`
  query BlockedUsers {
    blockedUsers {
      id
      displayName
    }
  }
`;

export const START_CONVERSATION_MUTATION: TypedDocumentNode<StartConversationMutation, StartConversationMutationVariables> = gql`
  mutation StartConversation($input: StartConversationInput!) {
    startConversation(input: $input) {
      ...ConversationSummaryFields
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

export const SEND_MESSAGE_MUTATION: TypedDocumentNode<SendMessageMutation, SendMessageMutationVariables> = gql`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageFields
    }
  }
  ${MESSAGE_FIELDS}
`;

export const MARK_CONVERSATION_READ_MUTATION: TypedDocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables> = gql`
  mutation MarkConversationRead($id: ID!) {
    markConversationRead(id: $id) {
      id
      unread
    }
  }
`;

export const BLOCK_SENDER_MUTATION: TypedDocumentNode<BlockSenderMutation, BlockSenderMutationVariables> = gql`
  mutation BlockSender($userId: ID!) {
    blockSender(userId: $userId)
  }
`;

export const UNBLOCK_SENDER_MUTATION: TypedDocumentNode<UnblockSenderMutation, UnblockSenderMutationVariables> = gql`
  mutation UnblockSender($userId: ID!) {
    unblockSender(userId: $userId)
  }
`;
