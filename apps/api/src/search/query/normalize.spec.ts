import { foldText, normalizeForIndex, normalizedWords, wordsOf } from './normalize.js';

describe('search normalisation', () => {
  it('transliterates umlauts and ß, so either spelling gives the same word', () => {
    expect(normalizedWords('Mädchen Maedchen')).toEqual(['maedchen', 'maedchen']);
    expect(normalizedWords('Straße STRASSE Übung ÖL')).toEqual(['strasse', 'strasse', 'uebung', 'oel']);
  });

  it('drops other accents like unaccent, composed or decomposed', () => {
    expect(normalizedWords('Sprachcafé Sprachcafe\u0301 Çağla Łódź Æsop naïve')).toEqual(['sprachcafe', 'sprachcafe', 'cagla', 'lodz', 'aesop', 'naive']);
  });

  it('keeps only [a-z0-9] words: punctuation, quotes and symbols separate words and vanish', () => {
    expect(normalizedWords(`'; DROP TABLE search_document; -- "x" 🙂 e-mail COVID-19 a:b`)).toEqual([
      'drop', 'table', 'search', 'document', 'x', 'e', 'mail', 'covid', '19', 'a', 'b',
    ]);
    expect(normalizedWords('🙂 !!! \\ *')).toEqual([]);
  });

  it('drops stop words the stemmer no longer knows once their umlaut is transliterated', () => {
    expect(normalizeForIndex('Angebote für Frauen über 60, dass')).toBe('angebote frauen 60');
  });

  it('remembers where each word stands in the original text', () => {
    expect(wordsOf('Ein Café, bitte')).toEqual([
      { norm: 'ein', original: 'Ein', start: 0, end: 3 },
      { norm: 'cafe', original: 'Café', start: 4, end: 8 },
      { norm: 'bitte', original: 'bitte', start: 10, end: 15 },
    ]);
  });

  it('folds whole texts without touching other characters', () => {
    expect(foldText('Grüße, René!')).toBe('gruesse, rene!');
  });
});
