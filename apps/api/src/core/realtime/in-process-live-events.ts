import { type EntityManager } from 'typeorm';
import { type LiveEvents, type LivePayload } from './live-events.js';

/** Single-instance delivery (PGlite, tests). Interim: delivers on the next tick rather than strictly after commit. */
export class InProcessLiveEvents implements LiveEvents {
  private readonly queues = new Map<string, Set<(payload: LivePayload) => void>>();

  async publish(_manager: EntityManager, channel: string, payload: LivePayload): Promise<void> {
    setImmediate(() => this.deliver(channel, payload));
  }

  deliver(channel: string, payload: LivePayload): void {
    for (const push of this.queues.get(channel) ?? []) push(payload);
  }

  subscribe(channel: string): AsyncIterableIterator<LivePayload> {
    const buffer: LivePayload[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const push = (payload: LivePayload) => {
      buffer.push(payload);
      wake?.();
    };
    const listeners = this.queues.get(channel) ?? new Set();
    listeners.add(push);
    this.queues.set(channel, listeners);
    const stop = () => {
      done = true;
      listeners.delete(push);
      if (listeners.size === 0) this.queues.delete(channel);
      wake?.();
    };
    const iterator: AsyncIterableIterator<LivePayload> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (!done && buffer.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (buffer.length > 0) return { value: buffer.shift() as LivePayload, done: false };
        return { value: undefined, done: true };
      },
      return: async () => {
        stop();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }
}
