import { type SearchFilters, type SearchQuery } from '../search.port.js';

/**
 * The SQL of one search: hits, total and disjunctive facet counts in a single statement.
 *
 * Facets are disjunctive: each facet counts the documents that match the query and every filter
 * except its own, so ticking a second topic never makes the first one's count shrink. All facets
 * come from one materialised match set `m` (query + date range, and rows that fail at most one
 * filter: a row failing two filters counts nowhere).
 */

type FacetKey = 'kinds' | 'topics' | 'municipalities' | 'regions' | 'municipalityKinds' | 'statuses' | 'hasResults' | 'adopted';

/** Facet → column, and whether the column is an array (counted per element). */
const FACETS: Record<Exclude<FacetKey, 'hasResults' | 'adopted'>, { column: string; array: boolean }> = {
  kinds: { column: 'kind', array: false },
  topics: { column: 'topics', array: true },
  municipalities: { column: 'municipalities', array: true },
  regions: { column: 'regions', array: true },
  municipalityKinds: { column: 'municipality_kinds', array: true },
  statuses: { column: 'status', array: false },
};

/** Values per facet in an answer: the most frequent, plus every selected one. */
export const FACET_VALUES_MAX = 100;
/** Relevance ranks only this many candidates (title matches and newest matches), never every match. */
export const RANK_CANDIDATES = 200;
/**
 * Practices are what people come for; a reply repeats its thread. Among equally good matches the
 * kinds are ordered by these factors.
 */
export const KIND_PRIOR_SQL = `CASE d.kind WHEN 'practice' THEN 1.0 WHEN 'municipality' THEN 1.0 WHEN 'thread' THEN 0.9 ELSE 0.75 END`;
/** ts_rank weights for D, C, B, A: title A counts five times a body C match. */
const WEIGHTS = `'{0.1, 0.2, 0.4, 1.0}'`;

export interface Statement {
  text: string;
  params: unknown[];
}

export interface SearchSqlInput {
  indexName: string;
  /** tsquery text (may be ''). */
  match: string;
  exclude: string;
  rankMain: string;
  rankAll: string;
  query: SearchQuery;
}

interface Condition {
  key: FacetKey;
  sql: string;
}

/** Active filters as SQL conditions on unqualified columns (used on `m` and on the table). */
function filterConditions(filters: SearchFilters, param: (value: unknown) => string): Condition[] {
  const conditions: Condition[] = [];
  const list = (key: FacetKey, values: string[] | undefined) => {
    if (!values?.length) return; // an empty list is no filter, as an untouched checkbox group
    const { column, array } = FACETS[key as keyof typeof FACETS];
    conditions.push({ key, sql: array ? `${column} && ${param(values)}::text[]` : `${column} = ANY(${param(values)}::text[])` });
  };
  list('kinds', filters.kinds);
  list('topics', filters.topics);
  list('municipalities', filters.municipalities);
  list('regions', filters.regions);
  list('municipalityKinds', filters.municipalityKinds);
  list('statuses', filters.statuses);
  if (filters.hasResults !== undefined) conditions.push({ key: 'hasResults', sql: `has_results = ${param(filters.hasResults)}` });
  if (filters.adopted !== undefined) conditions.push({ key: 'adopted', sql: `adopted = ${param(filters.adopted)}` });
  return conditions;
}

const and = (parts: string[]) => (parts.length ? parts.join(' AND ') : 'true');

export function searchStatement(input: SearchSqlInput): Statement {
  const params: unknown[] = [input.indexName];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { filters, sort, offset, limit } = input.query;

  // What every counted document satisfies: the index, the query, the date range.
  const base = ['index_name = $1', 'NOT removed'];
  const match = input.match ? param(input.match) : undefined;
  if (match) base.push(`tsv @@ ${match}::tsquery`);
  if (input.exclude) base.push(`NOT (tsv @@ ${param(input.exclude)}::tsquery)`);
  if (filters.from) base.push(`date >= ${param(filters.from.toISOString())}::timestamptz`);
  if (filters.to) base.push(`date <= ${param(filters.to.toISOString())}::timestamptz`);

  const conditions = filterConditions(filters, param);
  const allFilters = and(conditions.map((c) => c.sql));
  const allBut = (key: FacetKey) => and(conditions.filter((c) => c.key !== key).map((c) => c.sql));
  // Rows that fail two filters count in no facet: leave them out of `m` early.
  const nearly =
    conditions.length >= 2 ? [`(${conditions.map((c) => `coalesce(${c.sql}, false)::int`).join(' + ')}) >= ${conditions.length - 1}`] : [];

  const selected = (key: FacetKey): string[] => {
    const value = { kinds: filters.kinds, topics: filters.topics, municipalities: filters.municipalities, regions: filters.regions, municipalityKinds: filters.municipalityKinds, statuses: filters.statuses }[key as keyof typeof FACETS];
    return value ?? [];
  };
  const facet = (key: keyof typeof FACETS) => {
    const { column, array } = FACETS[key];
    const from = array ? `m, unnest(m.${column}) AS v` : `(SELECT ${column} AS v FROM m WHERE ${column} IS NOT NULL AND ${allBut(key)}) m0`;
    const where = array ? `WHERE ${allBut(key)}` : '';
    return `(SELECT coalesce(json_agg(json_build_array(f.v, f.n) ORDER BY f.n DESC, f.v), '[]') FROM (
        SELECT v, count(*) AS n FROM ${from} ${where} GROUP BY v
        ORDER BY v = ANY(${param(selected(key))}::text[]) DESC, count(*) DESC, v LIMIT ${FACET_VALUES_MAX}) f) AS "${key}"`;
  };

  const window = `LIMIT ${param(limit)} OFFSET ${param(offset)}`;
  const hitColumns = `d.id, d.kind, d.source_id, d.title, d.summary, d.body, d.path, d.context, d.date, d.is_example`;
  let hits: string;
  if (sort === 'relevance' && match) {
    // Ranking every match is what made naive ts_rank slow: rank only a bounded candidate set,
    // the newest title matches and the newest matches (at least as many as the page needs).
    const candidates = param(Math.max(RANK_CANDIDATES, offset + limit));
    const rankMain = input.rankMain ? `ts_rank(${WEIGHTS}, d.tsv, ${param(input.rankMain)}::tsquery, 1)` : '0';
    const rankAll = input.rankAll ? `ts_rank(${WEIGHTS}, d.tsv, ${param(input.rankAll)}::tsquery, 1)` : '0';
    hits = `
      SELECT ${hitColumns}, (${rankMain} + 0.3 * ${rankAll}) * ${KIND_PRIOR_SQL} AS score
      FROM (
        (SELECT id FROM search_document WHERE ${and(base)} AND ${allFilters} AND title_tsv @@ ${match}::tsquery ORDER BY date DESC LIMIT ${candidates})
        UNION
        (SELECT id FROM search_document WHERE ${and(base)} AND ${allFilters} ORDER BY date DESC LIMIT ${candidates})
      ) c JOIN search_document d ON d.index_name = $1 AND d.id = c.id
      ORDER BY score DESC, d.date DESC, d.id ${window}`;
  } else {
    hits = `SELECT ${hitColumns}, 0 AS score FROM search_document d WHERE ${and(base)} AND ${allFilters} ORDER BY d.date DESC, d.id ${window}`;
  }

  const text = `
    WITH m AS MATERIALIZED (
      SELECT id, kind, topics, municipalities, regions, municipality_kinds, status, has_results, adopted
      FROM search_document WHERE ${and([...base, ...nearly])}
    )
    SELECT
      (SELECT count(*) FROM m WHERE ${allFilters})::int AS total,
      ${(Object.keys(FACETS) as (keyof typeof FACETS)[]).map(facet).join(',\n      ')},
      (SELECT count(*) FROM m WHERE has_results AND ${allBut('hasResults')})::int AS "hasResults",
      (SELECT count(*) FROM m WHERE adopted AND ${allBut('adopted')})::int AS adopted,
      (SELECT coalesce(json_agg(h ORDER BY h.score DESC, h.date DESC, h.id), '[]') FROM (${hits}) h) AS hits`;
  return { text, params };
}
