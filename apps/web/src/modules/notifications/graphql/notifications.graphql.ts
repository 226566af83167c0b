import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  FollowLevelMutation,
  FollowLevelMutationVariables,
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables,
  MyFollowsQuery,
  MyFollowsQueryVariables,
  NotificationCountSubscription,
  NotificationCountSubscriptionVariables,
  NotificationListQuery,
  NotificationListQueryVariables,
  NotificationPreferencesQuery,
  NotificationPreferencesQueryVariables,
  UnfollowSubjectMutation,
  UnfollowSubjectMutationVariables,
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables,
  UnsubscribeMutation,
  UnsubscribeMutationVariables,
  UpdateNotificationPreferencesMutation,
  UpdateNotificationPreferencesMutationVariables,
} from '../../../graphql/generated';

export const UNREAD_NOTIFICATION_COUNT_QUERY: TypedDocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

/** Pushes the viewer's current unread count on every change. */
export const NOTIFICATION_COUNT_SUBSCRIPTION: TypedDocumentNode<NotificationCountSubscription, NotificationCountSubscriptionVariables> = gql`
  subscription NotificationCount {
    notificationCount
  }
`;

export const NOTIFICATION_LIST_QUERY: TypedDocumentNode<NotificationListQuery, NotificationListQueryVariables> = gql`
  query NotificationList($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        cursor
        node {
          id
          type
          createdAt
          updatedAt
          readAt
          count
          actor {
            id
            displayName
          }
          title
          excerpt
          path
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const MARK_NOTIFICATIONS_READ_MUTATION: TypedDocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;

export const NOTIFICATION_PREFERENCES_QUERY: TypedDocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables> = gql`
  query NotificationPreferences {
    notificationPreferences {
      emailFrequency
    }
  }
`;

export const UPDATE_NOTIFICATION_PREFERENCES_MUTATION: TypedDocumentNode<
  UpdateNotificationPreferencesMutation,
  UpdateNotificationPreferencesMutationVariables
> = gql`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      emailFrequency
    }
  }
`;

export const MY_FOLLOWS_QUERY: TypedDocumentNode<MyFollowsQuery, MyFollowsQueryVariables> = gql`
  query MyFollows($first: Int!, $after: String) {
    myFollows(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          subjectType
          subjectId
          level
          title
          path
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

export const FOLLOW_LEVEL_MUTATION: TypedDocumentNode<FollowLevelMutation, FollowLevelMutationVariables> = gql`
  mutation FollowLevel($subjectType: FollowSubject!, $subjectId: ID!, $level: WatchLevel!) {
    follow(subjectType: $subjectType, subjectId: $subjectId, level: $level) {
      subjectType
      subjectId
      level
    }
  }
`;

export const UNFOLLOW_SUBJECT_MUTATION: TypedDocumentNode<UnfollowSubjectMutation, UnfollowSubjectMutationVariables> = gql`
  mutation UnfollowSubject($subjectType: FollowSubject!, $subjectId: ID!) {
    unfollow(subjectType: $subjectType, subjectId: $subjectId)
  }
`;

/** One-click unsubscribe from the link in an e-mail (no sign-in needed: the token is the proof). */
export const UNSUBSCRIBE_MUTATION: TypedDocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables> = gql`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token)
  }
`;
