import { CombinedGraphQLErrors } from '@apollo/client';

/** True when the GraphQL response carried an error with this extensions.code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/** Messages the API meant for users (GraphQL errors); undefined for transport failures. */
export function graphQLMessages(error: unknown): string[] | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message) : undefined;
}
