import { pino } from 'pino';
import {
  type SearchDocument,
  type SearchHealth,
  type SearchPort,
  type SearchQuery,
  type SearchResult,
  type SearchSuggestion,
} from '../search.port.js';
import { FallbackSearch } from './fallback-search.js';

/** An engine in memory: keeps what it is given, answers with its own name, fails on demand. */
class FakeEngine implements SearchPort {
  readonly documents = new Map<string, SearchDocument>();
  failing: Error | null = null;
  calls = 0;

  constructor(readonly engine: SearchPort['engine']) {}

  /** Counts the call and fails it while `failing` is set; otherwise resolves with `answer()`. */
  private call<T>(answer: () => T): Promise<T> {
    this.calls += 1;
    if (this.failing) return Promise.reject(this.failing);
    return Promise.resolve(answer());
  }

  index(documents: SearchDocument[]): Promise<void> {
    return this.call(() => documents.forEach((doc) => this.documents.set(doc.id, doc)));
  }
  remove(items: { id: string; version: number }[]): Promise<void> {
    return this.call(() => items.forEach((item) => this.documents.delete(item.id)));
  }
  search(query: SearchQuery): Promise<SearchResult> {
    return this.call(() => {
      const hits = [...this.documents.values()]
        .filter((doc) => doc.title.includes(query.text))
        .map((doc) => ({ id: doc.id, kind: doc.kind, sourceId: doc.sourceId, title: [{ text: `${this.engine}: ${doc.title}`, match: false }], snippet: [], path: doc.path, context: doc.context, date: doc.date, isExample: doc.isExample }));
      return { total: hits.length, hits, facets: { kinds: [], topics: [], municipalities: [], regions: [], municipalityKinds: [], statuses: [], hasResults: 0, adopted: 0 }, correctedQuery: null };
    });
  }
  suggest(text: string): Promise<SearchSuggestion[]> {
    return this.call(() => [{ type: 'document' as const, text: `${this.engine}: ${text}` }]);
  }
  health(): Promise<SearchHealth> {
    return this.call(() => ({ ok: true, engine: this.engine }));
  }
  clear(): Promise<void> {
    return this.call(() => this.documents.clear());
  }
}

function doc(id: string, title: string): SearchDocument {
  return {
    id, kind: 'practice', sourceId: id.split(':')[1], version: 1, title, summary: '', body: '', tags: [], path: `/praxisbeispiele/${id}`,
    context: null, topics: [], municipalities: [], regions: [], municipalityKinds: [], status: null, hasResults: false, adopted: false,
    date: '2024-01-01T00:00:00.000Z', isExample: false,
  };
}

const query: SearchQuery = { text: 'Sprach', filters: {}, sort: 'relevance', offset: 0, limit: 20 };

function setup() {
  const primary = new FakeEngine('meilisearch');
  const fallback = new FakeEngine('postgres');
  const logs: { level: number; msg: string; fallbackAnswers?: number; err?: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms) };
  const search = new FallbackSearch(primary, fallback, logger, { now: () => now });
  return { primary, fallback, logs, clock, search };
}

const titles = (result: SearchResult) => result.hits.map((hit) => hit.title[0].text);

describe('FallbackSearch', () => {
  it('reports the primary engine and answers from it while it works', async () => {
    const { primary, fallback, search, logs } = setup();
    await search.index([doc('practice:1', 'Sprachcafé')]);
    expect(search.engine).toBe('meilisearch');
    expect(titles(await search.search(query))).toEqual(['meilisearch: Sprachcafé']);
    expect(await search.suggest('Spr', 8)).toEqual([{ type: 'document', text: 'meilisearch: Spr' }]);
    expect(fallback.calls).toBe(1); // the write only
    expect(primary.calls).toBe(3);
    expect(logs).toEqual([]);
  });

  it('answers from the fallback when the primary fails, and warns once', async () => {
    const { primary, search, logs } = setup();
    await search.index([doc('practice:1', 'Sprachcafé')]);
    primary.failing = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), { name: 'MeilisearchRequestError' });
    expect(titles(await search.search(query))).toEqual(['postgres: Sprachcafé']);
    expect(await search.suggest('Spr', 8)).toEqual([{ type: 'document', text: 'postgres: Spr' }]);
    expect(titles(await search.search(query))).toEqual(['postgres: Sprachcafé']);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ level: 40, msg: 'Search: meilisearch failed, answering from postgres', err: 'MeilisearchRequestError: connect ECONNREFUSED 127.0.0.1:7700' });
  });

  it('while the primary is down, tries it again only every few seconds and warns at most once a minute', async () => {
    const { primary, search, logs, clock } = setup();
    primary.failing = new Error('timeout');
    await search.search(query);
    expect(primary.calls).toBe(1);
    for (let i = 0; i < 5; i++) await search.search(query);
    expect(primary.calls).toBe(1); // within the retry interval: straight to the fallback
    clock.advance(5_000);
    await search.search(query);
    expect(primary.calls).toBe(2);
    expect(logs).toHaveLength(1);
    clock.advance(55_000);
    await search.search(query);
    expect(primary.calls).toBe(3);
    expect(logs).toHaveLength(2);
    expect(logs[1]).toMatchObject({ level: 40, msg: 'Search: meilisearch still failing, answering from postgres', fallbackAnswers: 7 });
  });

  it('logs once when the primary answers again and goes back to it', async () => {
    const { primary, search, logs, clock } = setup();
    await search.index([doc('practice:1', 'Sprachcafé')]);
    primary.failing = new Error('down');
    await search.search(query);
    primary.failing = null;
    clock.advance(5_000);
    expect(titles(await search.search(query))).toEqual(['meilisearch: Sprachcafé']);
    expect(titles(await search.search(query))).toEqual(['meilisearch: Sprachcafé']);
    expect(logs.map((l) => [l.level, l.msg])).toEqual([
      [40, 'Search: meilisearch failed, answering from postgres'],
      [30, 'Search: meilisearch answers again'],
    ]);
  });

  it('passes the fallback’s own failure on when both fail', async () => {
    const { primary, fallback, search } = setup();
    primary.failing = new Error('meili down');
    fallback.failing = new Error('database down');
    await expect(search.search(query)).rejects.toThrow('database down');
  });

  it('writes to the fallback first and rejects when the primary fails, so the outbox retries', async () => {
    const { primary, fallback, search } = setup();
    primary.failing = new Error('meili down');
    await expect(search.index([doc('practice:1', 'Sprachcafé')])).rejects.toThrow('meili down');
    expect(fallback.documents.has('practice:1')).toBe(true);
    await expect(search.remove([{ id: 'practice:1', version: 2 }])).rejects.toThrow('meili down');
    expect(fallback.documents.has('practice:1')).toBe(false);
    await expect(search.clear()).rejects.toThrow('meili down');

    // The retry after Meilisearch is back brings it up to date.
    primary.failing = null;
    await search.index([doc('practice:2', 'Sprachtreff')]);
    expect([...primary.documents.keys()]).toEqual(['practice:2']);
  });

  it('does not write to the primary when the fallback write fails', async () => {
    const { primary, fallback, search } = setup();
    fallback.failing = new Error('database down');
    await expect(search.index([doc('practice:1', 'x')])).rejects.toThrow('database down');
    expect(primary.calls).toBe(0);
  });

  it('reports both engines in health, ok while the fallback can answer', async () => {
    const { primary, fallback, search } = setup();
    expect(await search.health()).toEqual({ ok: true, engine: 'meilisearch', detail: 'meilisearch ok; postgres ok' });
    primary.failing = new Error('connect ECONNREFUSED');
    expect(await search.health()).toEqual({
      ok: true,
      engine: 'meilisearch',
      detail: 'meilisearch down (Error: connect ECONNREFUSED); answering from postgres; postgres ok',
    });
    fallback.failing = new Error('database down');
    expect(await search.health()).toMatchObject({ ok: false, engine: 'meilisearch' });
  });
});
