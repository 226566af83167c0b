import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  DevMailboxEnabledQuery,
  DevMailboxEnabledQueryVariables,
  DevMailboxQuery,
  DevMailboxQueryVariables,
} from '../../../graphql/generated';

export const DEV_MAILBOX_ENABLED_QUERY: TypedDocumentNode<DevMailboxEnabledQuery, DevMailboxEnabledQueryVariables> = gql`
  query DevMailboxEnabled {
    devMailboxEnabled
  }
`;

export const DEV_MAILBOX_QUERY: TypedDocumentNode<DevMailboxQuery, DevMailboxQueryVariables> = gql`
  query DevMailbox($first: Int) {
    devMailbox(first: $first) {
      id
      to
      subject
      text
      template
      createdAt
    }
  }
`;
