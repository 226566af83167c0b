import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ApprovePostMutation,
  ApprovePostMutationVariables,
  AuditLogQuery,
  AuditLogQueryVariables,
  DismissFlagsMutation,
  DismissFlagsMutationVariables,
  ModerationQueueQuery,
  ModerationQueueQueryVariables,
  ModeratorBlockUserMutation,
  ModeratorBlockUserMutationVariables,
  QueueHidePostMutation,
  QueueHidePostMutationVariables,
  QueueHideThreadMutation,
  QueueHideThreadMutationVariables,
  RejectPostMutation,
  RejectPostMutationVariables,
  WarnUserMutation,
  WarnUserMutationVariables,
} from '../../../graphql/generated';

export const MODERATION_QUEUE_QUERY: TypedDocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables> = gql`
  query ModerationQueue($first: Int!, $after: String) {
    moderationQueue(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
          subjectType
          subjectId
          flagCount
          reasons
          notes
          createdAt
          author {
            id
            displayName
          }
          thread {
            id
            title
            space {
              type
              id
              titleDe
              titleEn
              path
            }
          }
          post {
            id
            number
            hidden
            held
            deleted
            body {
              html
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const QUEUE_HIDE_POST_MUTATION: TypedDocumentNode<QueueHidePostMutation, QueueHidePostMutationVariables> = gql`
  mutation QueueHidePost($postId: ID!, $reason: String!) {
    hidePost(postId: $postId, reason: $reason) {
      id
      hidden
      hiddenReason
    }
  }
`;

export const QUEUE_HIDE_THREAD_MUTATION: TypedDocumentNode<QueueHideThreadMutation, QueueHideThreadMutationVariables> = gql`
  mutation QueueHideThread($threadId: ID!, $reason: String!) {
    hideThread(threadId: $threadId, reason: $reason) {
      id
      hidden
      hiddenReason
    }
  }
`;

export const DISMISS_FLAGS_MUTATION: TypedDocumentNode<DismissFlagsMutation, DismissFlagsMutationVariables> = gql`
  mutation DismissFlags($subjectType: String!, $subjectId: ID!) {
    dismissFlags(subjectType: $subjectType, subjectId: $subjectId)
  }
`;

export const APPROVE_POST_MUTATION: TypedDocumentNode<ApprovePostMutation, ApprovePostMutationVariables> = gql`
  mutation ApprovePost($postId: ID!) {
    approvePost(postId: $postId) {
      id
      held
    }
  }
`;

export const REJECT_POST_MUTATION: TypedDocumentNode<RejectPostMutation, RejectPostMutationVariables> = gql`
  mutation RejectPost($postId: ID!, $reason: String!) {
    rejectPost(postId: $postId, reason: $reason) {
      id
      held
      hidden
      deleted
    }
  }
`;

/** A warning is stored, shown to the person and logged; FORBIDDEN for staff. */
export const WARN_USER_MUTATION: TypedDocumentNode<WarnUserMutation, WarnUserMutationVariables> = gql`
  mutation WarnUser($userId: ID!, $reason: String!) {
    warnUser(userId: $userId, reason: $reason)
  }
`;

/** Ends the person's sessions and refuses sign-in until an admin unblocks; FORBIDDEN for staff, CONFLICT if already blocked. */
export const MODERATOR_BLOCK_USER_MUTATION: TypedDocumentNode<ModeratorBlockUserMutation, ModeratorBlockUserMutationVariables> = gql`
  mutation ModeratorBlockUser($userId: ID!, $reason: String!) {
    moderatorBlockUser(userId: $userId, reason: $reason)
  }
`;

export const AUDIT_LOG_QUERY: TypedDocumentNode<AuditLogQuery, AuditLogQueryVariables> = gql`
  query AuditLog($first: Int!, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      totalCount
      edges {
        cursor
        node {
          id
          action
          actor {
            id
            displayName
          }
          subjectType
          subjectId
          reason
          details
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
