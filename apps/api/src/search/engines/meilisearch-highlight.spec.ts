import { parseHighlighted, pickSnippet } from './meilisearch-highlight.js';

const S = '\uE000';
const E = '\uE001';

describe('parseHighlighted', () => {
  it('splits formatted text into plain and matched parts', () => {
    expect(parseHighlighted(`Das ${S}Sprachcafé${E} in ${S}Giengen${E}`)).toEqual([
      { text: 'Das ', match: false },
      { text: 'Sprachcafé', match: true },
      { text: ' in ', match: false },
      { text: 'Giengen', match: true },
    ]);
  });

  it('passes markup from content through as text, never as a match', () => {
    expect(parseHighlighted(`<em>x</em> <script>alert(1)</script> ${S}y${E}`)).toEqual([
      { text: '<em>x</em> <script>alert(1)</script> ', match: false },
      { text: 'y', match: true },
    ]);
  });

  it('merges adjacent matches and drops empty parts', () => {
    expect(parseHighlighted(`${S}Integrations${E}${S}lotsen${E}${S}${E}`)).toEqual([{ text: 'Integrationslotsen', match: true }]);
    expect(parseHighlighted('')).toEqual([]);
  });

  it('treats an unbalanced marker (a cut-off match) without inverting the rest', () => {
    expect(parseHighlighted(`…otsen${E} im ${S}Kreis`)).toEqual([
      { text: '…otsen im ', match: false },
      { text: 'Kreis', match: true },
    ]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(parseHighlighted(`💬 ${S}Café${E} 🎉`)).toEqual([
      { text: '💬 ', match: false },
      { text: 'Café', match: true },
      { text: ' 🎉', match: false },
    ]);
  });
});

describe('pickSnippet', () => {
  it('prefers the summary when the query matched there', () => {
    expect(pickSnippet({ summary: `ein ${S}Treff${E}`, body: `${S}Treff${E} im Text` })).toEqual([
      { text: 'ein ', match: false },
      { text: 'Treff', match: true },
    ]);
  });

  it('takes the cropped body when only the body matched', () => {
    expect(pickSnippet({ summary: 'Kurzbeschreibung', body: `…im ${S}Landkreis${E}…` })).toEqual([
      { text: '…im ', match: false },
      { text: 'Landkreis', match: true },
      { text: '…', match: false },
    ]);
  });

  it('shows the beginning of the summary, else of the body, when nothing matched (browsing)', () => {
    expect(pickSnippet({ summary: 'Kurz', body: 'Lang' })).toEqual([{ text: 'Kurz', match: false }]);
    expect(pickSnippet({ summary: '', body: 'Beitragstext…' })).toEqual([{ text: 'Beitragstext…', match: false }]);
    expect(pickSnippet({}, 'Rohzusammenfassung')).toEqual([{ text: 'Rohzusammenfassung', match: false }]);
    expect(pickSnippet({})).toEqual([]);
  });
});
