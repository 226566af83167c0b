import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';

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
        },
      },
      // Singletons without an id: merge partial reads instead of replacing them.
      SiteInfo: { merge: true },
      Operator: { merge: true },
      Abilities: { merge: true },
      // Parts of a practice that pages ask for in different selections (editor: markdown, detail: html).
      PracticeAbilities: { merge: true },
      MarkdownText: { merge: true },
    },
  });
}

/**
 * The API refuses mutations without this header (CSRF protection): browsers only send custom
 * headers cross-site after a CORS preflight, which the API never grants.
 */
export const CSRF_HEADERS = { 'x-praxisforum-csrf': '1' } as const;

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin as the app: the API serves both, Vite proxies it in development. The session
    // is an HttpOnly cookie, sent along because the request is same-origin.
    link: new HttpLink({ uri: '/graphql', headers: { ...CSRF_HEADERS }, credentials: 'same-origin' }),
    cache: createCache(),
  });
}
