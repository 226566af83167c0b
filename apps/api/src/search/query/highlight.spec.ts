import { highlight, snippet } from './highlight.js';

const marked = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('highlight', () => {
  it('marks words that start with a query lexeme, whatever their spelling', () => {
    expect(marked(highlight('Sprachcafés für Flüchtlinge und Fluechtlinge', [['sprachcaf'], ['fluechtling']]))).toBe(
      '[Sprachcafés] für [Flüchtlinge] und [Fluechtlinge]',
    );
  });

  it('keeps markup as plain text: a script tag is just characters in a part', () => {
    const parts = highlight('<script>alert(1)</script> Integration', [['integration']]);
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> ', match: false },
      { text: 'Integration', match: true },
    ]);
  });

  it('needs whole words for very short lexemes', () => {
    expect(marked(highlight('EU und Europa', [['eu']]))).toBe('[EU] und Europa');
  });
});

describe('snippet', () => {
  const filler = (n: number, word = 'Text') => Array.from({ length: n }, () => word).join(' ');

  it('shows the passage around the matches, with ellipses where it is cut', () => {
    const body = `${filler(50)} Das Sprachcafé sucht Ehrenamtliche. ${filler(50)}`;
    const text = marked(snippet('', body, [['sprachcaf'], ['ehrenamt']], 10));
    expect(text).toMatch(/^… Text Text Text Das \[Sprachcafé\] sucht \[Ehrenamtliche\]\. Text Text Text …$/);
  });

  it('prefers the window that shows more of the query', () => {
    const body = `Sprachcafé ${filler(40)} Sprachcafé mit Ehrenamtlichen ${filler(40)}`;
    expect(marked(snippet('', body, [['sprachcaf'], ['ehrenamt']], 8))).toContain('[Sprachcafé] mit [Ehrenamtlichen]');
  });

  it('takes the summary when it shows as much as the body', () => {
    expect(marked(snippet('Ein Sprachcafé.', 'Noch ein Sprachcafé.', [['sprachcaf']]))).toBe('Ein [Sprachcafé].');
  });

  it('falls back to the beginning when nothing matches', () => {
    expect(marked(snippet('', `${filler(40, 'Wort')}`, [['sprachcaf']], 5))).toBe('Wort Wort Wort Wort Wort …');
    expect(snippet('', '', [['x']])).toEqual([]);
  });
});
