import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { APP_LOGGER } from '../core/logging/logger.js';
import { backgroundWork } from '../core/outbox/background-work.js';
import { type DomainEvent } from '../core/outbox/domain-events.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { type DocumentRef, SearchDocumentSource } from './documents/search-document.source.js';
import { meilisearchOf } from './engines/select-engine.js';
import { type RebuildProgress, rebuildIndex } from './rebuild-index.js';
import { SEARCH_PORT, type SearchPort } from './search.port.js';

const BATCH = 500;
/** How often failed index updates are looked at again once the engine is healthy. */
const RECOVERY_INTERVAL_MS = 60_000;

/**
 * Keeps the index in step with the database. Domain events (from the transactional outbox) name
 * what changed; each becomes a 'search' outbox row, which the worker delivers in a lane of its own:
 * the indexer reads the current rows and indexes what is public or removes the rest, so redelivered
 * or reordered events do no harm. An engine failure makes the worker retry the row with backoff;
 * rows that ran out of attempts are put back once the engine is healthy again, so indexing catches
 * up after an outage.
 */
@Injectable()
export class SearchIndexer implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private recovery?: NodeJS.Timeout;
  private rebuilding?: Promise<unknown>;
  /** Stops the start-up build at shutdown: on a large database it runs for minutes. */
  private readonly stopping = new AbortController();

  constructor(
    @Inject(SEARCH_PORT) private readonly port: SearchPort,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly source: SearchDocumentSource,
  ) {}

  onModuleInit() {
    this.outbox.onEvent((event) => this.onEvent(event));
    this.outbox.onKind('search', (payload) => this.apply(payload.refs as DocumentRef[]));
  }

  /** A first start (or a switch of engine) builds the index in the background; searches work meanwhile, with what is indexed. */
  async onApplicationBootstrap() {
    this.recovery = setInterval(() => void this.recoverFailed(), RECOVERY_INTERVAL_MS);
    this.recovery.unref();
    // Meilisearch settings (synonyms, filters, …) are applied in the background; writes apply them too.
    meilisearchOf(this.port)
      ?.ensureSettings()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Meilisearch settings not applied yet (searching with PostgreSQL meanwhile)'));
    if (!this.config.searchRebuildOnStart) return;
    const [marker] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM search_index_state WHERE engine = $1`, [this.port.engine]);
    if (marker) return;
    this.logger.info({ engine: this.port.engine }, 'search index not built yet: building it in the background');
    const { signal } = this.stopping;
    this.rebuilding = backgroundWork.run('search-rebuild', () =>
      rebuildIndex(this.port, this.source, this.dataSource, undefined, signal).then(
        (n) => this.logger.info({ engine: this.port.engine, documents: n }, 'search index built'),
        (error: unknown) => {
          if (signal.aborted) this.logger.info({ engine: this.port.engine }, 'search index build stopped by shutdown; the next start builds it again');
          else this.logger.error({ err: error }, 'search index build failed; run `npm run reindex`');
        },
      ),
    );
  }

  async beforeApplicationShutdown() {
    clearInterval(this.recovery);
    this.stopping.abort(new Error('shutting down'));
    await this.rebuilding;
  }

  /** What an event changes in the index. Events of other concerns (messages, warnings) change nothing. */
  async refsOf(event: DomainEvent): Promise<DocumentRef[]> {
    switch (event.type) {
      case 'practice.published':
      case 'practice.updated':
      case 'practice.archived':
      case 'practice.returned':
        return this.source.practiceWithThreads([event.practiceId]);
      case 'adoption.recorded':
        return [{ kind: 'practice', id: event.practiceId }];
      case 'thread.created':
        return [{ kind: 'thread', id: event.threadId }];
      case 'thread.edited':
        return this.source.threadWithReplies([event.threadId]);
      case 'post.created':
      case 'post.released':
      case 'post.edited':
      case 'post.accepted':
        // The first post is part of its thread's document.
        return [
          { kind: 'post', id: event.postId },
          { kind: 'thread', id: event.threadId },
        ];
      case 'post.deleted':
        // Deleting the first post deletes the thread and with it every reply.
        return [{ kind: 'post', id: event.postId }, ...(await this.source.threadWithReplies([event.threadId]))];
      case 'moderation.acted':
        if (event.subjectType === 'thread') return this.source.threadWithReplies([event.subjectId]);
        if (event.subjectType === 'post') {
          const [post] = await this.dataSource.query<{ thread_id: string }[]>(`SELECT thread_id FROM post WHERE id = $1`, [event.subjectId]);
          return [{ kind: 'post', id: event.subjectId }, ...(post ? [{ kind: 'thread' as const, id: post.thread_id }] : [])];
        }
        return [];
      default:
        return [];
    }
  }

  /**
   * An event only queues its documents (a 'search' row, delivered in the worker's own lane for
   * them): the event's other handlers, notifications above all, never wait for the search engine.
   */
  private async onEvent(event: DomainEvent): Promise<void> {
    const refs = await this.refsOf(event);
    if (refs.length > 0) await this.refreshLater(refs);
  }

  /** Queues documents for a refresh by the outbox worker (after events, and for hits found stale at search time). */
  async refreshLater(refs: DocumentRef[]): Promise<void> {
    for (let i = 0; i < refs.length; i += BATCH) await this.outbox.enqueue(this.dataSource.manager, 'search', { refs: refs.slice(i, i + BATCH) });
    this.outbox.wake();
  }

  /** Builds the documents from the current rows and writes them; throws when the engine fails. */
  async apply(refs: DocumentRef[]): Promise<void> {
    for (let i = 0; i < refs.length; i += BATCH) {
      const { documents, missing } = await this.source.build(refs.slice(i, i + BATCH));
      if (documents.length > 0) await this.port.index(documents);
      if (missing.length > 0) await this.port.remove(missing);
    }
  }

  /** Rebuilds the whole index from the database (see rebuildIndex). */
  rebuild(onProgress?: (progress: RebuildProgress) => void): Promise<number> {
    return rebuildIndex(this.port, this.source, this.dataSource, onProgress);
  }

  /** Puts index updates that ran out of attempts back in the queue once the engine answers again. */
  async recoverFailed(): Promise<number> {
    try {
      const [failed] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM outbox WHERE kind = 'search' AND status = 'failed' LIMIT 1`);
      if (!failed || !(await this.port.health()).ok) return 0;
      const [, count] = await this.dataSource.query<[unknown[], number]>(
        `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = now() WHERE kind = 'search' AND status = 'failed'`,
      );
      this.logger.info({ updates: count }, 'search engine is back: retrying failed index updates');
      this.outbox.wake();
      return count;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not look at failed search index updates');
      return 0;
    }
  }
}
