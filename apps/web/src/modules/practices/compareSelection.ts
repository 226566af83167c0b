import { isSlug, PRACTICE_LIMITS } from '@praxisforum/domain';

/**
 * A comma-separated list of practice slugs from the URL (`?vergleich=` on the list, `?p=` on the
 * comparison): valid slugs only, each once, at most as many as can be compared.
 */
export function parseSlugList(value: string | null | undefined): string[] {
  if (!value) return [];
  const slugs = value
    .split(',')
    .map((s) => s.trim())
    .filter(isSlug);
  return [...new Set(slugs)].slice(0, PRACTICE_LIMITS.compareMax);
}

/** A query string with readable commas (slugs never contain characters that need escaping). */
export function withSearch(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}

/** The comparison page of these practices. */
export function comparePath(slugs: readonly string[]): string {
  return `/praxisbeispiele/vergleich?p=${slugs.join(',')}`;
}

/** The list, with these practices still selected for comparison. */
export function listPathWithSelection(slugs: readonly string[]): string {
  return slugs.length > 0 ? `/praxisbeispiele?vergleich=${slugs.join(',')}` : '/praxisbeispiele';
}

export function canCompare(count: number): boolean {
  return count >= PRACTICE_LIMITS.compareMin && count <= PRACTICE_LIMITS.compareMax;
}
