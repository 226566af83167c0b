import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS, PRACTICE_LIMITS } from '@praxisforum/domain';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { CompareBar } from '../components/CompareBar';
import { PracticeCard } from '../components/PracticeCard';
import { PracticeFilters } from '../components/PracticeFilters';
import { PRACTICE_LIST_QUERY } from '../graphql/practices.graphql';
import { toFilterInput, toSortInput, usePracticeFilter } from '../hooks/usePracticeFilter';

export default function PracticeListPage() {
  const { t } = useTranslation();
  usePageTitle(t('practices.list.title'));
  const { filter, sort, compare, update, setSort, setCompare, reset } = usePracticeFilter();
  const { data, previousData, loading, error, fetchMore } = useQuery(PRACTICE_LIST_QUERY, {
    variables: { filter: toFilterInput(filter), sort: toSortInput(sort), first: LIMITS.pageSizeDefault },
  });
  const listHeadingId = useId();
  const fullHintId = useId();

  // Keep the previous results visible while a new filter loads, so the page does not jump.
  const connection = (data ?? previousData)?.practices;
  const items = connection?.edges.map((e) => e.node) ?? [];

  let status = '';
  if (loading && !data) status = t('common.loading');
  else if (data) status = t('practices.list.resultCount', { count: data.practices.totalCount });

  const selectionFull = compare.length >= PRACTICE_LIMITS.compareMax;
  const select = (slug: string, selected: boolean) => {
    if (selected && !compare.includes(slug) && !selectionFull) setCompare([...compare, slug]);
    if (!selected) setCompare(compare.filter((s) => s !== slug));
  };

  return (
    <>
      <PageHeading>{t('practices.list.title')}</PageHeading>
      <p className="lead">{t('practices.list.intro')}</p>
      <PracticeFilters filter={filter} sort={sort} onChange={update} onSort={setSort} onReset={reset} />
      {/* Always rendered, so screen readers announce changes of the count. */}
      <p role="status" className="result-count">
        {status}
      </p>
      {error && <QueryError error={error} />}
      <CompareBar slugs={compare} fullHintId={fullHintId} onClear={() => setCompare([])} />
      <h2 id={listHeadingId} className="visually-hidden">
        {t('practices.list.listHeading')}
      </h2>
      {items.length > 0 ? (
        <ul className="card-list" aria-labelledby={listHeadingId}>
          {items.map((p) => (
            <PracticeCard
              key={p.id}
              practice={p}
              selected={compare.includes(p.slug)}
              selectionFull={selectionFull}
              fullHintId={fullHintId}
              onSelect={(selected) => select(p.slug, selected)}
            />
          ))}
        </ul>
      ) : (
        data && <p>{t('practices.list.empty')}</p>
      )}
      <LoadMore
        pageInfo={connection?.pageInfo}
        // The cache's cursor policy for `practices` appends the page (see app/apollo.ts).
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        label={t('practices.list.loadMore')}
      />
    </>
  );
}
