import { type ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { type RequestContext } from '../graphql/request-context.js';
import { type AnswerCache } from './answer-cache.js';
import { AnswerCollector, answerKey } from './answer-request.js';

/**
 * Fills the answer cache: a guest's query whose root fields all declared what they read, answered
 * without errors, is kept as the JSON Apollo sends (serialized the same way, so a cached answer
 * is byte for byte the one computed). Served by `AnswerCacheMiddleware`.
 */
export function answerCachePlugin(cache: AnswerCache): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart({ contextValue }) {
      if (!cache.enabled || contextValue.viewer) return Promise.resolve();
      const key = answerKey(contextValue.req, contextValue.req.body as Record<string, unknown> | undefined);
      if (key === undefined) return Promise.resolve();
      // Taken before any resolver reads: a change committed after this point rejects the fill.
      const collector = new AnswerCollector(key, cache.ticket());
      contextValue.answer = collector;
      return Promise.resolve({
        willSendResponse({ response, operation, errors }) {
          const body = response.body;
          if (errors?.length || body.kind !== 'single' || (response.http.status ?? 200) !== 200) return Promise.resolve();
          if (collector.tags.size === 0 || operation?.operation !== OperationTypeNode.QUERY || !collector.covers(operation)) return Promise.resolve();
          const { data, extensions } = body.singleResult;
          if (data == null) return Promise.resolve();
          // As Apollo's own serialization (runHttpQuery: errors, data, extensions; newline).
          cache.store(collector.key, collector.ticket, [...collector.tags], `${JSON.stringify({ data, extensions })}\n`);
          return Promise.resolve();
        },
      });
    },
  };
}
