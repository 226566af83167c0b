import {
  isSlug,
  MUNICIPALITY_KINDS,
  REGIONS,
  SEARCH_KINDS,
  SEARCH_LIMITS,
  WORK_STATUSES,
  type MunicipalityKind,
  type Region,
  type SearchKind,
  type WorkStatus,
} from '@praxisforum/domain';
import type { SearchFilterInput, SearchQueryVariables } from '../../graphql/generated';

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
export const SEARCH_PAGE_SIZE = SEARCH_LIMITS.pageSizeDefault;

/**
 * Far longer than the API accepts (it cuts at 200 characters with a notice the page shows), so
 * the notice still appears; only absurd URLs are cut here, before they become a request.
 */
const URL_QUERY_MAX = 1000;
/** More values per facet than any page offers; a longer list is a hand-made URL. */
const MAX_VALUES = 50;
/** Pages beyond the API's result window answer empty; this bound only keeps the number an Int. */
export const MAX_PAGE = 10_000;

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

/** Values of a list parameter: comma-separated and/or repeated (`kinds=a,b` or `kinds=a&kinds=b`). */
function listValues(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Known values only, each once, in the order given. */
function pickAll<T extends string>(values: string[], accept: (value: string) => value is T): T[] {
  return [...new Set(values.filter(accept))].slice(0, MAX_VALUES);
}

const among =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);

const slug = (value: string): value is string => isSlug(value);

function flag(params: URLSearchParams, key: string): boolean {
  const value = params.get(key);
  return value === '1' || value === 'true';
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function day(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value && isIsoDay(value) ? value : undefined;
}

function pageNumber(value: string | null): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

/** Reads the page's state from its query string; values it does not know are dropped, never sent. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  let from = day(params, 'from');
  let to = day(params, 'to');
  // A range that ends before it starts matches nothing: drop it rather than show an empty page.
  if (from && to && from > to) from = to = undefined;
  return {
    q: (params.get('q') ?? '').trim().slice(0, URL_QUERY_MAX),
    kinds: pickAll(listValues(params, 'kinds'), among(SEARCH_KINDS)),
    topics: pickAll(listValues(params, 'topics'), slug),
    municipalities: pickAll(listValues(params, 'municipalities'), slug),
    regions: pickAll(listValues(params, 'regions'), among(REGIONS)),
    municipalityKinds: pickAll(listValues(params, 'municipalityKinds'), among(MUNICIPALITY_KINDS)),
    statuses: pickAll(listValues(params, 'statuses'), among(WORK_STATUSES)),
    hasResults: flag(params, 'hasResults'),
    adopted: flag(params, 'adopted'),
    from,
    to,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: pageNumber(params.get('page')),
  };
}

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

export function hasActiveFilters(state: SearchState): boolean {
  return LIST_FACETS.some((facet) => state[facet].length > 0) || state.hasResults || state.adopted || Boolean(state.from || state.to);
}

/** The same search without any filter (query and sort order stay). */
export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort };
}

const upper = <T extends string>(values: readonly T[]) => values.map((v) => v.toUpperCase() as Uppercase<T>);

export function toFilterInput(state: SearchState): SearchFilterInput | undefined {
  const filter: SearchFilterInput = {};
  if (state.kinds.length > 0) filter.kinds = upper(state.kinds);
  if (state.topics.length > 0) filter.topics = state.topics;
  if (state.municipalities.length > 0) filter.municipalities = state.municipalities;
  if (state.regions.length > 0) filter.regions = upper(state.regions);
  if (state.municipalityKinds.length > 0) filter.municipalityKinds = upper(state.municipalityKinds);
  if (state.statuses.length > 0) filter.statuses = upper(state.statuses);
  if (state.hasResults) filter.hasResults = true;
  if (state.adopted) filter.adopted = true;
  if (state.from) filter.from = state.from;
  if (state.to) filter.to = state.to;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The variables of the `Search` query for this state. */
export function toSearchVariables(state: SearchState): SearchQueryVariables {
  const filter = toFilterInput(state);
  return {
    q: state.q,
    ...(filter ? { filter } : {}),
    sort: state.sort === 'date' ? 'DATE' : 'RELEVANCE',
    page: state.page,
    pageSize: SEARCH_PAGE_SIZE,
  };
}

/**
 * The last page that can hold hits: the API answers nothing beyond its result window, so links
 * past it would only lead to empty pages.
 */
export function lastPage(totalCount: number, pageSize: number = SEARCH_PAGE_SIZE): number {
  const window = Math.floor(SEARCH_LIMITS.maxResultWindow / pageSize);
  return Math.max(1, Math.min(Math.ceil(totalCount / pageSize), window));
}

/** Only paths of this site are opened from hits and suggestions (never `//host` or `javascript:`). */
export function isSitePath(path: string | null | undefined): path is string {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}
