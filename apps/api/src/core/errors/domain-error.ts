/**
 * Error codes a client can act on. Each maps to `extensions.code` in GraphQL answers; the web
 * app translates by code, so the English message is for developers and API users.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INVALID_CREDENTIALS'
  | 'EMAIL_NOT_VERIFIED'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_USED'
  | 'WEAK_PASSWORD'
  | 'ACCOUNT_BLOCKED'
  | 'CSRF_HEADER_MISSING'
  // Discussions, contact and moderation: each refusal has its own code so the UI can explain it.
  | 'THREAD_LOCKED'
  | 'ALREADY_REACTED'
  | 'NOT_THREAD_AUTHOR'
  | 'NOT_A_QUESTION'
  | 'CONTACT_NOT_ALLOWED'
  | 'SENDER_BLOCKED'
  | 'ALREADY_FLAGGED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, key: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} "${key}" was not found.`, { resource: what });
}

export function badInput(message: string, fields?: Record<string, string[]>): DomainError {
  return new DomainError('BAD_USER_INPUT', message, fields ? { fields } : {});
}
