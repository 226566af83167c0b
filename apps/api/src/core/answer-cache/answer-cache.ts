import { gzipSync } from 'node:zlib';

/** Where a request stood when it began reading: a fill is only kept if nothing it read changed since. */
export interface AnswerTicket {
  readonly clock: number;
  /** The live-events connection the invalidations came through at that moment (0: none). */
  readonly connection: number;
}

interface Entry {
  /** The answer's JSON, gzip-compressed (a thread page shrinks to a tenth: more pages fit the budget). */
  gzipped: Buffer;
  tags: readonly string[];
  bytes: number;
}

export interface AnswerCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  stored: number;
  invalidations: number;
}

/** What an operator sizing the budget wants to know about one period (see `report`). */
export interface AnswerCacheReport {
  entries: number;
  /** Share of the budget in use, in percent. */
  budgetUsedPercent: number;
  hits: number;
  misses: number;
  /** Hits of all lookups in the period, in percent. */
  hitRatePercent: number;
  stored: number;
  invalidations: number;
}

/** Bookkeeping per entry besides the compressed answer (Map slots, the key string, the tag list). */
const ENTRY_OVERHEAD_BYTES = 256;
/** Tags invalidated while fills may be in flight; beyond this the cache forgets them and rejects every such fill instead. */
const TAG_CLOCK_LIMIT = 10_000;

/**
 * Finished GraphQL answers for guests, by request text, in a byte budget (least recently used go
 * first). Correctness rests on invalidation, not on age: every entry carries the tags of what it
 * was read from (`thread:<id>`), and the database announces each committed change of those rows
 * (see the answer-cache migration), which drops the entries of that tag, or all of them.
 *
 * A fill races with changes: the request read the rows at some point after `ticket()`, so it is
 * only kept if none of its tags was invalidated since, and if invalidations were heard the whole
 * time (the same listening connection, see `connection`).
 */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly invalidatedAt = new Map<string, number>();
  private clock = 0;
  private flushedAt = 0;
  private bytes = 0;
  /** The listening connection the entries were filled under; another one may have missed changes. */
  private connection = 0;
  private readonly counters = { hits: 0, misses: 0, stored: 0, invalidations: 0 };
  private reported = { ...this.counters };

  /**
   * @param maxBytes budget for entries (0 turns the cache off)
   * @param listening the live-events connection that delivers invalidations: increases when it
   *   listens anew, 0 while it hears nothing (then nothing is served or stored)
   */
  constructor(
    readonly maxBytes: number,
    private readonly listening: () => number = () => 1,
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  ticket(): AnswerTicket {
    this.current(); // a new connection flushes first, so the ticket is not older than that flush
    return { clock: this.clock, connection: this.listening() };
  }

  /** The answer's JSON, gzip-compressed (as clients that take gzip get it), or undefined. */
  lookup(key: string): Buffer | undefined {
    if (!this.current()) return undefined;
    const entry = this.entries.get(key);
    if (!entry) {
      this.counters.misses++;
      return undefined;
    }
    this.counters.hits++;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.gzipped;
  }

  /** Keeps an answer unless what it was read from changed after `ticket` (or might have, unheard). */
  store(key: string, ticket: AnswerTicket, tags: readonly string[], json: string): boolean {
    if (!this.enabled || tags.length === 0 || !this.current() || ticket.connection !== this.connection) return false;
    if (ticket.clock < this.flushedAt || tags.some((tag) => (this.invalidatedAt.get(tag) ?? 0) > ticket.clock)) return false;
    const gzipped = gzipSync(json);
    const bytes = gzipped.length + key.length * 2 + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.maxBytes) return false;
    this.remove(key);
    this.entries.set(key, { gzipped, tags, bytes });
    this.bytes += bytes;
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    this.counters.stored++;
    return true;
  }

  /** What was read from rows of this tag changed: its answers go, fills that read before are not kept. */
  invalidate(tag: string): void {
    this.clock++;
    this.counters.invalidations++;
    if (this.invalidatedAt.size >= TAG_CLOCK_LIMIT) {
      this.invalidatedAt.clear();
      this.flushedAt = this.clock;
    }
    this.invalidatedAt.set(tag, this.clock);
    for (const key of this.byTag.get(tag) ?? []) this.remove(key);
  }

  /** Something every answer may contain changed (a name, a space), or changes may have gone unheard. */
  flush(): void {
    this.clock++;
    this.counters.invalidations++;
    this.flushedAt = this.clock;
    this.invalidatedAt.clear();
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  stats(): AnswerCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.counters };
  }

  /** The period since the last report, or undefined (and the period goes on) while nobody looked anything up in it. */
  report(): AnswerCacheReport | undefined {
    const since = this.reported;
    const hits = this.counters.hits - since.hits;
    const misses = this.counters.misses - since.misses;
    if (!this.enabled || hits + misses === 0) return undefined;
    this.reported = { ...this.counters };
    return {
      entries: this.entries.size,
      budgetUsedPercent: Math.round((this.bytes / this.maxBytes) * 100),
      hits,
      misses,
      hitRatePercent: Math.round((hits / (hits + misses)) * 100),
      stored: this.counters.stored - since.stored,
      invalidations: this.counters.invalidations - since.invalidations,
    };
  }

  /** False while invalidations cannot be heard; drops everything once they come through another connection. */
  private current(): boolean {
    const connection = this.listening();
    if (connection === 0 || !this.enabled) return false;
    if (connection !== this.connection) {
      if (this.connection !== 0) this.flush(); // the first connection finds nothing to drop
      this.connection = connection;
    }
    return true;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
