import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';

interface ConnectionShape {
  edges: readonly unknown[];
}

/**
 * Cursor pages of one list (same filter and page size) are stored as one growing list:
 * a request without `after` starts over, a request with `after` appends.
 */
const cursorConnection: FieldPolicy<ConnectionShape> = {
  keyArgs: ['filter', 'first'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          municipalities: cursorConnection,
        },
      },
      // Singletons without an id: merge partial reads instead of replacing them.
      SiteInfo: { merge: true },
      Operator: { merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin as the app: the API serves both, Vite proxies it in development.
    link: new HttpLink({ uri: '/graphql' }),
    cache: createCache(),
  });
}
