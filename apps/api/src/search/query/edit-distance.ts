/**
 * Whether two words are at most one edit apart: one letter inserted, left out, replaced, or two
 * neighbouring letters swapped ("deutcsh" → "deutsch"). Trigram similarity punishes a swap in a
 * short word hard (0.33 for that pair, below the bar a typo correction needs), though it is the
 * most common slip when typing; this catches it in linear time.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One replacement, or a swap of the letters at i and i + 1.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter more in the longer word, at i.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
