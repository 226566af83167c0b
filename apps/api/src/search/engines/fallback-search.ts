import { type Logger } from 'pino';
import {
  type SearchDocument,
  type SearchHealth,
  type SearchPort,
  type SearchQuery,
  type SearchResult,
  type SearchSuggestion,
} from '../search.port.js';
import { describeError } from './describe-error.js';

export interface FallbackSearchOptions {
  /** While the primary is down, a warning at most this often (default one minute). */
  warnIntervalMs?: number;
  /**
   * While the primary is down, reads go straight to the fallback and try the primary again only
   * this often (default 5 s): a hanging server would otherwise cost every search its full timeout.
   */
  retryIntervalMs?: number;
  now?: () => number;
}

/**
 * An external engine (Meilisearch) with PostgreSQL search behind it.
 *
 * Reads (`search`, `suggest`) go to the primary; when it fails (refused, timed out, any error) the
 * fallback answers and a warning is logged, at most once a minute while it stays down, and once
 * when it is back.
 *
 * Writes (`index`, `remove`, `clear`) go to the fallback first, since it can only stand in when it
 * is current, and then to the primary. A primary failure rejects the write: the outbox worker
 * keeps the event and retries it with backoff, so the primary catches up once it is back (the
 * repeated fallback write is harmless, the version guard keeps it idempotent).
 */
export class FallbackSearch implements SearchPort {
  private readonly warnIntervalMs: number;
  private readonly retryIntervalMs: number;
  private readonly now: () => number;
  private down = false;
  private lastAttempt = 0;
  private lastWarning = 0;
  private fallbackAnswers = 0;

  constructor(
    private readonly primary: SearchPort,
    private readonly fallback: SearchPort,
    private readonly logger: Logger,
    options: FallbackSearchOptions = {},
  ) {
    this.warnIntervalMs = options.warnIntervalMs ?? 60_000;
    this.retryIntervalMs = options.retryIntervalMs ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  /** The external engine, e.g. to apply its settings at start. */
  get primaryEngine(): SearchPort {
    return this.primary;
  }

  /** The engine the operator chose; health() tells whether it currently answers. */
  get engine(): SearchPort['engine'] {
    return this.primary.engine;
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.read((port) => port.search(query));
  }

  suggest(text: string, limit: number): Promise<SearchSuggestion[]> {
    return this.read((port) => port.suggest(text, limit));
  }

  async index(documents: SearchDocument[]): Promise<void> {
    await this.fallback.index(documents);
    await this.primary.index(documents);
  }

  async remove(items: { id: string; version: number }[]): Promise<void> {
    await this.fallback.remove(items);
    await this.primary.remove(items);
  }

  async clear(): Promise<void> {
    await this.fallback.clear();
    await this.primary.clear();
  }

  /**
   * Ok while searches get answered, that is while the fallback is: a load balancer must not take
   * the API out of service because Meilisearch is down. The detail names both engines.
   */
  async health(): Promise<SearchHealth> {
    const [primary, fallback] = await Promise.all([safeHealth(this.primary), safeHealth(this.fallback)]);
    const describe = (h: SearchHealth) => `${h.engine} ${h.ok ? 'ok' : `down${h.detail ? ` (${h.detail})` : ''}`}`;
    const detail = primary.ok ? describe(primary) : `${describe(primary)}; answering from ${fallback.engine}`;
    return { ok: fallback.ok, engine: this.engine, detail: `${detail}; ${describe(fallback)}` };
  }

  private async read<T>(call: (port: SearchPort) => Promise<T>): Promise<T> {
    const now = this.now();
    if (this.down && now - this.lastAttempt < this.retryIntervalMs) return this.fromFallback(call);
    this.lastAttempt = now;
    let result: T;
    try {
      result = await call(this.primary);
    } catch (error) {
      this.primaryFailed(error);
      return this.fromFallback(call);
    }
    this.primaryAnswered();
    return result;
  }

  private fromFallback<T>(call: (port: SearchPort) => Promise<T>): Promise<T> {
    this.fallbackAnswers += 1;
    return call(this.fallback);
  }

  private primaryFailed(error: unknown): void {
    const now = this.now();
    const message = describeError(error);
    if (!this.down) {
      this.down = true;
      this.lastWarning = now;
      this.fallbackAnswers = 0;
      this.logger.warn({ engine: this.primary.engine, fallback: this.fallback.engine, err: message }, `Search: ${this.primary.engine} failed, answering from ${this.fallback.engine}`);
    } else if (now - this.lastWarning >= this.warnIntervalMs) {
      this.lastWarning = now;
      this.logger.warn(
        { engine: this.primary.engine, fallback: this.fallback.engine, err: message, fallbackAnswers: this.fallbackAnswers },
        `Search: ${this.primary.engine} still failing, answering from ${this.fallback.engine}`,
      );
    }
  }

  private primaryAnswered(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info({ engine: this.primary.engine, fallbackAnswers: this.fallbackAnswers }, `Search: ${this.primary.engine} answers again`);
    this.fallbackAnswers = 0;
  }
}

async function safeHealth(port: SearchPort): Promise<SearchHealth> {
  try {
    return await port.health();
  } catch (error) {
    return { ok: false, engine: port.engine, detail: describeError(error) };
  }
}
