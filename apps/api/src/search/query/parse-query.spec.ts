import { formatQuery, hasPositiveTerms, parseQuery, type ParsedQuery } from './parse-query.js';

/** The query as lists of normalised words, with markers for phrases, exclusions and prefixes. */
function shape(query: ParsedQuery): string[][] {
  return query.clauses.map((c) =>
    c.alternatives.map((a) => `${a.negated ? '-' : ''}${a.phrase ? '"' : ''}${a.words.map((w) => w.norm).join(' ')}${a.phrase ? '"' : ''}${a.prefix ? '*' : ''}`),
  );
}

describe('parseQuery', () => {
  it('ANDs words and treats the last one as a prefix while the user types', () => {
    expect(shape(parseQuery('Sprachcafé Ehrenamt'))).toEqual([['sprachcafe'], ['ehrenamt*']]);
    expect(shape(parseQuery('Sprachcafé Ehrenamt '))).toEqual([['sprachcafe'], ['ehrenamt']]);
  });

  it('reads quoted phrases, exclusions and OR like websearch_to_tsquery', () => {
    expect(shape(parseQuery('"runder Tisch" -Sport Wohnung OR Wohnraum'))).toEqual([['"runder tisch"'], ['-sport'], ['wohnung', 'wohnraum*']]);
    expect(shape(parseQuery('-"Runder Tisch" or'))).toEqual([['-"runder tisch"']]);
    expect(shape(parseQuery('OR Integration'))).toEqual([['integration*']]);
  });

  it('runs an unclosed quote to the end and ignores lone operators', () => {
    expect(shape(parseQuery('Sprach "café im Quartier'))).toEqual([['sprach'], ['"cafe im quartier"']]);
    expect(shape(parseQuery('- -- "" Integration'))).toEqual([['integration*']]);
  });

  it('never fails on special characters, emoji or SQL fragments', () => {
    const nasty = [`"`, `-`, `*`, `:`, `\\`, `'`, `(`, `)`, `!`, `&`, `|`, `<->`, `'; DROP TABLE x; --`, `🙂🙂`, `a:* & !b`, `"""`, '\u0000', 'x'.repeat(500)];
    for (const text of nasty) {
      const parsed = parseQuery(text);
      for (const word of parsed.clauses.flatMap((c) => c.alternatives.flatMap((a) => a.words))) expect(word.norm).toMatch(/^[a-z0-9]+$/);
    }
    expect(shape(parseQuery(`'; DROP TABLE x; --`))).toEqual([['drop'], ['table'], ['x']]);
    expect(parseQuery('🙂 ! & |').clauses).toEqual([]);
  });

  it('knows a query of exclusions only has nothing positive to search', () => {
    expect(hasPositiveTerms(parseQuery('-Sport'))).toBe(false);
    expect(hasPositiveTerms(parseQuery('Sport'))).toBe(true);
  });

  it('rebuilds the query with corrected words, keeping the rest as typed', () => {
    const parsed = parseQuery('Integartion "Runder Tisch" -Sport Wohnug OR Wohnraum');
    const fixes: Record<string, string> = { integartion: 'integration', wohnug: 'wohnung' };
    expect(formatQuery(parsed, (w) => fixes[w.norm])).toBe('integration "Runder Tisch" -Sport wohnung OR Wohnraum');
  });
});
