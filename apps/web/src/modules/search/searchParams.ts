import {
  isSlug,
  MUNICIPALITY_KINDS,
  REGIONS,
  SEARCH_KINDS,
  SEARCH_LIMITS,
  WORK_STATUSES,
} from '@praxisforum/domain';
import type { SearchFilterInput, SearchQueryVariables } from '../../graphql/generated';
import { EMPTY_SEARCH, LIST_FACETS, type SearchState } from './searchPath';

// The header box needs only the path helpers; they live apart so the initial bundle stays small.
export * from './searchPath';

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
