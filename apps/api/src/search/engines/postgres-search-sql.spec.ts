import { buildSearchDocument } from '../../../test/factories/search-document.factory.js';
import { documentFacets, documentLexemes, facetsFromCounts, SAMPLE_LEVELS, searchStatement } from './postgres-search-sql.js';
import { type SearchQuery } from '../search.port.js';

const query = (filters: SearchQuery['filters'] = {}): SearchQuery => ({ text: '', filters, sort: 'relevance', offset: 0, limit: 20 });

describe('facet keys of a document', () => {
  it('groups the keys by facet and says where each group ends', () => {
    const doc = buildSearchDocument({ kind: 'practice', topics: ['sprache', 'arbeit'], municipalities: ['ulm'], regions: ['tuebingen'], municipalityKinds: ['town'], status: 'running', hasResults: true, adopted: false });
    expect(documentFacets(doc)).toEqual({
      keys: ['*', 'k=practice', 't=sprache', 't=arbeit', 'm=ulm', 'r=tuebingen', 'mk=town', 's=running', 'hr'],
      ends: [1, 2, 4, 5, 6, 7, 8, 9, 9],
    });
  });

  it('keeps keys plain whatever a value contains', () => {
    const doc = buildSearchDocument({ topics: ["x' | !y"], municipalities: [] });
    expect(documentFacets(doc).keys).toContain('t=xy');
  });

  it('puts every document in nested sample levels, about 1/2^j of them in level j', () => {
    const counts = new Array<number>(SAMPLE_LEVELS + 1).fill(0);
    for (let i = 0; i < 20_000; i++) {
      for (const lexeme of documentLexemes(`post:${i}`, ['*'])) if (lexeme.startsWith('#s')) counts[Number(lexeme.slice(2))] += 1;
    }
    expect(counts[1] / 20_000).toBeCloseTo(0.5, 1);
    expect(counts[4] / 20_000).toBeCloseTo(1 / 16, 1);
    expect(documentLexemes('post:1', ['*', 'k=post'])).toEqual(expect.arrayContaining(['#doc', '#k=post']));
  });
});

describe('facets from counts', () => {
  it('scales sampled counts, puts selected values first and caps each facet', () => {
    const counts: [string, number][] = [['*', 10], ['k=post', 7], ['k=practice', 3], ['t=arbeit', 1], ['t=sprache', 5], ['hr', 2]];
    const { total, facets } = facetsFromCounts(counts, 2, query({ topics: ['arbeit'] }));
    expect(total).toBe(40);
    expect(facets.kinds).toEqual([{ value: 'post', count: 28 }, { value: 'practice', count: 12 }]);
    expect(facets.topics).toEqual([{ value: 'arbeit', count: 4 }, { value: 'sprache', count: 20 }]);
    expect(facets.hasResults).toBe(8);
    expect(facets.municipalityKinds).toEqual([]);
  });
});

describe('search statement', () => {
  it('passes every user value as a parameter, never in the SQL text', () => {
    const { text, params } = searchStatement({
      indexName: 'documents', match: "'integration'", positive: true, rankMain: "'integration'", rankAll: "'integration'",
      query: query({ topics: ["sprache'; DROP TABLE x; --"], municipalities: ['ulm'], hasResults: false, from: new Date('2024-01-01') }),
    });
    expect(text).not.toContain('DROP');
    expect(JSON.stringify(params)).toContain('t=sprachedroptablex--');
  });
});
