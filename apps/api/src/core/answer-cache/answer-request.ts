import { type Request } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { readSessionToken } from '../auth/session-cookie.js';
import { type AnswerTicket } from './answer-cache.js';

/**
 * What a guest's request read, collected by the resolvers of its root fields: an answer is kept
 * only when every root field declared itself cacheable (others may read anything).
 */
export class AnswerCollector {
  readonly fields = new Set<string>();
  readonly tags = new Set<string>();

  constructor(
    readonly key: string,
    readonly ticket: AnswerTicket,
  ) {}

  /** The root field's answer for guests depends only on rows of these tags (and on names and spaces, see the migration). */
  dependsOn(rootField: string, ...tags: string[]): void {
    this.fields.add(rootField);
    for (const tag of tags) this.tags.add(tag);
  }

  /** Every root field (other than __typename) of the operation declared what it read. */
  covers(operation: OperationDefinitionNode): boolean {
    return operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || this.fields.has(s.name.value)),
    );
  }
}

interface GraphqlBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * The cache key of a guest's POSTed GraphQL request, or undefined when it may not be answered from
 * the cache: a session cookie (even an expired one: the answer path then sets no cookie either) or
 * no query text (a persisted-query hash alone). Extensions are part of the key (Apollo Client sends
 * its name and version in them). The same function serves the lookup (from the parsed body) and the
 * fill (from Apollo's request, which holds the same values).
 */
export function answerKey(req: Request, body: GraphqlBody | undefined): string | undefined {
  if (keys.has(req)) return keys.get(req);
  let key: string | undefined;
  if (req.method === 'POST' && body && typeof body.query === 'string' && readSessionToken(req) === undefined) {
    key = JSON.stringify([typeof body.operationName === 'string' ? body.operationName : null, body.query, body.variables ?? null, body.extensions ?? null]);
  }
  keys.set(req, key);
  return key;
}

/** Each request's key, computed once: the middleware's lookup and, on a miss, the plugin's fill both need it. */
const keys = new WeakMap<Request, string | undefined>();
