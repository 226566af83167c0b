/** A page number, or a gap ("…") between distant ones. */
export type PageItem = number | 'gap';

/**
 * The page links to offer: the first and last page, and the neighbours of the current one, with
 * gaps between; e.g. page 7 of 20 → 1 … 6 7 8 … 20. A gap of a single page shows that page.
 */
export function pageItems(current: number, last: number, neighbours = 1): PageItem[] {
  const pages = new Set([1, last]);
  for (let p = current - neighbours; p <= current + neighbours; p++) if (p >= 1 && p <= last) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of sorted) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}
