import { formatRelevanceReport, scoreRelevance } from './relevance-report.js';
import { type RelevanceQuery } from './relevance-set.js';

const query = (category: RelevanceQuery['category'], text: string, ...slugs: string[]): RelevanceQuery => ({
  category,
  query: text,
  expect: slugs.map((slug) => ({ kind: 'practice', slug })),
  why: 'test',
});

describe('relevance figures', () => {
  it('counts recall over all expectations and the top-3 share over queries, and lists what failed', () => {
    const result = scoreRelevance([
      // Both found, the first at rank 1.
      { query: query('title', 'a', 'one', 'two'), hits: ['practice:one', 'x', 'practice:two'] },
      // First expected only at rank 4, second missing: one of two found, not in the top 3.
      { query: query('typo', 'b', 'three', 'four'), hits: ['x', 'y', 'z', 'practice:three'] },
      // Found at rank 11: beyond the first page, so missing.
      { query: query('typo', 'c', 'five'), hits: [...Array.from({ length: 10 }, (_, i) => `x${i}`), 'practice:five'] },
    ]);
    expect(result.recallAt10).toBeCloseTo(3 / 5);
    expect(result.top3Share).toBeCloseTo(1 / 3);
    expect(result.byCategory.typo).toEqual({ queries: 2, recallAt10: 1 / 3, top3Share: 0 });
    expect(result.failing.map((f) => [f.outcome.query.query, f.ranks])).toEqual([
      ['b', [4, null]],
      ['c', [null]],
    ]);
    const report = formatRelevanceReport('TestEngine', result);
    expect(report).toContain('recall@10: 60.0 %   top-3 share: 33.3 %');
    expect(report).toContain('expected practice:four: not in the top 10');
    expect(report).toContain('expected practice:three: rank 4');
  });
});
