import { type EntityManager } from 'typeorm';

/**
 * Live events for GraphQL subscriptions, fanned out to every API instance.
 * Channels: `thread:<id>` ({ type: 'post.created' | 'post.updated', threadId, postId }),
 * `user:<id>` ({ type: 'notifications' } and { type: 'message', conversationId }).
 */
export type LivePayload = Record<string, unknown>;

export interface LiveEvents {
  /** Call inside the transaction that made the change: subscribers hear of it only once it commits. */
  publish(manager: EntityManager, channel: string, payload: LivePayload): Promise<void>;
  /** Every event published on the channel from now on, on any instance, until the iterator is returned. */
  subscribe(channel: string): AsyncIterableIterator<LivePayload>;
}

export const LIVE_EVENTS = Symbol('LIVE_EVENTS');
