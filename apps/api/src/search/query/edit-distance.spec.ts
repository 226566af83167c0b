import { withinOneEdit } from './edit-distance.js';

describe('withinOneEdit', () => {
  it.each([
    ['deutsch', 'deutsch'],
    ['deutcsh', 'deutsch'], // two neighbours swapped
    ['ehrenmat', 'ehrenamt'],
    ['sprachkus', 'sprachkurs'], // a letter left out
    ['integrattion', 'integration'], // a letter too many
    ['elternarbet', 'elternarbeit'],
    ['paten', 'katen'], // a letter replaced
    ['xdeutsch', 'deutsch'], // at the start
    ['deutschx', 'deutsch'], // at the end
  ])('takes %s and %s as one edit apart', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([
    ['deutsch', 'deustch'.split('').reverse().join('')],
    ['dtuesch', 'deutsch'], // a swap of letters that are not neighbours
    ['sprachkrus', 'sprachkurs'.slice(0, 8)],
    ['integration', 'integrierung'],
    ['ab', 'abcd'],
    ['ehrenamt', 'ehrenmta'], // two swaps
  ])('takes %s and %s as further apart', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
    expect(withinOneEdit(b, a)).toBe(false);
  });
});
