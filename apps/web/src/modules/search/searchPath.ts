import type { MunicipalityKind, Region, SearchKind, WorkStatus } from '@praxisforum/domain';

/**
 * Everything the results page shows is in its URL (/suche?q=…&kinds=practice,thread&page=2), so a
 * search can be bookmarked and shared. Values use the app's lower-case URL forms (like the
 * practice list: `region=freiburg`, `statuses=pilot`); the API gets its enum names.
 */
export interface SearchState {
  q: string;
  kinds: SearchKind[];
  /** Topic slugs. */
  topics: string[];
  /** Municipality slugs. */
  municipalities: string[];
  regions: Region[];
  municipalityKinds: MunicipalityKind[];
  statuses: WorkStatus[];
  hasResults: boolean;
  adopted: boolean;
  /** Inclusive days, YYYY-MM-DD. */
  from?: string;
  to?: string;
  sort: SearchSortKey;
  /** 1-based. */
  page: number;
}

export const SEARCH_SORT_KEYS = ['relevance', 'date'] as const;
export type SearchSortKey = (typeof SEARCH_SORT_KEYS)[number];

/** The facets that hold lists of values, in the order the URL and the page show them. */
export const LIST_FACETS = ['kinds', 'topics', 'municipalities', 'regions', 'municipalityKinds', 'statuses'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];

export const SEARCH_PATH = '/suche';

export const EMPTY_SEARCH: SearchState = {
  q: '',
  kinds: [],
  topics: [],
  municipalities: [],
  regions: [],
  municipalityKinds: [],
  statuses: [],
  hasResults: false,
  adopted: false,
  sort: 'relevance',
  page: 1,
};

/**
 * The query string of a state, without "?": keys in a fixed order, defaults left out, lists
 * comma-separated with readable commas (every list value is a slug or an enum value).
 */
export function serializeSearchState(state: SearchState): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${encodeURIComponent(value)}`);
  if (state.q.trim()) add('q', state.q.trim());
  for (const facet of LIST_FACETS) {
    const values = state[facet];
    if (values.length > 0) parts.push(`${facet}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (state.hasResults) add('hasResults', '1');
  if (state.adopted) add('adopted', '1');
  if (state.from) add('from', state.from);
  if (state.to) add('to', state.to);
  if (state.sort !== 'relevance') add('sort', state.sort);
  if (state.page > 1) add('page', String(state.page));
  return parts.join('&');
}

/** The results page for this state. */
export function searchPath(state: Partial<SearchState> = {}): string {
  const query = serializeSearchState({ ...EMPTY_SEARCH, ...state });
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Only paths of this site are opened from hits and suggestions (never `//host` or `javascript:`). */
export function isSitePath(path: string | null | undefined): path is string {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}
