import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  HidePostMutation,
  HidePostMutationVariables,
  HideThreadMutation,
  HideThreadMutationVariables,
  LockThreadMutation,
  LockThreadMutationVariables,
  MoveThreadMutation,
  MoveThreadMutationVariables,
  PinThreadMutation,
  PinThreadMutationVariables,
  RestorePostMutation,
  RestorePostMutationVariables,
  RestoreThreadMutation,
  RestoreThreadMutationVariables,
  UnlockThreadMutation,
  UnlockThreadMutationVariables,
  UnpinThreadMutation,
  UnpinThreadMutationVariables,
} from '../../../graphql/generated';
import { POST_FIELDS, THREAD_STATE_FIELDS } from './fragments';

/** Moderator actions on a thread page; each answers with the changed thread or post for the cache. */
export const HIDE_POST_MUTATION: TypedDocumentNode<HidePostMutation, HidePostMutationVariables> = gql`
  mutation HidePost($postId: ID!, $reason: String!) {
    hidePost(postId: $postId, reason: $reason) {
      ...PostFields
    }
  }
  ${POST_FIELDS}
`;

export const RESTORE_POST_MUTATION: TypedDocumentNode<RestorePostMutation, RestorePostMutationVariables> = gql`
  mutation RestorePost($postId: ID!) {
    restorePost(postId: $postId) {
      ...PostFields
    }
  }
  ${POST_FIELDS}
`;

export const HIDE_THREAD_MUTATION: TypedDocumentNode<HideThreadMutation, HideThreadMutationVariables> = gql`
  mutation HideThread($threadId: ID!, $reason: String!) {
    hideThread(threadId: $threadId, reason: $reason) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const RESTORE_THREAD_MUTATION: TypedDocumentNode<RestoreThreadMutation, RestoreThreadMutationVariables> = gql`
  mutation RestoreThread($threadId: ID!) {
    restoreThread(threadId: $threadId) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const LOCK_THREAD_MUTATION: TypedDocumentNode<LockThreadMutation, LockThreadMutationVariables> = gql`
  mutation LockThread($threadId: ID!, $reason: String) {
    lockThread(threadId: $threadId, reason: $reason) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const UNLOCK_THREAD_MUTATION: TypedDocumentNode<UnlockThreadMutation, UnlockThreadMutationVariables> = gql`
  mutation UnlockThread($threadId: ID!) {
    unlockThread(threadId: $threadId) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const PIN_THREAD_MUTATION: TypedDocumentNode<PinThreadMutation, PinThreadMutationVariables> = gql`
  mutation PinThread($threadId: ID!) {
    pinThread(threadId: $threadId) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const UNPIN_THREAD_MUTATION: TypedDocumentNode<UnpinThreadMutation, UnpinThreadMutationVariables> = gql`
  mutation UnpinThread($threadId: ID!) {
    unpinThread(threadId: $threadId) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;

export const MOVE_THREAD_MUTATION: TypedDocumentNode<MoveThreadMutation, MoveThreadMutationVariables> = gql`
  mutation MoveThread($threadId: ID!, $space: SpaceInput!, $reason: String) {
    moveThread(threadId: $threadId, space: $space, reason: $reason) {
      ...ThreadStateFields
    }
  }
  ${THREAD_STATE_FIELDS}
`;
