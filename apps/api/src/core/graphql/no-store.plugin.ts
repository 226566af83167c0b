import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * GraphQL answers depend on the viewer and change with every save: never stored by caches.
 *
 * Apollo's default cache-control plugin would send the same `no-store` (no field has a cache hint),
 * but it hooks into the resolution of every field of every request to compute that, which costs
 * more on a practice page than some of its fields. It is switched off and the header set once.
 */
export const noStorePlugins: ApolloServerPlugin[] = [
  ApolloServerPluginCacheControlDisabled(),
  {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  },
];
