import { useId, useMemo, useRef, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FilterSelect, oneOf } from '../../../ui/FilterControls';
import { formatNumber } from '../../../ui/format';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { Pagination } from '../components/Pagination';
import { SearchEmptyState } from '../components/SearchEmptyState';
import { SearchFilters } from '../components/SearchFilters';
import { SearchForm } from '../components/SearchForm';
import { SearchHitItem } from '../components/SearchHitItem';
import { SearchNotices } from '../components/SearchNotices';
import { SEARCH_QUERY } from '../graphql/search.graphql';
import type { SearchResultsView } from '../graphql/types';
import { useSearchState } from '../hooks/useSearchState';
import { hasActiveFilters, lastPage, SEARCH_SORT_KEYS, searchPath, toSearchVariables, withoutFilters } from '../searchParams';
import '../search.css';

/** A plain left click: the link opens here (not in a new tab), so focus may move with it. */
function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The results page (/suche). All of its state is in the URL; see searchParams.ts. Checkboxes and
 * the sort order apply at once (focus stays where it was), the count of hits is announced, and
 * links that replace the results (pages, "did you mean", reset) move focus to the results heading.
 */
export default function SearchPage() {
  const { t, i18n } = useTranslation();
  const { state, refine, searchFor } = useSearchState();
  usePageTitle(state.q ? t('search.page.titleFor', { query: state.q }) : t('search.page.title'));
  const variables = useMemo(() => toSearchVariables(state), [state]);
  const { data, previousData, loading, error } = useQuery(SEARCH_QUERY, { variables });
  const resultsHeadingId = useId();
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const filtersHeadingRef = useRef<HTMLHeadingElement>(null);

  // The previous answer stays while the next one loads, so the page (and focus) does not jump.
  const results: SearchResultsView | undefined = (data ?? previousData)?.search;
  const last = results ? lastPage(results.totalCount, results.pageSize) : 1;
  const filtered = hasActiveFilters(state);

  const toResults = (event: MouseEvent) => {
    if (isPlainClick(event)) resultsHeadingRef.current?.focus();
  };

  return (
    <>
      <PageHeading>{t('search.page.title')}</PageHeading>
      <p className="lead">{t('search.page.intro')}</p>
      <SearchForm q={state.q} onSearch={searchFor} />
      {/* Always rendered, so screen readers announce each new count. */}
      <p role="status" className="result-count">
        {statusText(results, loading, state.page, last, t, i18n.resolvedLanguage)}
      </p>
      {error && <QueryError error={error} />}
      <div className="search-layout">
        <SearchFilters state={state} facets={results?.facets} onChange={refine} headingRef={filtersHeadingRef} />
        <section className="search-results" aria-labelledby={resultsHeadingId} aria-busy={loading}>
          <div className="search-results-head">
            <h2 id={resultsHeadingId} ref={resultsHeadingRef} tabIndex={-1}>
              {t('search.results.heading')}
            </h2>
            {state.q ? (
              <FilterSelect
                label={t('search.filters.sort')}
                value={state.sort}
                options={SEARCH_SORT_KEYS.map((key) => ({ value: key, label: t(key === 'date' ? 'search.filters.sortDate' : 'search.filters.sortRelevance') }))}
                onChange={(value) => refine({ sort: oneOf(SEARCH_SORT_KEYS)(value) ?? 'relevance' })}
              />
            ) : (
              <p className="hint">{t('search.page.browseHint')}</p>
            )}
          </div>
          {results && (
            <>
              <SearchNotices
                results={results}
                correctedHref={results.correctedQuery ? searchPath({ ...state, q: results.correctedQuery, page: 1 }) : undefined}
                onNavigate={toResults}
              />
              {results.hits.length > 0 ? (
                <ol className="search-hits" start={(state.page - 1) * results.pageSize + 1} aria-labelledby={resultsHeadingId}>
                  {results.hits.map((hit) => (
                    <SearchHitItem key={hit.id} hit={hit} />
                  ))}
                </ol>
              ) : results.totalCount > 0 ? (
                <p className="search-beyond-end">
                  {t('search.results.pageBeyondEnd')}{' '}
                  <Link to={searchPath({ ...state, page: 1 })} onClick={toResults}>
                    {t('search.results.firstPage')}
                  </Link>
                </p>
              ) : (
                <SearchEmptyState resetHref={filtered ? searchPath(withoutFilters(state)) : undefined} onNavigate={toResults} />
              )}
              <Pagination page={state.page} last={last} hrefFor={(page) => searchPath({ ...state, page })} onNavigate={toResults} />
            </>
          )}
        </section>
      </div>
    </>
  );
}

function statusText(
  results: SearchResultsView | undefined,
  loading: boolean,
  page: number,
  last: number,
  t: ReturnType<typeof useTranslation>['t'],
  lng: string | undefined,
): string {
  if (!results) return loading ? t('common.loading') : '';
  const count = results.totalCount;
  const total = formatNumber(count, lng);
  let text: string;
  if (results.query) text = count > 0 ? t('search.count.hits', { count, total, query: results.query }) : t('search.count.none', { query: results.query });
  else text = count > 0 ? t('search.count.browse', { count, total }) : t('search.count.noneBrowse');
  return last > 1 && page <= last ? `${text} – ${t('search.count.pageOf', { page, last })}` : text;
}
