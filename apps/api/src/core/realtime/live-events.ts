import { type EntityManager } from 'typeorm';

/**
 * Live events for GraphQL subscriptions, fanned out to every API instance.
 * Channels: `thread:<id>` ({ type: 'post.created' | 'post.updated', threadId, postId }),
 * `user:<id>` ({ type: 'notifications' } and { type: 'message', conversationId }).
 * Payloads carry ids only: subscribers read the current state themselves, with their own rights.
 */
export type LivePayload = Record<string, unknown>;

export interface LiveEvents {
  /** Call inside the transaction that made the change: subscribers hear of it only once it commits, never on rollback. */
  publish(manager: EntityManager, channel: string, payload: LivePayload): Promise<void>;
  /** The same payload on several channels (a notification for many people), as one statement. */
  publishMany(manager: EntityManager, channels: string[], payload: LivePayload): Promise<void>;
  /** Every event published on the channel from now on, on any instance, until the iterator is returned. */
  subscribe(channel: string): AsyncIterableIterator<LivePayload>;
  /** The same, to a synchronous handler with no buffer (for a consumer that must not miss a burst); returns the unsubscribe. */
  listen(channel: string, handler: (payload: LivePayload) => void): () => void;
  /**
   * Which connection events arrive through: a number that changes whenever the instance listens
   * anew (events published in between may be lost), 0 while it cannot hear events at all.
   */
  readonly connection: number;
}

export const LIVE_EVENTS = Symbol('LIVE_EVENTS');

/**
 * Delivered on every open channel of an instance after it lost events (its LISTEN connection
 * dropped and came back): subscribers that keep state (a count) re-read it.
 */
export const LIVE_RESYNC = 'live.resync';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; keep a margin. */
export const MAX_LIVE_MESSAGE_BYTES = 7900;

/** One message on the wire: the channel and its payload, as JSON. Throws when it is too large (a programming error). */
export function encodeLiveMessage(channel: string, payload: LivePayload): string {
  const message = JSON.stringify({ channel, payload });
  const bytes = Buffer.byteLength(message);
  if (bytes > MAX_LIVE_MESSAGE_BYTES) {
    throw new Error(`Live event on ${channel} is ${bytes} bytes (limit ${MAX_LIVE_MESSAGE_BYTES}): send ids, not content.`);
  }
  return message;
}
