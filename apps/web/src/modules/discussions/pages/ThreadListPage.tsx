import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { ThreadList } from '../components/ThreadList';
import { THREAD_LIST_QUERY } from '../graphql/discussions.graphql';
import '../discussions.css';

const PAGE_SIZE = 20;

/** `/diskussionen`: every thread the viewer may see, latest activity first. */
export default function ThreadListPage() {
  const { t } = useTranslation();
  usePageTitle(t('discussions.list.title'));
  const { data, loading, error, fetchMore } = useQuery(THREAD_LIST_QUERY, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.threads;
  return (
    <>
      <PageHeading>{t('discussions.list.title')}</PageHeading>
      <p className="lead">{t('discussions.list.intro')}</p>
      <p role="status" className="result-count">
        {loading && !data ? t('common.loading') : connection ? t('discussions.list.count', { count: connection.totalCount }) : ''}
      </p>
      {error && !data && <QueryError error={error} />}
      {connection && connection.edges.length === 0 && <p>{t('discussions.list.empty')}</p>}
      {connection && <ThreadList threads={connection.edges.map((e) => e.node)} headingLevel={2} showSpace />}
      <LoadMore pageInfo={connection?.pageInfo} label={t('discussions.list.more')} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
