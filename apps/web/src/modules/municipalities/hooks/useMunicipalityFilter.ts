import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { LIMITS, MUNICIPALITY_KINDS, REGIONS, type MunicipalityKind, type Region } from '@praxisforum/domain';
import type { MunicipalityFilter } from '../../../graphql/generated';

export interface MunicipalityFilterState {
  region?: Region;
  kind?: MunicipalityKind;
  search: string;
}

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((a) => a === value);
}

/** Filter state lives in the query string (?region=&kind=&q=) so filtered lists can be shared. */
export function useMunicipalityFilter() {
  const [params, setParams] = useSearchParams();
  const region = pick(REGIONS, params.get('region'));
  const kind = pick(MUNICIPALITY_KINDS, params.get('kind'));
  const search = (params.get('q') ?? '').trim().slice(0, LIMITS.searchTextMax);

  const filter = useMemo<MunicipalityFilterState>(() => ({ region, kind, search }), [region, kind, search]);

  const update = useCallback(
    (next: Partial<MunicipalityFilterState>) => {
      setParams(
        (previous) => {
          const result = new URLSearchParams(previous);
          const set = (key: string, value: string | undefined) => {
            if (value) result.set(key, value);
            else result.delete(key);
          };
          if ('region' in next) set('region', next.region);
          if ('kind' in next) set('kind', next.kind);
          if ('search' in next) set('q', next.search?.trim());
          return result;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  return { filter, update, reset };
}

export function toFilterInput(filter: MunicipalityFilterState): MunicipalityFilter | undefined {
  const input: MunicipalityFilter = {};
  if (filter.region) input.region = filter.region.toUpperCase() as MunicipalityFilter['region'];
  if (filter.kind) input.kind = filter.kind.toUpperCase() as MunicipalityFilter['kind'];
  if (filter.search) input.search = filter.search;
  return Object.keys(input).length > 0 ? input : undefined;
}
