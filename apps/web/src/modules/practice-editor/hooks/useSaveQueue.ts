import { useState } from 'react';

type Save<V> = (values: V) => Promise<boolean>;

interface Job<V> {
  values: V;
  save: Save<V>;
  waiters: ((saved: boolean) => void)[];
}

/**
 * Saves one at a time: a save asked for while another runs waits, and only the latest values
 * asked for are saved then (older queued values are superseded; their callers get that save's
 * outcome). `save` resolves to whether it worked; the latest one passed is used.
 */
export class SaveQueue<V> {
  private running = false;
  private queued: Job<V> | null = null;
  private stopped = false;

  /** Saves these values after the running save, replacing values queued before them. */
  enqueue(values: V, save: Save<V>): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      if (this.queued) this.queued = { values, save, waiters: [...this.queued.waiters, resolve] };
      else this.queued = { values, save, waiters: [resolve] };
      if (!this.running) void this.drain();
    });
  }

  /** Whether a save runs or waits. */
  get busy(): boolean {
    return this.running || this.queued !== null;
  }

  /** No more saves until `resume` (a conflict must be resolved first); queued values are dropped. */
  stop(): void {
    this.stopped = true;
  }

  resume(): void {
    this.stopped = false;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queued && !this.stopped) {
      const job = this.queued;
      this.queued = null;
      let saved = false;
      try {
        saved = await job.save(job.values);
      } catch {
        saved = false;
      }
      job.waiters.forEach((resolve) => resolve(saved));
    }
    this.running = false;
    // Stopped: whoever still waits learns that nothing was saved.
    const left = this.queued;
    this.queued = null;
    left?.waiters.forEach((resolve) => resolve(false));
  }
}

/** One `SaveQueue` for the component's lifetime. */
export function useSaveQueue<V>(): SaveQueue<V> {
  const [queue] = useState(() => new SaveQueue<V>());
  return queue;
}
