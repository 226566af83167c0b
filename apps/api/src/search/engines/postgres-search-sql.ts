import { type FacetValue, facetsFrom, type FlagFacet, type ListFacet, type SearchDocument, type SearchFacets, type SearchQuery } from '../search.port.js';

/**
 * The SQL of one search — hits, total and disjunctive facet counts in a single statement — and the
 * facet keys documents carry for it.
 *
 * Filters. Every document has facet keys ('*', 'k=practice', 't=sprache', …) in an array column
 * and the same keys as lexemes in its tsvector ('#doc', '#k=practice', …), so a filter is part of
 * the tsquery and the one GIN index answers words and filters together.
 *
 * Facets are disjunctive: each facet counts the documents that match the query and every filter
 * except its own, so ticking a second topic never makes the first one's count shrink. One pass
 * counts them all: a document that passes every filter counts all its keys, one that fails exactly
 * one filter counts only the keys of that facet (a slice of its key array), and the tsquery never
 * reads documents that fail two.
 *
 * Counting costs about a microsecond per matching document, so a query matching 100,000 documents
 * cannot be counted exactly within the latency target. Every document belongs to nested samples by
 * a hash of its id: level j holds 1/2^j of all documents (lexeme '#s<j>', j = 1 … 8). The
 * statement first reads the matches in level 8 (1/256): if there are few (under about 600
 * matches in all) everything is counted exactly; otherwise the smallest level that still holds
 * SAMPLE_TARGET matches is counted and the counts are scaled by 2^j. Totals and facet counts of
 * broad queries are therefore estimates (a few per cent for frequent values, rare values are
 * noisier); narrow queries are exact.
 *
 * Hits. Newest first comes from the counted matches when they are all of them, else from the date
 * index (the matches are many then, so the newest come soon). Relevance never runs ts_rank over
 * the big tsvector of every match (what made naive ranking slow): it ranks by where the words
 * stand — title, then summary and tags, then body — with ts_rank over the small head tsvector
 * (title A, summary and tags B), then by kind and date.
 */

/** Characters of a body sent along with a hit, for its snippet. */
const SNIPPET_BODY_CHARS = 6000;
/** Nested sample levels: level j holds 1/2^j of the documents. */
export const SAMPLE_LEVELS = 8;
/** Documents to count at least when estimating (at most twice as many). */
const SAMPLE_TARGET = 300;
/** Values per facet in an answer: the most frequent, plus every selected one. */
export const FACET_VALUES_MAX = 100;
/** Relevance candidates: the best counted matches by tier, and as many title matches when sampled (more for deep pages). */
export const RANK_CANDIDATES = 60;
/**
 * Practices are what people come for; a reply repeats its thread. Among equally good matches the
 * kinds are ordered by these factors.
 */
const KIND_PRIOR: Record<string, number> = { practice: 1.0, municipality: 1.0, thread: 0.9, post: 0.75 };
/** ts_rank weights for D, C, B, A: a title (A) match counts two and a half times a summary or tag (B) match. */
const WEIGHTS = `'{0.1, 0.2, 0.4, 1.0}'`;

type FacetGroup = ListFacet | FlagFacet;
/** Key prefixes, in the order the groups are stored in a document's key array (after '*'). */
const GROUPS: [FacetGroup, string][] = [
  ['kinds', 'k='],
  ['topics', 't='],
  ['municipalities', 'm='],
  ['regions', 'r='],
  ['municipalityKinds', 'mk='],
  ['statuses', 's='],
  ['hasResults', 'hr'],
  ['adopted', 'ad'],
];
const PREFIX = Object.fromEntries(GROUPS) as Record<FacetGroup, string>;

/** A facet key; values are slugs and enum values, anything else is dropped so keys stay plain. */
export function facetKey(facet: ListFacet, value: string): string {
  return `${PREFIX[facet]}${value.toLowerCase().replace(/[^a-z0-9_-]/g, '')}`;
}

/**
 * The facet keys of a document, grouped in GROUPS order after '*', and where each group ends
 * (1-based, as SQL arrays count: group g of GROUPS is keys[ends[g] + 1 : ends[g + 1]]).
 */
export function documentFacets(doc: SearchDocument): { keys: string[]; ends: number[] } {
  const groups: Record<FacetGroup, string[]> = {
    kinds: [facetKey('kinds', doc.kind)],
    topics: doc.topics.map((v) => facetKey('topics', v)),
    municipalities: doc.municipalities.map((v) => facetKey('municipalities', v)),
    regions: doc.regions.map((v) => facetKey('regions', v)),
    municipalityKinds: doc.municipalityKinds.map((v) => facetKey('municipalityKinds', v)),
    statuses: doc.status ? [facetKey('statuses', doc.status)] : [],
    hasResults: doc.hasResults ? ['hr'] : [],
    adopted: doc.adopted ? ['ad'] : [],
  };
  const keys = ['*'];
  const ends = [1];
  for (const [group] of GROUPS) {
    keys.push(...new Set(groups[group]));
    ends.push(keys.length);
  }
  return { keys, ends };
}

/** Facet keys as lexemes ('*' → '#doc', 'k=post' → '#k=post'). */
export function facetLexemes(keys: string[]): string[] {
  return keys.map((key) => (key === '*' ? '#doc' : `#${key}`));
}

/** The lexemes a document adds to its tsvector: its facet keys and the sample levels it is in. */
export function documentLexemes(id: string, keys: string[]): string[] {
  // FNV-1a with murmur3's final mix: cheap, stable across processes, spreads ids evenly over
  // 256 buckets (the low bits of plain FNV-1a follow the ids' common prefixes more).
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  const bucket = (hash >>> 0) % 2 ** SAMPLE_LEVELS;
  const levels: string[] = [];
  for (let j = 1; j <= SAMPLE_LEVELS; j++) if (bucket < 2 ** (SAMPLE_LEVELS - j)) levels.push(`#s${j}`);
  return [...facetLexemes(keys), ...levels];
}

export interface Statement {
  text: string;
  params: unknown[];
}

export interface SearchSqlInput {
  indexName: string;
  /** tsquery text of the words (may be ''). */
  match: string;
  /** The match has positive terms (else it only excludes, or is empty). */
  positive: boolean;
  /** See BuiltQuery. */
  rankMain: string;
  rankAll: string;
  query: SearchQuery;
}

interface Filter {
  /** 1-based position of the facet's group in GROUPS: its keys count when only this filter fails. */
  group: number;
  /** tsquery piece. */
  tsquery: string;
  /** The same condition on the key array (placeholders already in). */
  sql: string;
}

/** A facet key as a tsquery lexeme; keys contain only [a-z0-9_=-], so quoting is plain. */
const lexeme = (key: string) => `'#${key}'`;

function filtersOf(query: SearchQuery, param: (value: unknown) => string): Filter[] {
  const filters: Filter[] = [];
  GROUPS.forEach(([facet, prefix], index) => {
    const group = index + 1;
    if (facet === 'hasResults' || facet === 'adopted') {
      const value = query.filters[facet];
      if (value === undefined) return;
      filters.push({ group, tsquery: value ? lexeme(prefix) : `!${lexeme(prefix)}`, sql: `${value ? '' : 'NOT '}facets && '{${prefix}}'::text[]` });
      return;
    }
    const values = query.filters[facet];
    if (!values?.length) return; // an empty list is no filter, like an untouched checkbox group
    const keys = [...new Set(values.map((v) => facetKey(facet, v)))];
    filters.push({ group, tsquery: `( ${keys.map(lexeme).join(' | ')} )`, sql: `facets && ${param(keys)}::text[]` });
  });
  return filters;
}

/** The kind prior of the documents of `alias` (see KIND_PRIOR). */
export const kindPrior = (alias: string) =>
  `CASE ${alias}.kind ${Object.entries(KIND_PRIOR).map(([kind, factor]) => `WHEN '${kind}' THEN ${factor}`).join(' ')} ELSE 1 END`;

/** A tsquery that matches title words only (weight A): every quoted lexeme gets ':A'. */
export function titleOnly(tsquery: string): string {
  return tsquery.replace(/'([a-z0-9]+)'/g, "'$1':A");
}

export function searchStatement(input: SearchSqlInput): Statement {
  const params: unknown[] = [input.indexName];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { filters: f, sort, offset, limit } = input.query;
  const filters = filtersOf(input.query, param);
  // Without words to find: every document ('#doc'), minus any exclusions.
  const words = input.positive ? `( ${input.match} )` : input.match ? `'#doc' & ${input.match}` : `'#doc'`;
  // Hits and total need every filter; facet counting every filter but (at most) one.
  const strict = [words, ...filters.map((x) => x.tsquery)].join(' & ');
  const nearly =
    filters.length < 2
      ? words
      : `${words} & ( ${filters.map((_, skip) => `( ${filters.filter((__, i) => i !== skip).map((x) => x.tsquery).join(' & ')} )`).join(' | ')} )`;
  const nearlyParam = param(nearly);
  const heap = ['index_name = $1', 'NOT removed'];
  if (f.from) heap.push(`date >= ${param(f.from.toISOString())}::timestamptz`);
  if (f.to) heap.push(`date <= ${param(f.to.toISOString())}::timestamptz`);
  const where = heap.join(' AND ');
  const passAll = filters.length ? filters.map((x) => `(${x.sql})`).join(' AND ') : 'true';
  // Keys a counted document contributes: all, or those of the one facet whose filter it fails.
  const keys = filters.length
    ? `CASE WHEN ${passAll} THEN facets ${filters
        .map((x) => `WHEN NOT (${x.sql}) THEN facets[facet_ends[${x.group}] + 1 : facet_ends[${x.group + 1}]]`)
        .join(' ')} END`
    : 'facets';
  const exact = '(SELECT level FROM plan) = 0';
  const relevance = sort === 'relevance' && input.positive;
  // Relevance in two steps. A cheap tier for every counted match: a query word in title, summary
  // or tags (1) or in the body only (0), tested on the small, inline head tsvector. Then for the
  // best candidates by tier and date: ts_rank over the head tsvector (title A counts more than
  // summary and tags B; words as typed count again over expansions), times the kind prior.
  const rankAll = relevance ? param(input.rankAll) : '';
  const tier = relevance ? `(head_tsv @@ ${rankAll}::tsquery)::int` : '0';
  // The body only as far as a snippet looks (highlight.ts reads at most 800 words).
  const hitColumns = `d.id, d.kind, d.source_id, d.title, d.summary, left(d.body, ${SNIPPET_BODY_CHARS}) AS body, d.path, d.context, d.date, d.is_example`;
  let hits: string;
  if (relevance) {
    // When a sample was counted, its best documents need not be the best overall: add documents
    // other than replies (a reply's title is its thread's) that have the whole query in their
    // title, summary or tags, from a sample 4 times larger (all of them for mid-sized results).
    // The head tsvector has the facet and sample lexemes too, so its small index answers this;
    // bounded by the sample, no estimate of the planner can turn it into a walk over the index.
    // (A head match is a match, unless the query excludes words: then the body is checked too.)
    const pool = param(Math.max(RANK_CANDIDATES, offset + limit));
    hits = `
      SELECT ${hitColumns}, c.score FROM (
        SELECT id, date, kind, CASE WHEN tier = 0 THEN 0 ELSE ts_rank(${WEIGHTS}, head_tsv, ${rankAll}::tsquery)
          + ts_rank(${WEIGHTS}, head_tsv, ${param(input.rankMain || input.rankAll)}::tsquery) END * ${kindPrior('x')} AS score
        FROM (
          SELECT * FROM (
            SELECT DISTINCT ON (id) id, date, kind, head_tsv, tier FROM (
              SELECT id, date, kind, head_tsv, tier FROM flagged WHERE hit
              UNION ALL
              SELECT id, date, kind, head_tsv, ${tier} FROM search_document
              -- Only when the sample has few title matches itself (then any of them is as good).
              WHERE ${where} AND NOT ${exact} AND (SELECT count(*) FROM flagged WHERE tier = 1) < ${pool}
                AND head_tsv @@ (${param(strict)}::tsquery && (
                SELECT CASE WHEN level > 2 THEN format('!''#k=post'' & ''#s%s''', level - 2) ELSE '!''#k=post''' END::tsquery FROM plan))
                ${input.match.includes('!') ? `AND tsv @@ ${param(strict)}::tsquery` : ''}
              UNION ALL
              -- A page deeper than the counted matches reach: fill with the newest matches.
              SELECT id, date, kind, head_tsv, ${tier} FROM (
                SELECT id, date, kind, head_tsv FROM search_document
                WHERE ${where} ${filters.map((x) => `AND ${x.sql}`).join(' ')} AND NOT ${exact}
                  AND (SELECT count(*) FROM flagged WHERE hit) < ${param(offset + limit)} AND tsv @@ ${param(strict)}::tsquery
                ORDER BY date DESC LIMIT ${param(offset + limit)}) fill
            ) a ORDER BY id, tier DESC
          ) u ORDER BY tier DESC, date DESC, id LIMIT ${pool}
        ) x ORDER BY score DESC, date DESC, id LIMIT ${param(limit)} OFFSET ${param(offset)}
      ) c JOIN search_document d ON d.index_name = $1 AND d.id = c.id`;
  } else {
    // Newest first: from the counted matches when they are all of them, else along the date index
    // (the matches are many then, so the newest come soon). The cheap key-array conditions first:
    // the tsvector is only read for rows that pass them.
    const count = param(offset + limit);
    hits = `
      SELECT ${hitColumns}, 0 AS score FROM (
        SELECT id, date FROM (
          (SELECT id, date FROM flagged WHERE hit AND ${exact} ORDER BY date DESC, id LIMIT ${count})
          UNION ALL
          (SELECT id, date FROM search_document WHERE ${where} ${filters.map((x) => `AND ${x.sql}`).join(' ')}
             AND tsv @@ ${param(strict)}::tsquery AND NOT ${exact} ORDER BY date DESC, id LIMIT ${count})
        ) n ORDER BY date DESC, id LIMIT ${param(limit)} OFFSET ${param(offset)}
      ) c JOIN search_document d ON d.index_name = $1 AND d.id = c.id`;
  }

  const text = `
    WITH probe AS MATERIALIZED (
      SELECT id, date, kind, facets, facet_ends, head_tsv FROM search_document
      WHERE ${where} AND tsv @@ (${nearlyParam}::tsquery && '''#s${SAMPLE_LEVELS}'''::tsquery)
    ), plan AS (
      -- The sample level to count: 0 (all matches, exact) when level ${SAMPLE_LEVELS} holds few.
      SELECT CASE WHEN n = 0 THEN 0 ELSE greatest(0, least(${SAMPLE_LEVELS}, floor(log(2, n * ${2 ** SAMPLE_LEVELS}.0 / ${SAMPLE_TARGET}))))::int END AS level
      FROM (SELECT count(*) AS n FROM probe) p
    ), flagged AS MATERIALIZED (
      SELECT id, date, kind, head_tsv, hit, CASE WHEN hit THEN ${tier} ELSE 0 END AS tier, keys FROM (
        SELECT id, date, kind, head_tsv, ${passAll} AS hit, ${keys} AS keys FROM (
          SELECT * FROM probe
          UNION ALL
          -- The rest of the level (the probe is part of every level).
          SELECT id, date, kind, facets, facet_ends, head_tsv FROM search_document
          WHERE ${where} AND (SELECT level FROM plan) < ${SAMPLE_LEVELS} AND tsv @@ (${nearlyParam}::tsquery && (
            SELECT CASE WHEN level = 0 THEN '!''#s${SAMPLE_LEVELS}''' ELSE format('''#s%s'' & !''#s${SAMPLE_LEVELS}''', level) END::tsquery FROM plan))
        ) s
      ) t
    ), counts AS (
      SELECT key, count(*) AS n FROM flagged, unnest(flagged.keys) AS key GROUP BY key
    )
    SELECT (SELECT level FROM plan) AS level,
      (SELECT coalesce(json_agg(json_build_array(key, n)), '[]') FROM counts) AS counts,
      (SELECT coalesce(json_agg(h ORDER BY h.score DESC, h.date DESC, h.id), '[]') FROM (${hits}) h) AS hits`;
  return { text, params };
}

/** Total and facets from the counted keys, scaled up when a sample level was counted. */
export function facetsFromCounts(counts: [string, number][], level: number, query: SearchQuery): { total: number; facets: SearchFacets } {
  const scale = 2 ** level;
  const byKey = new Map(counts.map(([key, n]) => [key, Math.round(Number(n) * scale)]));
  const list = (facet: ListFacet): FacetValue[] => {
    const prefix = PREFIX[facet];
    const selected = new Set((query.filters[facet] ?? []).map((v) => facetKey(facet, v)));
    return [...byKey]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a, x], [b, y]) => Number(selected.has(b)) - Number(selected.has(a)) || y - x || (a < b ? -1 : 1))
      .slice(0, FACET_VALUES_MAX)
      .map(([key, count]) => ({ value: key.slice(prefix.length), count }));
  };
  return {
    total: byKey.get('*') ?? 0,
    facets: facetsFrom(list, (flag) => byKey.get(PREFIX[flag]) ?? 0),
  };
}
