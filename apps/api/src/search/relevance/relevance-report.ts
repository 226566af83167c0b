import { type RelevanceCategory, type RelevanceQuery, type RelevanceRef } from './relevance-set.js';

/** How deep the figures look: the first page a user sees holds about this many hits. */
export const RELEVANCE_DEPTH = 10;
const TOP = 3;

/** A stable, readable name of a demo document (the key the test maps to index ids). */
export function refLabel(ref: RelevanceRef): string {
  switch (ref.kind) {
    case 'practice':
      return `practice:${ref.slug}`;
    case 'thread':
      return `thread:"${ref.title}"`;
    case 'post':
      return `post:"${ref.thread}"#${ref.number}`;
    case 'municipality':
      return `municipality:${ref.slug}`;
  }
}

/** One query's answer: the labels of the hits in rank order (at most RELEVANCE_DEPTH). */
export interface QueryOutcome {
  query: RelevanceQuery;
  hits: string[];
  /** The engine's "did you mean", when it corrected the query. */
  correctedQuery?: string | null;
}

export interface Figures {
  queries: number;
  /** Expected documents found in the top 10, over all expectations. */
  recallAt10: number;
  /** Queries whose first expected document is in the top 3, over all queries. */
  top3Share: number;
}

export interface RelevanceFigures extends Figures {
  byCategory: Partial<Record<RelevanceCategory, Figures>>;
  /** Queries that missed an expected document in the top 10 or their first one in the top 3. */
  failing: { outcome: QueryOutcome; ranks: (number | null)[] }[];
}

/** 1-based rank of each expected document in the hits, null when it is not in the top 10. */
function ranksOf(outcome: QueryOutcome): (number | null)[] {
  const top = outcome.hits.slice(0, RELEVANCE_DEPTH);
  return outcome.query.expect.map((ref) => {
    const i = top.indexOf(refLabel(ref));
    return i < 0 ? null : i + 1;
  });
}

function figures(outcomes: QueryOutcome[]): Figures {
  let expected = 0;
  let found = 0;
  let firstInTop = 0;
  for (const outcome of outcomes) {
    const ranks = ranksOf(outcome);
    expected += ranks.length;
    found += ranks.filter((r) => r !== null).length;
    if (ranks[0] !== null && ranks[0] <= TOP) firstInTop += 1;
  }
  return {
    queries: outcomes.length,
    recallAt10: expected === 0 ? 0 : found / expected,
    top3Share: outcomes.length === 0 ? 0 : firstInTop / outcomes.length,
  };
}

export function scoreRelevance(outcomes: QueryOutcome[]): RelevanceFigures {
  const byCategory: Partial<Record<RelevanceCategory, Figures>> = {};
  for (const category of [...new Set(outcomes.map((o) => o.query.category))]) {
    byCategory[category] = figures(outcomes.filter((o) => o.query.category === category));
  }
  const failing = outcomes
    .map((outcome) => ({ outcome, ranks: ranksOf(outcome) }))
    .filter(({ ranks }) => ranks.some((r) => r === null) || ranks[0] === null || ranks[0] > TOP);
  return { ...figures(outcomes), byCategory, failing };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The report printed by the relevance test: the two figures, per category, and every failing query. */
export function formatRelevanceReport(engine: string, result: RelevanceFigures): string {
  const lines = [
    `Relevance of ${engine} over the demo data: ${result.queries} queries`,
    `  recall@${RELEVANCE_DEPTH}: ${pct(result.recallAt10)}   top-${TOP} share: ${pct(result.top3Share)}`,
    '  by category:',
    ...Object.entries(result.byCategory).map(
      ([category, f]) => `    ${category.padEnd(13)} ${String(f.queries).padStart(3)} queries   recall@${RELEVANCE_DEPTH} ${pct(f.recallAt10).padStart(7)}   top-${TOP} ${pct(f.top3Share).padStart(7)}`,
    ),
    result.failing.length === 0 ? '  no failing queries' : `  failing queries (${result.failing.length}):`,
  ];
  for (const { outcome, ranks } of result.failing) {
    const corrected = outcome.correctedQuery ? ` (searched as "${outcome.correctedQuery}")` : '';
    lines.push(`  ✗ [${outcome.query.category}] "${outcome.query.query}"${corrected}`);
    outcome.query.expect.forEach((ref, i) => lines.push(`      expected ${refLabel(ref)}: ${ranks[i] === null ? 'not in the top 10' : `rank ${ranks[i]}`}`));
    lines.push(outcome.hits.length === 0 ? '      got nothing' : `      got: ${outcome.hits.map((h, i) => `${i + 1}. ${h}`).join('  ')}`);
  }
  return lines.join('\n');
}
