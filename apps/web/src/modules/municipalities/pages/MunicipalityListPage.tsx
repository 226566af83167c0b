import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { MunicipalityFilters } from '../components/MunicipalityFilters';
import { MunicipalityMapSection } from '../components/MunicipalityMapSection';
import { MUNICIPALITY_LIST_QUERY } from '../graphql/municipalities.graphql';
import { toFilterInput, useMunicipalityFilter } from '../hooks/useMunicipalityFilter';
import { kindLabel, regionLabel } from '../labels';

export function MunicipalityListPage() {
  const { t } = useTranslation();
  usePageTitle(t('municipalities.title'));
  const { filter, update, reset } = useMunicipalityFilter();
  const filterInput = toFilterInput(filter);
  const { data, previousData, loading, error, fetchMore } = useQuery(MUNICIPALITY_LIST_QUERY, {
    variables: { filter: filterInput, first: LIMITS.pageSizeDefault },
  });
  const listHeadingId = useId();

  // Keep the previous results visible while a new filter loads, so the page does not jump.
  const connection = (data ?? previousData)?.municipalities;
  const items = connection?.edges.map((e) => e.node) ?? [];

  let status = '';
  if (loading && !data) status = t('common.loading');
  else if (data) status = t('municipalities.resultCount', { count: data.municipalities.totalCount });

  return (
    <>
      <PageHeading>{t('municipalities.title')}</PageHeading>
      <p className="lead">{t('municipalities.intro')}</p>
      <MunicipalityFilters filter={filter} onChange={update} onReset={reset} />
      {/* Always rendered, so screen readers announce changes of the count. */}
      <p role="status" className="result-count">
        {status}
      </p>
      {error && <QueryError error={error} />}
      <div className="list-with-map">
        <div>
          <h2 id={listHeadingId} className="visually-hidden">
            {t('municipalities.listHeading')}
          </h2>
          {items.length > 0 ? (
            <ul className="card-list" aria-labelledby={listHeadingId}>
              {items.map((m) => (
                <li key={m.id} className="card">
                  <Link to={`/kommunen/${encodeURIComponent(m.slug)}`} className="card-title">
                    {m.name}
                  </Link>
                  <p className="card-meta">
                    {kindLabel(t, m.kind)} · {regionLabel(t, m.region)}
                    {m.district ? ` · ${m.district}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            data && <p>{t('municipalities.empty')}</p>
          )}
          <LoadMore
            pageInfo={connection?.pageInfo}
            onLoadMore={(after) => fetchMore({ variables: { after } })}
            label={t('municipalities.loadMore')}
          />
        </div>
        <div>
          <h2 className="visually-hidden">{t('map.title')}</h2>
          <MunicipalityMapSection filter={filterInput} description={t('map.descriptionList')} />
        </div>
      </div>
    </>
  );
}
