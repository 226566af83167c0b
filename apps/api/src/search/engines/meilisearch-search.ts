import { SEARCH_LIMITS } from '@praxisforum/domain';
import {
  type EnqueuedTaskPromise,
  type FacetDistribution,
  type Index,
  Meilisearch,
  MeilisearchApiError,
  type MultiSearchQuery,
  type SearchParams,
  type Task,
} from 'meilisearch';
import { type Logger } from 'pino';
import {
  type SearchDocument,
  type SearchHealth,
  type SearchHit,
  type SearchPort,
  type SearchQuery,
  type SearchResult,
  type SearchSuggestion,
} from '../search.port.js';
import {
  documentsToWrite,
  fromMeiliId,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type MeiliLiveDocument,
  type MeiliStoredDocument,
  type MeiliTombstone,
  toMeiliDocument,
  toMeiliId,
  tombstonesToWrite,
} from './meilisearch-document.js';
import { describeError } from './describe-error.js';
import { activeFacets, ALL_FACET_ATTRIBUTES, buildFilter, FACET_ATTRIBUTES, type FacetKey, LIVE_ONLY, mapFacets } from './meilisearch-filter.js';
import { parseHighlighted, pickSnippet } from './meilisearch-highlight.js';
import { desiredSettings, settingsDiff } from './meilisearch-settings.js';

export interface MeilisearchSearchOptions {
  host: string;
  apiKey?: string;
  /** Index uid; tests use a fresh one per suite. */
  indexName?: string;
  logger: Logger;
  /**
   * Per HTTP request. Short, so an unreachable or hanging server fails fast and FallbackSearch
   * answers from PostgreSQL instead of letting the page wait.
   */
  requestTimeoutMs?: number;
  /** How long `index`/`remove`/`clear` wait for their task (a busy queue can delay it). */
  taskTimeoutMs?: number;
  /** How long `ensureSettings` waits: a settings change re-indexes everything. */
  settingsTimeoutMs?: number;
}

/** Documents per addDocuments task and ids per version lookup (the ids go into a GET query string). */
const WRITE_BATCH = 1000;
const LOOKUP_BATCH = 100;
/** Words of summary/body around the matches in a snippet. */
const CROP_WORDS = 24;

type HitFields = Pick<MeiliLiveDocument, 'id' | 'kind' | 'sourceId' | 'path' | 'context' | 'date' | 'isExample' | 'title' | 'summary'>;
const HIT_FIELDS: (keyof HitFields)[] = ['id', 'kind', 'sourceId', 'path', 'context', 'date', 'isExample', 'title', 'summary'];

/**
 * Meilisearch behind the search port: one index, documents of every kind with a `kind` attribute.
 * Settings are applied idempotently (`ensureSettings`, also before the first write); writes wait
 * for their task, so a document is searchable when `index` resolves.
 *
 * The version guard reads the stored versions and then writes: not atomic. It holds because
 * Meilisearch processes tasks in order and every write here waits for its task, so a write only
 * races a task that was left running after a timeout; the outbox then retries with the same or a
 * newer version.
 */
export class MeilisearchSearch implements SearchPort {
  readonly engine = 'meilisearch' as const;
  readonly indexName: string;
  private readonly client: Meilisearch;
  private readonly store: Index<MeiliStoredDocument>;
  private readonly logger: Logger;
  private readonly taskTimeoutMs: number;
  private readonly settingsTimeoutMs: number;
  private settingsReady: Promise<void> | null = null;

  constructor(options: MeilisearchSearchOptions) {
    this.indexName = options.indexName ?? 'documents';
    this.logger = options.logger;
    this.taskTimeoutMs = options.taskTimeoutMs ?? 30_000;
    this.settingsTimeoutMs = options.settingsTimeoutMs ?? 10 * 60_000;
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 2_000,
      clientAgents: ['praxisforum-api'],
    });
    this.store = this.client.index<MeiliStoredDocument>(this.indexName);
  }

  /**
   * Creates the index (primary key `id`: `sourceId` also ends in "id", so Meilisearch must not
   * guess) and applies the settings that differ from the server's. Returns the names of the
   * settings it changed: none on every start after the first.
   */
  async ensureSettings(): Promise<string[]> {
    await this.ensureIndex();
    const diff = settingsDiff(await this.store.getSettings(), desiredSettings());
    const changed = Object.keys(diff);
    if (changed.length === 0) return [];
    this.logger.info({ index: this.indexName, settings: changed }, 'Meilisearch: applying index settings');
    await this.waitFor(this.store.updateSettings(diff), 'settings update', this.settingsTimeoutMs);
    return changed;
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.ready();
    const stored = await this.storedVersions(documents.map((doc) => doc.id));
    const writes = documentsToWrite(documents, stored).map(toMeiliDocument);
    const skipped = documents.length - writes.length;
    if (skipped > 0) this.logger.debug({ index: this.indexName, skipped }, 'Meilisearch: kept newer stored versions');
    await this.write(writes);
  }

  async remove(items: { id: string; version: number }[]): Promise<void> {
    if (items.length === 0) return;
    await this.ready();
    const stored = await this.storedVersions(items.map((item) => item.id));
    await this.write(tombstonesToWrite(items, stored));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.prepareInBackground();
    const text = query.text.trim();
    const { filters } = query;
    const common = {
      indexUid: this.indexName,
      q: text,
      // Every word must match (synonyms and typos count), as in the PostgreSQL engine: the total
      // does not change with the sort order, and sorting by date never surfaces half-matches first.
      matchingStrategy: 'all' as const,
    };
    const main: MultiSearchQuery = {
      ...common,
      filter: buildFilter(filters),
      facets: ALL_FACET_ATTRIBUTES,
      ...pagination(query.offset, query.limit),
      // An empty query browses newest first; relevance needs words to rank by.
      ...(query.sort === 'date' || !text ? { sort: ['dateTs:desc'] } : {}),
      attributesToRetrieve: HIT_FIELDS,
      attributesToHighlight: ['title', 'summary', 'body'],
      attributesToCrop: ['summary', 'body'],
      cropLength: CROP_WORDS,
      cropMarker: '…',
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
    };
    // Disjunctive facets: per facet with a filter, the same query without that filter, counts only.
    const active = activeFacets(filters);
    const facetQueries: MultiSearchQuery[] = active.map((key) => ({
      ...common,
      filter: buildFilter(filters, key),
      facets: [FACET_ATTRIBUTES[key]],
      limit: 0,
    }));
    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, HitFields>({ queries: [main, ...facetQueries] });
    const [first, ...rest] = results;
    if (!first) throw new Error('Meilisearch answered a multi-search without results');
    const withoutOwnFilter: Partial<Record<FacetKey, FacetDistribution | undefined>> = {};
    active.forEach((key, i) => (withoutOwnFilter[key] = rest[i]?.facetDistribution));
    return {
      total: first.totalHits ?? first.estimatedTotalHits ?? 0,
      hits: first.hits.map((hit) => toSearchHit(hit)),
      facets: mapFacets(first.facetDistribution, withoutOwnFilter, filters),
      // Meilisearch corrects typos while matching but does not report the corrected query, so
      // there is no "did you mean" to give.
      correctedQuery: null,
    };
  }

  async suggest(text: string, limit: number): Promise<SearchSuggestion[]> {
    const q = text.trim();
    if (q.length < SEARCH_LIMITS.suggestMinLength) return [];
    this.prepareInBackground();
    // The last word is matched as a prefix and typos are tolerated: what search-as-you-type needs.
    const response = await this.store.search<Pick<MeiliLiveDocument, 'kind' | 'path' | 'title'>>(q, {
      attributesToSearchOn: ['title'],
      attributesToRetrieve: ['kind', 'path', 'title'],
      filter: [LIVE_ONLY],
      matchingStrategy: 'all',
      limit: Math.max(0, Math.min(limit, SEARCH_LIMITS.suggestMax)),
    } satisfies SearchParams);
    return response.hits.map((hit) => ({ type: 'document' as const, text: hit.title, kind: hit.kind, path: hit.path }));
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.client.health();
    } catch (error) {
      return { ok: false, engine: this.engine, detail: `unreachable: ${describeError(error)}` };
    }
    try {
      await this.client.getRawIndex(this.indexName);
      return { ok: true, engine: this.engine };
    } catch (error) {
      return { ok: false, engine: this.engine, detail: isIndexNotFound(error) ? `index ${this.indexName} does not exist` : describeError(error) };
    }
  }

  async clear(): Promise<void> {
    await this.ready();
    await this.waitFor(this.store.deleteAllDocuments(), 'clear');
  }

  /** Settings once per process; a failure is retried by the next caller (Meilisearch may come back). */
  private ready(): Promise<void> {
    this.settingsReady ??= this.ensureSettings().then(
      () => undefined,
      (error: unknown) => {
        this.settingsReady = null;
        throw error;
      },
    );
    return this.settingsReady;
  }

  /**
   * Reads do not wait for the settings (a missing index or filter simply fails the query, and the
   * fallback answers), but the first read on a fresh process starts applying them.
   */
  private prepareInBackground(): void {
    if (this.settingsReady) return;
    this.ready().catch((error: unknown) => this.logger.debug({ err: describeError(error) }, 'Meilisearch: settings not applied yet'));
  }

  private async ensureIndex(): Promise<void> {
    try {
      await this.client.getRawIndex(this.indexName);
      return;
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
    }
    const task = await this.client.createIndex(this.indexName, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
    // Another API instance may have created it in the meantime: that is as good.
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') throw taskError(task, 'index creation');
  }

  /** Stored versions by our ids, live documents and tombstones alike. */
  private async storedVersions(ids: string[]): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    const meiliIds = [...new Set(ids.map(toMeiliId))];
    for (let i = 0; i < meiliIds.length; i += LOOKUP_BATCH) {
      const batch = meiliIds.slice(i, i + LOOKUP_BATCH);
      const { results } = await this.store.getDocuments<Pick<MeiliStoredDocument, 'id' | 'version'>>({
        ids: batch,
        fields: ['id', 'version'],
        limit: batch.length,
      });
      for (const doc of results) versions.set(fromMeiliId(doc.id), doc.version);
    }
    return versions;
  }

  private async write(docs: (MeiliLiveDocument | MeiliTombstone)[]): Promise<void> {
    for (let i = 0; i < docs.length; i += WRITE_BATCH) {
      await this.waitFor(this.store.addDocuments(docs.slice(i, i + WRITE_BATCH), { primaryKey: 'id' }), 'document write');
    }
  }

  /** Waits for a task and fails unless it succeeded (waitTask resolves failed tasks as well). */
  private async waitFor(promise: EnqueuedTaskPromise, what: string, timeout = this.taskTimeoutMs): Promise<Task> {
    const task = await promise.waitTask({ timeout });
    if (task.status !== 'succeeded') throw taskError(task, what);
    return task;
  }
}

/** page/hitsPerPage gives exact totals; the port's offsets are whole pages, other offsets fall back to estimates. */
function pagination(offset: number, limit: number): Pick<SearchParams, 'offset' | 'limit' | 'page' | 'hitsPerPage'> {
  if (limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit };
  return { offset, limit };
}

function toSearchHit(hit: HitFields & { _formatted?: Partial<HitFields> & { body?: unknown } }): SearchHit {
  const formatted = hit._formatted ?? {};
  return {
    id: fromMeiliId(hit.id),
    kind: hit.kind,
    sourceId: hit.sourceId,
    title: parseHighlighted(typeof formatted.title === 'string' ? formatted.title : hit.title),
    snippet: pickSnippet(formatted, hit.summary),
    path: hit.path,
    context: hit.context,
    date: hit.date,
    isExample: hit.isExample,
  };
}

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}

function taskError(task: Task, what: string): Error {
  return new Error(`Meilisearch ${what} task ${task.uid} ${task.status}${task.error ? `: ${task.error.code}: ${task.error.message}` : ''}`);
}
