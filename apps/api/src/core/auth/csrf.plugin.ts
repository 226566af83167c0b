import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

/** Header the web app sends with every request; a cross-site form or image cannot set it. */
export const CSRF_HEADER = 'x-praxisforum-csrf';

/**
 * CSRF protection for mutations, on top of SameSite=Lax cookies and Apollo's CSRF prevention:
 * a mutation must carry a custom header, which browsers only send cross-origin after a CORS
 * preflight that this API never grants.
 */
export const csrfPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operation, request }) {
        if (operation?.operation === OperationTypeNode.MUTATION && !request.http?.headers.get(CSRF_HEADER)) {
          throw new GraphQLError(`Mutations need the ${CSRF_HEADER} header.`, {
            extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } },
          });
        }
        return Promise.resolve();
      },
    });
  },
};
