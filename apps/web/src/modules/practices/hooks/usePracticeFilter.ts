import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  isSlug,
  LIMITS,
  MUNICIPALITY_KINDS,
  REGIONS,
  WORK_STATUSES,
  type MunicipalityKind,
  type Region,
  type WorkStatus,
} from '@praxisforum/domain';
import type { PracticeFilter, PracticeSort } from '../../../graphql/generated';
import { parseSlugList, withSearch } from '../compareSelection';

export interface PracticeFilterState {
  topic?: string;
  municipality?: string;
  region?: Region;
  kind?: MunicipalityKind;
  workStatus?: WorkStatus;
  hasFigures: boolean;
  adoptedElsewhere: boolean;
  search: string;
}

export const SORT_KEYS = ['newest', 'updated', 'most_adopted'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((a) => a === value);
}

function slugParam(value: string | null): string | undefined {
  return value && isSlug(value) ? value : undefined;
}

/** URL keys of the filter; `vergleich` (the comparison selection) lives beside them. */
const KEYS = {
  topic: 'topic',
  municipality: 'municipality',
  region: 'region',
  kind: 'kind',
  workStatus: 'status',
  hasFigures: 'figures',
  adoptedElsewhere: 'adopted',
  search: 'q',
} as const satisfies Record<keyof PracticeFilterState, string>;
const SORT_KEY = 'sort';
const COMPARE_KEY = 'vergleich';

/**
 * Filter, sort and comparison selection live in the query string, so a filtered list (and a
 * half-made comparison) can be bookmarked and shared. Unknown values are ignored, not trusted.
 */
export function usePracticeFilter() {
  const [params] = useSearchParams();
  const topic = slugParam(params.get(KEYS.topic));
  const municipality = slugParam(params.get(KEYS.municipality));
  const region = pick(REGIONS, params.get(KEYS.region));
  const kind = pick(MUNICIPALITY_KINDS, params.get(KEYS.kind));
  const workStatus = pick(WORK_STATUSES, params.get(KEYS.workStatus));
  const hasFigures = params.get(KEYS.hasFigures) === '1';
  const adoptedElsewhere = params.get(KEYS.adoptedElsewhere) === '1';
  const search = (params.get(KEYS.search) ?? '').trim().slice(0, LIMITS.searchTextMax);
  const sort = pick(SORT_KEYS, params.get(SORT_KEY)) ?? 'newest';
  const compareParam = params.get(COMPARE_KEY);
  const compare = useMemo(() => parseSlugList(compareParam), [compareParam]);

  const filter = useMemo<PracticeFilterState>(
    () => ({ topic, municipality, region, kind, workStatus, hasFigures, adoptedElsewhere, search }),
    [topic, municipality, region, kind, workStatus, hasFigures, adoptedElsewhere, search],
  );

  const navigate = useNavigate();
  const { pathname, search: currentSearch } = useLocation();
  const change = useCallback(
    (edit: (result: URLSearchParams) => void) => {
      const result = new URLSearchParams(currentSearch);
      edit(result);
      // Navigating with a string (not setSearchParams) keeps the commas of `vergleich` readable.
      const query = withSearch(result);
      void navigate({ pathname, search: query ? `?${query}` : '' }, { replace: true });
    },
    [navigate, pathname, currentSearch],
  );

  const update = useCallback(
    (next: Partial<PracticeFilterState>) =>
      change((result) => {
        for (const [field, value] of Object.entries(next) as [keyof PracticeFilterState, PracticeFilterState[keyof PracticeFilterState]][]) {
          const key = KEYS[field];
          if (typeof value === 'boolean') {
            if (value) result.set(key, '1');
            else result.delete(key);
          } else {
            const text = value?.trim();
            if (text) result.set(key, text);
            else result.delete(key);
          }
        }
      }),
    [change],
  );

  const setSort = useCallback(
    (next: SortKey) =>
      change((result) => {
        if (next === 'newest') result.delete(SORT_KEY);
        else result.set(SORT_KEY, next);
      }),
    [change],
  );

  const setCompare = useCallback(
    (slugs: readonly string[]) =>
      change((result) => {
        if (slugs.length > 0) result.set(COMPARE_KEY, slugs.join(','));
        else result.delete(COMPARE_KEY);
      }),
    [change],
  );

  /** Clears the filter but keeps sort order and comparison selection. */
  const reset = useCallback(
    () =>
      change((result) => {
        for (const key of Object.values(KEYS)) result.delete(key);
      }),
    [change],
  );

  return { filter, sort, compare, update, setSort, setCompare, reset };
}

export function hasActiveFilter(filter: PracticeFilterState): boolean {
  return Boolean(
    filter.topic || filter.municipality || filter.region || filter.kind || filter.workStatus || filter.hasFigures || filter.adoptedElsewhere || filter.search,
  );
}

export function toFilterInput(filter: PracticeFilterState): PracticeFilter | undefined {
  const input: PracticeFilter = {};
  if (filter.topic) input.topic = filter.topic;
  if (filter.municipality) input.municipality = filter.municipality;
  if (filter.region) input.region = filter.region.toUpperCase() as PracticeFilter['region'];
  if (filter.kind) input.kind = filter.kind.toUpperCase() as PracticeFilter['kind'];
  if (filter.workStatus) input.workStatus = filter.workStatus.toUpperCase() as PracticeFilter['workStatus'];
  if (filter.hasFigures) input.hasFigures = true;
  if (filter.adoptedElsewhere) input.adoptedElsewhere = true;
  if (filter.search) input.search = filter.search;
  return Object.keys(input).length > 0 ? input : undefined;
}

export function toSortInput(sort: SortKey): PracticeSort {
  return sort.toUpperCase() as PracticeSort;
}
