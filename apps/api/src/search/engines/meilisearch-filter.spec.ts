import { type SearchFilters } from '../search.port.js';
import { activeFacets, buildFilter, LIVE_ONLY, mapFacets, quoteFilterValue } from './meilisearch-filter.js';

/**
 * How Meilisearch reads a double-quoted filter value (crates/filter-parser/src/value.rs: the
 * value runs to the first `"` not preceded by a `\`, then `\"` becomes `"`, then backslash
 * escapes are resolved). Returns the value and what follows the closing quote.
 */
function readQuoted(input: string): { value: string; rest: string } {
  if (input[0] !== '"') throw new Error('not quoted');
  let i = 1;
  while (i < input.length && input[i] !== '"') i += input[i] === '\\' ? 2 : 1;
  if (i >= input.length) throw new Error('unterminated');
  const raw = input.slice(1, i).replaceAll('\\"', '"');
  return { value: raw.replace(/\\(.)/g, '$1'), rest: input.slice(i + 1) };
}

describe('quoteFilterValue', () => {
  it.each([
    'tuebingen',
    'a"b',
    'a\\b',
    '\\',
    '\\"',
    '"\\',
    'x" OR kind = "practice',
    "x' OR kind = 'practice",
    'x") OR (removed = true',
    'slug-mit-ü',
  ])('keeps %j one value that Meilisearch reads back unchanged', (value) => {
    const quoted = quoteFilterValue(value);
    const { value: read, rest } = readQuoted(quoted);
    expect(read).toBe(value);
    expect(rest).toBe('');
  });

  it('drops control characters, which no slug or enum value has', () => {
    expect(quoteFilterValue('a\nb\u0000c')).toBe('"abc"');
  });
});

describe('buildFilter', () => {
  it('always excludes tombstones, and adds nothing else without filters', () => {
    expect(buildFilter({})).toEqual([LIVE_ONLY]);
  });

  it('turns every filter into its own clause, lists as IN with quoted values', () => {
    const filters: SearchFilters = {
      kinds: ['practice', 'thread'],
      topics: ['sprache', 'sprache'],
      municipalities: ['giengen'],
      regions: ['stuttgart'],
      municipalityKinds: ['town'],
      statuses: ['pilot'],
      hasResults: true,
      adopted: false,
      from: new Date('2024-01-01T00:00:00.000Z'),
      to: new Date('2024-12-31T22:59:59.999Z'),
    };
    expect(buildFilter(filters)).toEqual([
      LIVE_ONLY,
      'kind IN ["practice", "thread"]',
      'topics IN ["sprache"]',
      'municipalities IN ["giengen"]',
      'regions IN ["stuttgart"]',
      'municipalityKinds IN ["town"]',
      'status IN ["pilot"]',
      'hasResults = true',
      'adopted = false',
      `dateTs >= ${Date.UTC(2024, 0, 1)}`,
      `dateTs <= ${Date.UTC(2024, 11, 31, 22, 59, 59, 999)}`,
    ]);
  });

  it('leaves out one facet’s own clause for its disjunctive counts', () => {
    const filters: SearchFilters = { topics: ['sprache'], regions: ['stuttgart'], hasResults: true };
    expect(buildFilter(filters, 'topics')).toEqual([LIVE_ONLY, 'regions IN ["stuttgart"]', 'hasResults = true']);
    expect(buildFilter(filters, 'hasResults')).toEqual([LIVE_ONLY, 'topics IN ["sprache"]', 'regions IN ["stuttgart"]']);
  });

  it('treats an empty list as no filter (no checkbox ticked)', () => {
    expect(buildFilter({ topics: [], kinds: [] })).toEqual([LIVE_ONLY]);
    expect(activeFacets({ topics: [], hasResults: false })).toEqual(['hasResults']);
  });

  it('keeps a hostile value inside its quotes', () => {
    const [, clause] = buildFilter({ topics: ['x"] OR removed = true OR topics IN ["y'] });
    expect(clause).toBe('topics IN ["x\\"] OR removed = true OR topics IN [\\"y"]');
    expect(readQuoted(clause.slice('topics IN ['.length, -1)).rest).toBe('');
  });

  it('refuses an invalid date rather than filtering on NaN', () => {
    expect(() => buildFilter({ from: new Date('nonsense') })).toThrow(/from is not a valid date/);
  });
});

describe('mapFacets', () => {
  const main = {
    kind: { practice: 3, thread: 1 },
    topics: { sprache: 2, arbeit: 2, wohnen: 1 },
    municipalities: { giengen: 3 },
    regions: { stuttgart: 3, tuebingen: 1 },
    municipalityKinds: { town: 4 },
    status: { pilot: 2, running: 1 },
    hasResults: { true: 2, false: 2 },
    adopted: { false: 4 },
  };

  it('maps the distribution to values sorted by count, then value', () => {
    const facets = mapFacets(main, {}, {});
    expect(facets.topics).toEqual([
      { value: 'arbeit', count: 2 },
      { value: 'sprache', count: 2 },
      { value: 'wohnen', count: 1 },
    ]);
    expect(facets.kinds).toEqual([
      { value: 'practice', count: 3 },
      { value: 'thread', count: 1 },
    ]);
    expect(facets.hasResults).toBe(2);
    expect(facets.adopted).toBe(0);
  });

  it('takes a filtered facet’s counts from the query without its own filter', () => {
    const facets = mapFacets({ ...main, topics: { sprache: 2 } }, { topics: { topics: { sprache: 2, arbeit: 5 } } }, { topics: ['sprache'] });
    expect(facets.topics).toEqual([
      { value: 'arbeit', count: 5 },
      { value: 'sprache', count: 2 },
    ]);
  });

  it('adds a selected value that fell outside the returned values with its count from the main query', () => {
    const facets = mapFacets({ ...main, municipalities: { kleinstadt: 1 } }, { municipalities: { municipalities: { giengen: 9 } } }, { municipalities: ['kleinstadt'] });
    expect(facets.municipalities).toEqual([
      { value: 'giengen', count: 9 },
      { value: 'kleinstadt', count: 1 },
    ]);
  });

  it('answers empty facets for an empty or missing distribution', () => {
    expect(mapFacets(undefined, {}, {})).toEqual({
      kinds: [],
      topics: [],
      municipalities: [],
      regions: [],
      municipalityKinds: [],
      statuses: [],
      hasResults: 0,
      adopted: 0,
    });
  });
});
