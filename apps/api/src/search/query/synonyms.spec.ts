import { matchSynonyms, stemGroups, SYNONYM_GROUPS, synonymWords } from './synonyms.js';

// A crude stand-in for the german stemmer: enough to show that matching happens on stems.
const stem = (word: string) => word.replace(/(en|e|s)$/, '');

describe('synonyms', () => {
  const groups = stemGroups(stem);

  it('normalises the shared groups like documents (umlauts, accents)', () => {
    expect(SYNONYM_GROUPS[0]).toContainEqual(['buergerschaftliches', 'engagement']);
    expect(synonymWords()).toContain('sprachcafe');
  });

  it('finds a one-word term and offers its whole group', () => {
    const [match] = matchSynonyms([[stem('gefluechtete')]], groups);
    expect(match).toMatchObject({ start: 0, end: 1 });
    expect(match.terms).toContainEqual([stem('fluechtlinge')]);
    expect(match.terms).toContainEqual([stem('refugees')]);
  });

  it('matches on stems, so a singular meets the plural of the list', () => {
    expect(matchSynonyms([[stem('fluechtling')]], groups)).toHaveLength(1);
  });

  it('finds a multi-word term typed as words or as a phrase, longest first', () => {
    const words = matchSynonyms([[stem('buergerschaftliches')], [stem('engagement')], [stem('stuttgart')]], groups);
    expect(words).toEqual([expect.objectContaining({ start: 0, end: 2 })]);
    expect(words[0].terms).toContainEqual([stem('ehrenamt')]);
    const phrase = matchSynonyms([[stem('buergerschaftliches'), stem('engagement')]], groups);
    expect(phrase).toEqual([expect.objectContaining({ start: 0, end: 1 })]);
  });

  it('leaves exclusions and unknown words alone', () => {
    expect(matchSynonyms([null, [stem('haus')]], groups)).toEqual([]);
  });
});
