import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseSearchParams, searchPath, type SearchState } from '../searchParams';

/**
 * The results page's state, read from the URL (the only place it lives), and a way to change it.
 * A new query or page is a new history entry; refining by filters or sort order replaces the
 * current one, so Back leaves the search instead of undoing checkbox by checkbox.
 */
export function useSearchState() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseSearchParams(new URLSearchParams(search)), [search]);

  /** Filters and sort order; back to the first page, whose hits the new counts describe. */
  const refine = useCallback(
    (change: Partial<SearchState>) => void navigate(searchPath({ ...state, ...change, page: 1 }), { replace: true }),
    [navigate, state],
  );

  /** A new query keeps the filters and starts at page 1. */
  const searchFor = useCallback((q: string) => void navigate(searchPath({ ...state, q, page: 1 })), [navigate, state]);

  return { state, refine, searchFor };
}
