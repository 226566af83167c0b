import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

interface ConnectionShape {
  edges: readonly unknown[];
}

/**
 * Cursor pages of one list (same filter and page size) are stored as one growing list:
 * a request without `after` starts over, a request with `after` appends.
 */
function cursorConnection(keyArgs: string[]): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          municipalities: cursorConnection(['filter', 'first']),
          users: cursorConnection(['search', 'role', 'first']),
          accessibilityFeedback: cursorConnection(['first']),
          practices: cursorConnection(['filter', 'sort', 'first']),
          threads: cursorConnection(['space', 'first']),
          notifications: cursorConnection(['unreadOnly', 'first']),
          myFollows: cursorConnection(['first']),
          conversations: cursorConnection(['first']),
          moderationQueue: cursorConnection(['first']),
          auditLog: cursorConnection(['action', 'first']),
        },
      },
      // The posts of a thread grow page by page; live posts are appended to the same list.
      Thread: { fields: { posts: cursorConnection(['first']) } },
      // Messages come newest last; `before` loads older ones, which go in front.
      Conversation: {
        fields: {
          messages: {
            keyArgs: ['first'],
            merge(existing: ConnectionShape | undefined, incoming: ConnectionShape, { args }) {
              if (!existing || !args?.before) return incoming;
              return { ...incoming, edges: [...incoming.edges, ...existing.edges] };
            },
          },
        },
      },
      // A topic and a practice could share an id in theory: a space is its type and id.
      Space: { keyFields: ['type', 'id'] },
      ThreadAbilities: { merge: true },
      PostAbilities: { merge: true },
      NotificationPreferences: { merge: true },
      // A follow has no id of its own: it is the subject it follows.
      Follow: { keyFields: ['subjectType', 'subjectId'] },
      // Singletons without an id: merge partial reads instead of replacing them.
      SiteInfo: { merge: true },
      Operator: { merge: true },
      Abilities: { merge: true },
      // Parts of a practice that pages ask for in different selections (editor: markdown, detail: html).
      PracticeAbilities: { merge: true },
      MarkdownText: { merge: true },
      // A hit's title and snippet are marked for one query: two searches must not share one
      // normalised hit, or going back would show the other query's highlights.
      SearchHit: { keyFields: false },
    },
  });
}

/**
 * The API refuses mutations without this header (CSRF protection): browsers only send custom
 * headers cross-site after a CORS preflight, which the API never grants.
 */
export const CSRF_HEADERS = { 'x-praxisforum-csrf': '1' } as const;

/** Same origin as the page: ws: next to http:, wss: next to https:. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

const sockets = new WeakMap<ApolloClient, Client>();

export function createApolloClient(): ApolloClient {
  // Same origin as the app: the API serves both, Vite proxies it in development. The session
  // is an HttpOnly cookie, sent along because the request is same-origin.
  const http = new HttpLink({ uri: '/graphql', headers: { ...CSRF_HEADERS }, credentials: 'same-origin' });
  // Lazy: the socket opens with the first subscription and closes after the last one ends, so a
  // guest reading a page without live parts opens none. The browser sends the session cookie with
  // the handshake, which is how the API knows who subscribes.
  const socket = createClient({ url: subscriptionUrl(), lazy: true, lazyCloseTimeout: 3000, retryAttempts: Infinity });
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(socket),
    http,
  );
  const client = new ApolloClient({ link, cache: createCache() });
  sockets.set(client, socket);
  return client;
}

/**
 * The socket's identity is the session of its handshake: after signing in or out, reconnect so
 * running subscriptions continue as the new person (graphql-ws resubscribes after the restart).
 */
export function restartSubscriptions(client: ApolloClient): void {
  sockets.get(client)?.terminate();
}
