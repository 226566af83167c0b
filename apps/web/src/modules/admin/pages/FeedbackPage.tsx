import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { formatDateTime } from '../../../ui/format';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminNav } from '../components/AdminNav';
import { RequireAbility } from '../components/RequireAbility';
import { ACCESSIBILITY_FEEDBACK_QUERY } from '../graphql/feedback.graphql';

/** Messages from the accessibility feedback form, newest first. */
export default function FeedbackPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.feedback.title'));
  return (
    <>
      <PageHeading>{t('admin.feedback.title')}</PageHeading>
      <RequireAbility allowed={(a) => a.readFeedback}>
        {(me) => (
          <>
            <AdminNav abilities={me.abilities} />
            <FeedbackList />
          </>
        )}
      </RequireAbility>
    </>
  );
}

function FeedbackList() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(ACCESSIBILITY_FEEDBACK_QUERY, {
    variables: { first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const connection = data?.accessibilityFeedback;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (e) {
      setLoadMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <p role="status" className="result-count">
        {loading && !data ? t('common.loading') : connection ? t('admin.feedback.count', { count: connection.totalCount }) : ''}
      </p>
      {error && !data && <QueryError error={error} />}
      <ul className="card-list">
        {connection?.edges.map(({ node }) => (
          <li key={node.id} className="card">
            <h2 className="card-title">
              {t('admin.feedback.entryHeading', { date: formatDateTime(node.createdAt, i18n.resolvedLanguage) })}
            </h2>
            <p className="feedback-message">{node.message}</p>
            <dl className="card-meta">
              <div>
                <dt>{t('admin.feedback.from')}</dt>
                <dd>{[node.name, node.email].filter(Boolean).join(' · ') || t('admin.feedback.anonymous')}</dd>
              </div>
              {node.pageUrl && (
                <div>
                  <dt>{t('admin.feedback.page')}</dt>
                  <dd className="break-anywhere">{node.pageUrl}</dd>
                </div>
              )}
              <div>
                <dt>{t('admin.feedback.id')}</dt>
                <dd>{node.id}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore} aria-busy={loadingMore}>
          {loadingMore ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
      {loadMoreError != null && <QueryError error={loadMoreError} />}
    </>
  );
}
