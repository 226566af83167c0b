import { SEARCH_LIMITS, SEARCH_SYNONYMS } from '@praxisforum/domain';
import { type Settings } from 'meilisearch';
import { GERMAN_STOP_WORDS } from './german-stop-words.js';
import { buildSynonyms, desiredSettings, settingsDiff } from './meilisearch-settings.js';

/** What a fresh Meilisearch index reports (GET /indexes/:uid/settings), trimmed to the keys that matter here. */
function freshIndexSettings(): Settings {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: [],
    synonyms: {},
    distinctAttribute: null,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    pagination: { maxTotalHits: 1000 },
    proximityPrecision: 'byWord',
    searchCutoffMs: null,
  };
}

/** The server after our update: our values, its own defaults for the rest, sets in its own (sorted) order. */
function serverAfterUpdate(update: Settings): Settings {
  const merged: Record<string, unknown> = { ...freshIndexSettings(), ...structuredClone(update) };
  for (const key of ['filterableAttributes', 'sortableAttributes', 'stopWords'] as const) {
    merged[key] = [...((merged[key] as string[] | undefined) ?? [])].sort();
  }
  const synonyms = merged.synonyms as Record<string, string[]>;
  merged.synonyms = Object.fromEntries(Object.keys(synonyms).sort().map((term) => [term, [...synonyms[term]].reverse()]));
  merged.typoTolerance = { ...freshIndexSettings().typoTolerance, ...(update.typoTolerance ?? {}) };
  return merged;
}

describe('buildSynonyms', () => {
  it('maps every term of a group to all others, multi-word terms included', () => {
    const synonyms = buildSynonyms();
    expect(synonyms['ehrenamt']).toEqual(
      expect.arrayContaining(['bürgerschaftliches engagement', 'freiwilligenarbeit', 'freiwilliges engagement', 'ehrenamtliche', 'volunteers']),
    );
    expect(synonyms['bürgerschaftliches engagement']).toContain('ehrenamt');
    expect(synonyms['ehrenamt']).not.toContain('ehrenamt');
  });

  it('covers every term of the shared list, in both directions', () => {
    const synonyms = buildSynonyms();
    for (const group of SEARCH_SYNONYMS) {
      for (const term of group) {
        const key = term.toLocaleLowerCase('de-DE');
        const others = new Set(group.map((t) => t.toLocaleLowerCase('de-DE')).filter((t) => t !== key));
        expect(new Set(synonyms[key])).toEqual(others);
      }
    }
  });

  it('folds terms that differ only in case into one key', () => {
    const synonyms = buildSynonyms([['Mentoring', 'mentoring', 'Patenschaft']]);
    expect(synonyms).toEqual({ mentoring: ['patenschaft'], patenschaft: ['mentoring'] });
  });

  it('merges the groups of a term that is in two of them', () => {
    const synonyms = buildSynonyms([
      ['Lotsen', 'Mentoren'],
      ['Lotsen', 'Begleiter'],
    ]);
    expect(new Set(synonyms['lotsen'])).toEqual(new Set(['mentoren', 'begleiter']));
    expect(synonyms['mentoren']).toEqual(['lotsen']);
  });

  it('keeps phrases within the three words Meilisearch supports for synonyms', () => {
    for (const term of Object.keys(buildSynonyms())) expect(term.split(' ').length).toBeLessThanOrEqual(3);
  });
});

describe('German stop words', () => {
  it('are about a hundred lower-case words, none twice', () => {
    expect(GERMAN_STOP_WORDS.length).toBeGreaterThanOrEqual(90);
    expect(new Set(GERMAN_STOP_WORDS).size).toBe(GERMAN_STOP_WORDS.length);
    for (const word of GERMAN_STOP_WORDS) expect(word).toBe(word.toLocaleLowerCase('de-DE'));
  });

  it('never swallow a synonym or a negation', () => {
    const synonymWords = new Set(Object.keys(buildSynonyms()).flatMap((term) => term.split(' ')));
    for (const word of GERMAN_STOP_WORDS) expect(synonymWords.has(word)).toBe(false);
    expect(GERMAN_STOP_WORDS).not.toEqual(expect.arrayContaining(['nicht']));
    expect(GERMAN_STOP_WORDS).not.toEqual(expect.arrayContaining(['kein']));
  });
});

describe('desiredSettings', () => {
  it('searches title, tags, summary, body in that order, then the umlaut spellings', () => {
    expect(desiredSettings().searchableAttributes).toEqual(['title', 'tags', 'summary', 'body', 'altSpellings']);
  });

  it('filters on every facet, the date as a number and tombstones; sorts by date', () => {
    const settings = desiredSettings();
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(['kind', 'topics', 'municipalities', 'regions', 'municipalityKinds', 'status', 'hasResults', 'adopted', 'dateTs', 'isExample', 'removed']),
    );
    expect(settings.sortableAttributes).toEqual(['dateTs']);
  });

  it('keeps Meilisearch’s ranking rules, with sort first so "newest first" is strict', () => {
    expect(desiredSettings().rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness']);
  });

  it('caps total hits at the result window and returns the most frequent facet values', () => {
    const settings = desiredSettings();
    expect(settings.pagination).toEqual({ maxTotalHits: SEARCH_LIMITS.maxResultWindow });
    expect(settings.faceting).toMatchObject({ sortFacetValuesBy: { '*': 'count' } });
    expect(settings.typoTolerance).toMatchObject({ enabled: true });
  });
});

describe('settingsDiff', () => {
  it('sends everything that differs from a fresh index, and leaves matching defaults out', () => {
    const diff = settingsDiff(freshIndexSettings());
    expect(Object.keys(diff).sort()).toEqual(
      ['faceting', 'filterableAttributes', 'rankingRules', 'searchableAttributes', 'sortableAttributes', 'stopWords', 'synonyms', 'typoTolerance'].sort(),
    );
    expect(diff.pagination).toBeUndefined();
  });

  it('is empty once the server holds our settings, whatever order it lists sets in', () => {
    const server = serverAfterUpdate(settingsDiff(freshIndexSettings()));
    expect(settingsDiff(server)).toEqual({});
  });

  it('notices a changed list order where order matters', () => {
    const server = serverAfterUpdate(desiredSettings());
    server.searchableAttributes = ['body', 'title', 'tags', 'summary', 'altSpellings'];
    expect(Object.keys(settingsDiff(server))).toEqual(['searchableAttributes']);
  });

  it('notices a missing or an extra synonym', () => {
    const missing = serverAfterUpdate(desiredSettings());
    delete (missing.synonyms as Record<string, string[]>)['ehrenamt'];
    expect(Object.keys(settingsDiff(missing))).toEqual(['synonyms']);
    const extra = serverAfterUpdate(desiredSettings());
    (extra.synonyms as Record<string, string[]>)['veraltet'] = ['alt'];
    expect(Object.keys(settingsDiff(extra))).toEqual(['synonyms']);
  });

  it('notices a changed nested value and an added stop word', () => {
    const server = serverAfterUpdate(desiredSettings());
    server.typoTolerance = { ...server.typoTolerance, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } };
    server.stopWords = [...(server.stopWords ?? []), 'integration'];
    expect(Object.keys(settingsDiff(server)).sort()).toEqual(['stopWords', 'typoTolerance']);
  });

  it('treats granular filterable attributes a server may hold as different from our plain list', () => {
    const server = serverAfterUpdate(desiredSettings());
    server.filterableAttributes = [
      { attributePatterns: ['kind'], features: { facetSearch: false, filter: { equality: true, comparison: false } } },
    ];
    expect(Object.keys(settingsDiff(server))).toEqual(['filterableAttributes']);
  });
});
