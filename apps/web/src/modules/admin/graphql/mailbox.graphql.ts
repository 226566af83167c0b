import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DevMail } from './types';

export const DEV_MAILBOX_ENABLED_QUERY: TypedDocumentNode<{ devMailboxEnabled: boolean }, Record<string, never>> = gql`
  query DevMailboxEnabled {
    devMailboxEnabled
  }
`;

export const DEV_MAILBOX_QUERY: TypedDocumentNode<{ devMailbox: DevMail[] }, { first?: number }> = gql`
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
