import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SpaceType } from '../../../graphql/generated';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { THREAD_LIST_QUERY } from '../graphql/discussions.graphql';
import { ThreadList } from './ThreadList';

export const SPACE_PAGE_SIZE = 20;

interface Props {
  space: { type: SpaceType; id: string };
  /** Level of the thread titles. */
  headingLevel: 2 | 3 | 4;
  emptyText: string;
}

/** The threads of one space (a topic, programme or practice), pinned first, with paging. */
export function SpaceThreads({ space, headingLevel, emptyText }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(THREAD_LIST_QUERY, {
    variables: { space: { type: space.type, id: space.id }, first: SPACE_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.threads;
  if (error && !data) return <QueryError error={error} />;
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!connection) return null;
  return (
    <>
      {connection.edges.length === 0 ? <p>{emptyText}</p> : <ThreadList threads={connection.edges.map((e) => e.node)} headingLevel={headingLevel} />}
      <LoadMore pageInfo={connection.pageInfo} label={t('discussions.list.more')} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
