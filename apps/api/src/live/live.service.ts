import { Inject, Injectable } from '@nestjs/common';
import { type Actor } from '../core/auth/viewer.js';
import { DomainError } from '../core/errors/domain-error.js';
import { LIVE_EVENTS, LIVE_RESYNC, type LiveEvents, type LivePayload } from '../core/realtime/live-events.js';
import { DiscussionService } from '../discussions/index.js';
import { NotificationService } from '../notifications/index.js';
import { type ThreadActivity } from './live.types.js';

const POST_EVENTS = new Set(['post.created', 'post.updated']);

/**
 * An iterator over a live channel that maps each event to zero or one value (with an optional
 * value first). Hand-written so that `return()` ends the channel subscription at once, even while
 * waiting for the next event (see LocalSubscribers).
 */
function mapEvents<T>(events: AsyncIterableIterator<LivePayload>, map: (event: LivePayload) => Promise<T | undefined> | T | undefined, first?: () => Promise<T>): AsyncIterableIterator<T> {
  let pendingFirst = first;
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => iterator,
    next: async () => {
      try {
        if (pendingFirst) {
          const initial = pendingFirst;
          pendingFirst = undefined;
          return { value: await initial(), done: false };
        }
        for (;;) {
          const event = await events.next();
          if (event.done) return { value: undefined, done: true };
          const value = await map(event.value);
          if (value !== undefined) return { value, done: false };
        }
      } catch (error) {
        await events.return?.();
        throw error;
      }
    },
    return: async () => {
      await events.return?.();
      return { value: undefined, done: true };
    },
  };
  return iterator;
}

/** Subscriptions: each checks the viewer's rights when it starts, then follows its live channel. */
@Injectable()
export class LiveService {
  constructor(
    @Inject(LIVE_EVENTS) private readonly live: LiveEvents,
    private readonly discussions: DiscussionService,
    private readonly notifications: NotificationService,
  ) {}

  async threadActivity(viewer: Actor, threadId: string): Promise<AsyncIterableIterator<ThreadActivity>> {
    // The discussions policy decides (NOT_FOUND for threads the viewer may not see).
    await this.discussions.getThread(viewer, threadId);
    return mapEvents(this.live.subscribe(`thread:${threadId}`), (event) =>
      POST_EVENTS.has(event.type as string) && typeof event.postId === 'string' ? { type: event.type as string, threadId, postId: event.postId } : undefined,
    );
  }

  /** The unread count now, then again whenever the viewer's notifications change. */
  notificationCount(viewer: Actor): AsyncIterableIterator<number> {
    if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
    // Subscribed before the first count, so a change between the two is not lost.
    const events = this.live.subscribe(`user:${viewer.id}`);
    const count = () => this.notifications.countUnread(viewer.id);
    return mapEvents(events, (event) => (event.type === 'notifications' || event.type === LIVE_RESYNC ? count() : undefined), count);
  }
}
