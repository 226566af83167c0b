import { type LivePayload } from './live-events.js';

type Push = (payload: LivePayload) => void;

/**
 * A subscriber that falls this far behind (its socket does not drain) is ended rather than
 * buffered without bound; the client can subscribe again.
 */
const MAX_BUFFERED = 500;

/** The subscribers of one API instance, by channel; both engines dispatch through it. */
export class LocalSubscribers {
  private readonly channels = new Map<string, Set<Push>>();

  deliver(channel: string, payload: LivePayload): void {
    for (const push of this.channels.get(channel) ?? []) push(payload);
  }

  /** Delivers the payload on every channel that has a subscriber here. */
  deliverToAll(payload: LivePayload): void {
    for (const channel of this.channels.keys()) this.deliver(channel, payload);
  }

  /** Subscribers of one channel. */
  countOf(channel: string): number {
    return this.channels.get(channel)?.size ?? 0;
  }

  get size(): number {
    let n = 0;
    for (const set of this.channels.values()) n += set.size;
    return n;
  }

  /** Calls `handler` with each event of the channel, synchronously and without a buffer, until the returned function is called. */
  listen(channel: string, handler: Push): () => void {
    const listeners = this.channels.get(channel) ?? new Set<Push>();
    listeners.add(handler);
    this.channels.set(channel, listeners);
    return () => {
      listeners.delete(handler);
      if (listeners.size === 0 && this.channels.get(channel) === listeners) this.channels.delete(channel);
    };
  }

  /**
   * An iterator of the channel's events. A hand-written iterator rather than an async generator:
   * `return()` must end a pending `next()` at once (a generator would wait for the next event,
   * so a closed socket could leave its listener behind until the channel spoke again).
   */
  subscribe(channel: string): AsyncIterableIterator<LivePayload> {
    const buffer: LivePayload[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    let unlisten = (): void => undefined;
    const stop = () => {
      if (done) return;
      done = true;
      buffer.length = 0;
      unlisten();
      wake?.();
    };
    unlisten = this.listen(channel, (payload) => {
      if (buffer.length >= MAX_BUFFERED) return stop();
      buffer.push(payload);
      wake?.();
    });
    const iterator: AsyncIterableIterator<LivePayload> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (!done && buffer.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (buffer.length > 0) return { value: buffer.shift() as LivePayload, done: false };
        return { value: undefined, done: true };
      },
      return: () => {
        stop();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error?: unknown) => {
        stop();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      },
    };
    return iterator;
  }
}
