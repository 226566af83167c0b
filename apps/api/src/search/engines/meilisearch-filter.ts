import { type CategoriesDistribution, type FacetDistribution } from 'meilisearch';
import { type FacetValue, facetsFrom, type ListFacet, type SearchFacets, type SearchFilters } from '../search.port.js';

/**
 * Search filters as Meilisearch filter expressions, and facet distributions back as SearchFacets.
 * Attribute names are constants; every value is quoted and escaped here, so no user input is ever
 * read as filter syntax.
 */

/** Facet (SearchFilters key) → filterable attribute. */
export const FACET_ATTRIBUTES = {
  kinds: 'kind',
  topics: 'topics',
  municipalities: 'municipalities',
  regions: 'regions',
  municipalityKinds: 'municipalityKinds',
  statuses: 'status',
  hasResults: 'hasResults',
  adopted: 'adopted',
} as const;

export type FacetKey = keyof typeof FACET_ATTRIBUTES;
const FACET_KEYS = Object.keys(FACET_ATTRIBUTES) as FacetKey[];

export const ALL_FACET_ATTRIBUTES: string[] = Object.values(FACET_ATTRIBUTES);

/** Excludes tombstones (see MeiliTombstone); part of every query. */
export const LIVE_ONLY = 'removed = false';

/**
 * A string value for a filter expression: double-quoted, with `\` and `"` escaped (Meilisearch
 * unescapes both inside quotes) and control characters dropped (no value of ours has any).
 */
export function quoteFilterValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function timestamp(date: Date, bound: 'from' | 'to'): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid search filter: ${bound} is not a valid date`);
  return ms;
}

/** The facets that have a filter set (an empty list sets none: no checkbox ticked). */
export function activeFacets(filters: SearchFilters): FacetKey[] {
  return FACET_KEYS.filter((key) => {
    const value = filters[key];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}

/**
 * The filter as a list of clauses (Meilisearch ANDs the elements of a filter array). `except`
 * leaves one facet's own clause out: the query for that facet's disjunctive counts.
 */
export function buildFilter(filters: SearchFilters, except?: FacetKey): string[] {
  const clauses = [LIVE_ONLY];
  for (const key of activeFacets(filters)) {
    if (key === except) continue;
    const attribute = FACET_ATTRIBUTES[key];
    if (key === 'hasResults' || key === 'adopted') {
      clauses.push(`${attribute} = ${filters[key] ? 'true' : 'false'}`);
    } else {
      const values = [...new Set(filters[key] ?? [])];
      clauses.push(`${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`);
    }
  }
  if (filters.from) clauses.push(`dateTs >= ${timestamp(filters.from, 'from')}`);
  if (filters.to) clauses.push(`dateTs <= ${timestamp(filters.to, 'to')}`);
  return clauses;
}

function toValues(distribution: CategoriesDistribution | undefined): FacetValue[] {
  return Object.entries(distribution ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * SearchFacets from the main query's distribution and, for each facet with a filter, the
 * distribution of the query without that facet's filter (disjunctive counts: ticking a second
 * topic must not shrink the first one's count).
 *
 * A selected value can fall outside the values Meilisearch returns per facet (maxValuesPerFacet,
 * most frequent first); its count is then taken from the main query, where it is the same number:
 * a document carrying a selected value passes that facet's filter anyway.
 */
export function mapFacets(
  main: FacetDistribution | undefined,
  withoutOwnFilter: Partial<Record<FacetKey, FacetDistribution | undefined>>,
  filters: SearchFilters,
): SearchFacets {
  const distributionFor = (key: FacetKey): CategoriesDistribution | undefined => {
    const attribute = FACET_ATTRIBUTES[key];
    return key in withoutOwnFilter ? withoutOwnFilter[key]?.[attribute] : main?.[attribute];
  };
  const list = (key: ListFacet): FacetValue[] => {
    const values = toValues(distributionFor(key));
    const mainCounts = main?.[FACET_ATTRIBUTES[key]] ?? {};
    for (const selected of filters[key] ?? []) {
      const count = mainCounts[selected];
      if (count && !values.some((v) => v.value === selected)) values.push({ value: selected, count });
    }
    return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return facetsFrom(list, (flag) => distributionFor(flag)?.['true'] ?? 0);
}
