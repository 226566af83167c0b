import { createHash } from 'node:crypto';
import { type SearchKind, SEARCH_LIMITS } from '@praxisforum/domain';
import { type DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../core/database/prepared.js';
import { buildTsQuery, typoCorrections, type WordInfo } from '../query/build-tsquery.js';
import { finder, highlight, snippet, type LexemeGroups } from '../query/highlight.js';
import { FOLDED_STOP_WORDS, normalizeForIndex, wordsOf } from '../query/normalize.js';
import { formatQuery, parseQuery, type ParsedQuery } from '../query/parse-query.js';
import { stemGroups, synonymWords } from '../query/synonyms.js';
import {
  type SearchDocument,
  type SearchHealth,
  type SearchHit,
  type SearchPort,
  type SearchQuery,
  type SearchResult,
  type SearchSuggestion,
} from '../search.port.js';
import { documentFacets, documentLexemes, facetsFromCounts, kindPrior, searchStatement, titleOnly } from './postgres-search-sql.js';

/**
 * The embedded search engine (default, and the fallback when Meilisearch is away): PostgreSQL
 * full text with the `german` configuration over normalised text (umlauts transliterated, accents
 * dropped), a vocabulary table for typo correction (pg_trgm), compound parts and suggestions, and
 * the shared synonym groups. Tables: migration 1764604800000-search.
 */

/** Bodies beyond this are cut before indexing: the tsvector stays narrow, snippets need no more. */
export const BODY_MAX_CHARS = 10_000;
/** Indexed words longer than this are noise (URLs, hashes) and stay out of the vocabulary. */
const TERM_MAX_LENGTH = 40;
/** Words shorter than this get no typo correction; words shorter than PARTS_MIN no compound expansion. */
const TYPO_MIN_LENGTH = 4;
const PARTS_MIN_LENGTH = 5;
/** Compound expansions per query word (the most frequent indexed words containing it). */
const PARTS_MAX = 3;
/** Prefix matching starts at this many characters: "a" would match half the index. */
const PREFIX_MIN_LENGTH = 2;
/** How long and how many vocabulary answers for known words are reused (see resolveWords). */
const KNOWN_WORDS_TTL_MS = 10_000;
const KNOWN_WORDS_MAX = 10_000;
/** Completions of the word being typed (the most frequent indexed words it begins). */
const COMPLETIONS_MAX = 4;

interface StoredRow {
  id: string;
  version: string;
  removed: boolean;
  title: string | null;
  summary: string | null;
  tags: string[] | null;
  body: string | null;
}

/** A write to apply: a document, or a removal (tombstone). */
interface Entry {
  id: string;
  version: number;
  document?: SearchDocument;
}

interface HitRow {
  id: string;
  kind: SearchKind;
  source_id: string;
  title: string;
  summary: string;
  body: string;
  path: string;
  context: string | null;
  date: string;
  is_example: boolean;
}

interface SearchRow {
  /** Sample level counted (0: all matches, exact). */
  level: number;
  counts: [string, number][];
  hits: HitRow[];
}

interface SuggestRow {
  completions: string[];
  near: { display: string; term: string; similarity: number }[];
  documents: { title: string; kind: SearchKind; path: string }[];
}

interface ResolvedRow {
  word: string;
  stem: string;
  known: boolean;
  completions: string[];
  parts: string[];
  typos: WordInfo['typos'] | null;
}

function cutBody(body: string): string {
  if (body.length <= BODY_MAX_CHARS) return body;
  const cut = body.lastIndexOf(' ', BODY_MAX_CHARS);
  return body.slice(0, cut > BODY_MAX_CHARS * 0.8 ? cut : BODY_MAX_CHARS);
}

/** The vocabulary words of a document (normalised → spelling as first seen, lower case). */
function termsOf(title: string, summary: string, tags: readonly string[], body: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const text of [title, summary, ...tags, body]) {
    for (const word of wordsOf(text)) {
      const norm = word.norm;
      if (norm.length < 2 || norm.length > TERM_MAX_LENGTH || /^\d+$/.test(norm) || FOLDED_STOP_WORDS.has(norm) || terms.has(norm)) continue;
      // The spelling to show in suggestions; a word split by folding shows its normalised part.
      const original = word.original.toLowerCase();
      terms.set(norm, wordsOf(original).length === 1 ? original : norm);
    }
  }
  return terms;
}

const isDeadlock = (error: unknown) => (error as { code?: string }).code === '40P01';

export class PostgresSearch implements SearchPort {
  readonly engine = 'postgres' as const;
  private readonly indexName: string;
  private synonyms?: Promise<string[][][]>;
  /** Vocabulary answers for known words (see resolveWords); cleared by every write of this engine. */
  private readonly knownWords = new Map<string, { info: WordInfo; until: number }>();

  constructor(
    private readonly dataSource: DataSource,
    options: { indexName?: string } = {},
  ) {
    this.indexName = options.indexName ?? 'documents';
  }

  // ── Writing ───────────────────────────────────────────────────────────────────────────────

  async index(documents: SearchDocument[]): Promise<void> {
    await this.write(documents.map((document) => ({ id: document.id, version: document.version, document })));
  }

  async remove(items: { id: string; version: number }[]): Promise<void> {
    await this.write(items.map(({ id, version }) => ({ id, version })));
  }

  async clear(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM search_document WHERE index_name = $1`, [this.indexName]);
      await tx.query(`DELETE FROM search_term WHERE index_name = $1`, [this.indexName]);
    });
  }

  /**
   * Applies documents and removals in one transaction. The highest version wins, whatever the
   * order of arrival: a stored higher version is kept, a removal leaves a tombstone with its
   * version. The vocabulary counts follow exactly (words of the stored version out, new ones in),
   * so a word of a removed document is no longer suggested.
   */
  private async write(input: Entry[]): Promise<void> {
    this.knownWords.clear();
    // One entry per id: the highest version (a removal wins a tie, as in the stored comparison).
    const byId = new Map<string, Entry>();
    for (const entry of input) {
      const seen = byId.get(entry.id);
      if (!seen || entry.version > seen.version || (entry.version === seen.version && !entry.document)) byId.set(entry.id, entry);
    }
    if (byId.size === 0) return;
    // Sorted, so concurrent writers lock rows (and vocabulary terms) in the same order.
    const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.transaction((tx) => this.writeIn(tx, entries));
        return;
      } catch (error) {
        if (!isDeadlock(error) || attempt >= 3) throw error;
      }
    }
  }

  private async writeIn(tx: EntityManager, entries: Entry[]): Promise<void> {
    const ids = entries.map((e) => e.id);
    // A row for every id first (a placeholder that this transaction overwrites), so that the
    // lock below also covers new documents: two writers of the same new id take turns.
    await tx.query(
      `INSERT INTO search_document (index_name, id, version, removed)
       SELECT $1, id, -1, true FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING`,
      [this.indexName, ids],
    );
    const stored = new Map<string, StoredRow>();
    for (const row of await tx.query<StoredRow[]>(
      `SELECT id, version, removed, title, summary, tags, body FROM search_document
       WHERE index_name = $1 AND id = ANY($2::text[]) ORDER BY id FOR UPDATE`,
      [this.indexName, ids],
    )) {
      stored.set(row.id, row);
    }

    const delta = new Map<string, { display: string; delta: number }>();
    const count = (terms: Map<string, string>, by: number) => {
      for (const [term, display] of terms) {
        const d = delta.get(term) ?? { display, delta: 0 };
        d.delta += by;
        delta.set(term, d);
      }
    };
    const documents: Record<string, unknown>[] = [];
    const removals: Entry[] = [];
    for (const entry of entries) {
      const row = stored.get(entry.id)!;
      const version = Number(row.version);
      // Equal versions: a document is refreshed, unless that version was removed.
      const newer = entry.document ? version < entry.version || (version === entry.version && !row.removed) : version <= entry.version;
      if (!newer) continue;
      if (!row.removed) count(termsOf(row.title ?? '', row.summary ?? '', row.tags ?? [], row.body ?? ''), -1);
      const doc = entry.document;
      if (!doc) {
        removals.push(entry);
        continue;
      }
      const body = cutBody(doc.body);
      const facets = documentFacets(doc);
      count(termsOf(doc.title, doc.summary, doc.tags, body), +1);
      documents.push({
        id: doc.id,
        version: doc.version,
        kind: doc.kind,
        source_id: doc.sourceId,
        title: doc.title,
        summary: doc.summary,
        tags: doc.tags,
        body,
        path: doc.path,
        context: doc.context,
        facets: facets.keys,
        facet_ends: facets.ends,
        lexemes: documentLexemes(doc.id, facets.keys),
        date: doc.date,
        is_example: doc.isExample,
        // What PostgreSQL's german configuration reads: normalised words only.
        t: normalizeForIndex(doc.title),
        s: normalizeForIndex([doc.summary, ...doc.tags].join('\n')),
        b: normalizeForIndex(body),
      });
    }

    if (documents.length) {
      await tx.query(
        `UPDATE search_document d SET
           version = r.version, removed = false, kind = r.kind, source_id = r.source_id, title = r.title,
           summary = r.summary, tags = r.tags, body = r.body, path = r.path, context = r.context,
           facets = r.facets, facet_ends = r.facet_ends, date = r.date, is_example = r.is_example,
           tsv = setweight(to_tsvector('german', r.t), 'A') || setweight(to_tsvector('german', r.s), 'B')
              || setweight(to_tsvector('german', r.b), 'C') || array_to_tsvector(r.lexemes),
           head_tsv = setweight(to_tsvector('german', r.t), 'A') || setweight(to_tsvector('german', r.s), 'B')
              || array_to_tsvector(r.lexemes)
         FROM jsonb_to_recordset($2::jsonb) AS r(
           id text, version bigint, kind text, source_id text, title text, summary text, tags text[], body text,
           path text, context text, facets text[], facet_ends smallint[], lexemes text[], date timestamptz, is_example boolean, t text, s text, b text)
         WHERE d.index_name = $1 AND d.id = r.id`,
        [this.indexName, JSON.stringify(documents)],
      );
    }
    if (removals.length) {
      await tx.query(
        `UPDATE search_document d SET version = r.version, removed = true, kind = NULL, source_id = NULL,
           title = NULL, summary = NULL, tags = NULL, body = NULL, path = NULL, context = NULL, facets = '{}', facet_ends = '{}',
           date = NULL, is_example = false, tsv = NULL, head_tsv = NULL
         FROM unnest($2::text[], $3::bigint[]) AS r(id, version)
         WHERE d.index_name = $1 AND d.id = r.id`,
        [this.indexName, removals.map((r) => r.id), removals.map((r) => r.version)],
      );
    }

    const changes = [...delta].filter(([, d]) => d.delta !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (changes.length) {
      // Stop words (no lexeme) stay out of the vocabulary, both ways.
      await tx.query(
        `INSERT INTO search_term (index_name, term, lexeme, display, doc_count)
         SELECT $1, v.term, v.lexeme, v.display, v.delta FROM (
           SELECT t.term, t.display, t.delta, coalesce((tsvector_to_array(to_tsvector('german', t.term)))[1], '') AS lexeme, t.n
           FROM unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS t(term, display, delta, n)
         ) v WHERE v.lexeme <> '' ORDER BY v.n
         ON CONFLICT (index_name, term) DO UPDATE SET doc_count = search_term.doc_count + EXCLUDED.doc_count`,
        [this.indexName, changes.map(([t]) => t), changes.map(([, d]) => d.display), changes.map(([, d]) => d.delta)],
      );
      const decreased = changes.filter(([, d]) => d.delta < 0).map(([t]) => t);
      if (decreased.length) {
        await tx.query(`DELETE FROM search_term WHERE index_name = $1 AND term = ANY($2::text[]) AND doc_count <= 0`, [this.indexName, decreased]);
      }
    }
  }

  // ── Reading ───────────────────────────────────────────────────────────────────────────────

  /**
   * A read as a named prepared statement (one name per statement text: the shape of a search
   * depends on its filters and sort, never on values), so PostgreSQL parses and plans each shape
   * once per connection. The plans hold up whatever the values: every scan that could grow with
   * the index is bounded by a sample level or a limit in the statement itself.
   */
  private prepared<T>(text: string, params: unknown[]): Promise<T[]> {
    return preparedQuery<T>(this.dataSource, `pgsearch_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text, params);
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.dataSource.query(`SELECT 1 FROM search_document WHERE index_name = $1 LIMIT 1`, [this.indexName]);
      return { ok: true, engine: this.engine };
    } catch (error) {
      return { ok: false, engine: this.engine, detail: (error as Error).message };
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const parsed = parseQuery(query.text);
    const built = await this.build(parsed);
    const beyond = query.offset >= SEARCH_LIMITS.maxResultWindow;
    const run = async (match: string) => {
      const statement = searchStatement({
        indexName: this.indexName,
        match,
        positive: built.positive,
        rankMain: built.rankMain,
        rankAll: built.rankAll,
        query: { ...query, limit: beyond ? 0 : Math.min(query.limit, SEARCH_LIMITS.maxResultWindow - query.offset) },
      });
      const [result] = await this.prepared<SearchRow>(statement.text, statement.params);
      return result;
    };
    let row = await run(built.match);
    // Nothing has every word: answer with what has some of them, most matched words first (the
    // ranking counts them), rather than an empty page.
    if (built.matchAny && facetsFromCounts(row.counts, row.level, query).total === 0) row = await run(built.matchAny);
    const { total, facets } = facetsFromCounts(row.counts, row.level, query);
    const find = finder(built.groups);
    return {
      total,
      hits: row.hits.map((hit) => this.toHit(hit, built.groups, find)),
      facets,
      correctedQuery: built.corrections.size ? formatQuery(parsed, (w) => built.corrections.get(w.norm)) : null,
    };
  }

  private toHit(row: HitRow, groups: LexemeGroups, find: RegExp | undefined): SearchHit {
    return {
      id: row.id,
      kind: row.kind,
      sourceId: row.source_id,
      title: highlight(row.title, groups),
      snippet: snippet(row.summary ?? '', row.body ?? '', groups, 30, find),
      path: row.path,
      context: row.context,
      date: new Date(row.date).toISOString(),
      isExample: row.is_example,
    };
  }

  /**
   * Completions of the word being typed from the vocabulary (most frequent first; the nearest
   * words when nothing completes it, so typos are forgiven), and the best matching titles.
   */
  async suggest(text: string, limit: number): Promise<SearchSuggestion[]> {
    const parsed = parseQuery(text);
    const last = parsed.clauses.at(-1)?.alternatives.at(-1);
    if (!last || limit <= 0) return [];
    const built = await this.build(parsed);
    const lastWord = last.prefix && !last.negated ? last.words.at(-1) : undefined;
    const [row] = await this.prepared<SuggestRow>(
      `SELECT
         (SELECT coalesce(json_agg(c.display), '[]') FROM (
            SELECT display FROM search_term WHERE $2::text <> '' AND index_name = $1 AND term LIKE $2 || '%'
            ORDER BY doc_count DESC, term LIMIT $4) c) AS completions,
         -- Near words only when nothing completes the word (a typo).
         CASE WHEN $2::text <> '' AND NOT EXISTS (SELECT 1 FROM search_term WHERE index_name = $1 AND term LIKE $2 || '%') THEN
           (SELECT coalesce(json_agg(json_build_object('display', c.display, 'term', c.term, 'similarity', c.similarity)), '[]') FROM (
              SELECT display, term, similarity(term, $2) AS similarity FROM search_term WHERE index_name = $1 AND term % $2
              ORDER BY similarity DESC, doc_count DESC LIMIT $4) c) ELSE '[]' END AS near,
         (SELECT coalesce(json_agg(json_build_object('title', x.title, 'kind', x.kind, 'path', x.path)
                 ORDER BY x.score DESC, x.date DESC), '[]') FROM (
            SELECT * FROM (
              -- One suggestion per title.
              SELECT DISTINCT ON (lower(d.title)) d.title, d.kind, d.path, d.date,
                     (ts_rank(d.head_tsv, $6::tsquery) + 0.3 * ts_rank(d.head_tsv, $7::tsquery)) * ${kindPrior('d')} AS score
              -- Any 200 title matches: ordering them by date would invite a walk along the date index.
              FROM (SELECT id FROM search_document WHERE $5 AND index_name = $1 AND NOT removed
                      AND head_tsv @@ $3::tsquery LIMIT 200) c
              JOIN search_document d ON d.index_name = $1 AND d.id = c.id
              ORDER BY lower(d.title), score DESC) y
            ORDER BY y.score DESC, y.date DESC LIMIT $4) x) AS documents`,
      // Titles only (the match restricted to weight A of the head tsvector), and no replies: their
      // title is their thread's, and the thread is the better place to go.
      [
        this.indexName,
        lastWord?.norm ?? '',
        built.positive ? `${titleOnly(built.match)} & !'#k=post'` : '',
        limit,
        built.positive,
        titleOnly(built.rankMain || built.rankAll || "'#doc'"),
        titleOnly(built.rankAll || "'#doc'"),
      ],
    );

    // The words before the one being typed, as typed (typos corrected): completions continue them.
    const head = formatQuery(
      { clauses: parsed.clauses.map((c, i) => (i < parsed.clauses.length - 1 ? c : { alternatives: c.alternatives.slice(0, -1) })).filter((c) => c.alternatives.length) },
      (w) => built.corrections.get(w.norm),
    );
    // Near words (a typo in the word being typed) as the typo correction takes them.
    const near = typoCorrections(lastWord?.norm ?? '', row.near).map((n) => n.display);
    const completions = (row.completions.length ? row.completions : near).map((word) => (head ? `${head} ${word}` : word));
    const documents: SearchSuggestion[] = row.documents.map((d) => ({ type: 'document', text: d.title, kind: d.kind, path: d.path }));
    const queries: SearchSuggestion[] = [...new Set(completions)].map((q) => ({ type: 'query', text: q }));
    // Half the list for each, the rest to whichever has more.
    const queryCount = Math.min(queries.length, Math.max(Math.ceil(limit / 2), limit - documents.length));
    return [...queries.slice(0, queryCount), ...documents.slice(0, limit - queryCount)];
  }

  /** The tsquery for a parsed query: one round trip asks the vocabulary about every word. */
  private async build(parsed: ParsedQuery) {
    const info = parsed.clauses.length ? await this.resolveWords(parsed) : new Map<string, WordInfo>();
    const none: WordInfo = { stem: '', known: false, completions: [], parts: [], typos: [] };
    return buildTsQuery(parsed, (word) => info.get(word) ?? none, parsed.clauses.length ? await this.synonymGroups() : []);
  }

  /**
   * For every query word: its stem, whether the vocabulary knows it, whether it completes to an
   * indexed word (the word being typed), which compounds contain it, and — only when none of
   * that matched — its nearest indexed words by trigram similarity.
   */
  private async resolveWords(parsed: ParsedQuery): Promise<Map<string, WordInfo>> {
    const requests = new Map<string, { prefix: boolean; expand: boolean }>();
    for (const clause of parsed.clauses) {
      for (const alternative of clause.alternatives) {
        alternative.words.forEach((word, i) => {
          const request = requests.get(word.norm) ?? { prefix: false, expand: false };
          const plain = !alternative.negated && !alternative.phrase;
          request.expand ||= plain;
          request.prefix ||= plain && alternative.prefix && i === alternative.words.length - 1 && word.norm.length >= PREFIX_MIN_LENGTH;
          requests.set(word.norm, request);
        });
      }
    }
    const result = new Map<string, WordInfo>();
    const now = Date.now();
    const keyOf = (word: string) => `${word}|${Number(requests.get(word)!.prefix)}${Number(requests.get(word)!.expand)}`;
    for (const word of requests.keys()) {
      const cached = this.knownWords.get(keyOf(word));
      if (cached && cached.until > now) result.set(word, cached.info);
    }
    const words = [...requests.keys()].filter((word) => !result.has(word));
    if (words.length === 0) return result;
    const rows = await this.prepared<ResolvedRow>(
      `SELECT w.word, s.stem, k.known, c.completions, p.parts, y.typos
       FROM unnest($2::text[], $3::boolean[], $4::boolean[], $5::boolean[]) AS w(word, prefix, parts, typo)
       CROSS JOIN LATERAL (SELECT coalesce((tsvector_to_array(to_tsvector('german', w.word)))[1], '') AS stem) s
       CROSS JOIN LATERAL (SELECT s.stem <> '' AND EXISTS (
         SELECT 1 FROM search_term t WHERE t.index_name = $1 AND t.lexeme = s.stem) AS known) k
       -- Completions by the written word, not its stem: the stem of a whole word can be shorter than
       -- what was typed ("ehrenamtliche" → "ehrenamt", typed "ehrenamtl"). Prefix ranges as >= and <
       -- (terms are [a-z0-9], '{' sorts after them), so the primary key answers them.
       CROSS JOIN LATERAL (SELECT CASE WHEN w.prefix AND s.stem <> '' THEN ARRAY(
         SELECT t.lexeme FROM search_term t WHERE t.index_name = $1 AND t.term >= w.word AND t.term < w.word || '{'
         GROUP BY t.lexeme ORDER BY sum(t.doc_count) DESC, t.lexeme LIMIT ${COMPLETIONS_MAX}) ELSE '{}' END AS completions) c
       CROSS JOIN LATERAL (SELECT CASE WHEN w.parts AND s.stem <> '' THEN ARRAY(
         SELECT t.lexeme FROM search_term t
         WHERE t.index_name = $1 AND t.term LIKE '%' || w.word || '%' AND t.lexeme <> s.stem AND NOT (w.prefix AND t.lexeme LIKE s.stem || '%')
         GROUP BY t.lexeme ORDER BY sum(t.doc_count) DESC, t.lexeme LIMIT ${PARTS_MAX}) ELSE '{}' END AS parts) p
       CROSS JOIN LATERAL (SELECT CASE WHEN w.typo AND s.stem <> '' AND NOT k.known AND cardinality(c.completions) = 0 AND cardinality(p.parts) = 0 THEN (
         SELECT coalesce(json_agg(json_build_object('lexeme', x.lexeme, 'display', x.display, 'term', x.term, 'similarity', x.similarity)), '[]')
         FROM (SELECT t.lexeme, t.display, t.term, similarity(t.term, w.word) AS similarity FROM search_term t
               WHERE t.index_name = $1 AND t.term % w.word ORDER BY similarity DESC, t.doc_count DESC LIMIT 5) x
       ) END AS typos) y`,
      [
        this.indexName,
        words,
        words.map((w) => requests.get(w)!.prefix),
        words.map((w) => requests.get(w)!.expand && w.length >= PARTS_MIN_LENGTH),
        words.map((w) => requests.get(w)!.expand && w.length >= TYPO_MIN_LENGTH),
      ],
    );
    if (this.knownWords.size > KNOWN_WORDS_MAX) this.knownWords.clear();
    for (const r of rows) {
      const info: WordInfo = { stem: r.stem, known: r.known, completions: r.completions, parts: r.parts, typos: r.typos ?? [] };
      result.set(r.word, info);
      // Only known words are kept: a new document can make an unknown word known at any moment
      // (it must then be found at once), while for a known word it can at most add a compound or
      // completion, which may wait a few seconds.
      if (info.known) this.knownWords.set(keyOf(r.word), { info, until: now + KNOWN_WORDS_TTL_MS });
    }
    return result;
  }

  /** The synonym groups as lexemes, stemmed by PostgreSQL once per engine. */
  private synonymGroups(): Promise<string[][][]> {
    this.synonyms ??= (async () => {
      const words = synonymWords();
      const rows = await this.dataSource.query<{ w: string; stem: string }[]>(
        `SELECT w, coalesce((tsvector_to_array(to_tsvector('german', w)))[1], '') AS stem FROM unnest($1::text[]) AS w`,
        [words],
      );
      const stems = new Map(rows.map((r) => [r.w, r.stem]));
      return stemGroups((word) => stems.get(word) ?? '');
    })().catch((error: unknown) => {
      this.synonyms = undefined;
      throw error;
    });
    return this.synonyms;
  }
}
