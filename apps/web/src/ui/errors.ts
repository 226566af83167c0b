import { CombinedGraphQLErrors } from '@apollo/client';

/** True when the GraphQL response carried an error with this extensions.code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/** Messages the API meant for users (GraphQL errors); undefined for transport failures. */
export function graphQLMessages(error: unknown): string[] | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message) : undefined;
}

/** One GraphQL error as the API describes it: a code, a message, and details in extensions. */
export interface ApiError {
  code: string | undefined;
  message: string;
  /** For BAD_USER_INPUT, WEAK_PASSWORD and a few others: problems per input field. */
  fields: Record<string, string[]>;
  retryAfterSeconds: number | undefined;
}

function toFields(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== 'object') return {};
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(value as Record<string, unknown>)) {
    const list = Array.isArray(messages) ? messages : [messages];
    fields[name] = list.filter((m): m is string => typeof m === 'string');
  }
  return fields;
}

/** The GraphQL errors of a failed operation; an empty list for transport failures. */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => {
    const ext = e.extensions ?? {};
    return {
      code: typeof ext.code === 'string' ? ext.code : undefined,
      message: e.message,
      fields: toFields(ext.fields),
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    };
  });
}

/** The code of the first GraphQL error, if any. */
export function errorCode(error: unknown): string | undefined {
  return apiErrors(error)[0]?.code;
}
