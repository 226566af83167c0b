import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { formatDateTime } from '../../../ui/format';
import { AdminPage } from '../components/AdminPage';
import { ACCESSIBILITY_FEEDBACK_QUERY } from '../graphql/feedback.graphql';

/** Messages from the accessibility feedback form, newest first. */
export default function FeedbackPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.feedback.title')} allowed={(a) => a.readFeedback}>
      {() => <FeedbackList />}
    </AdminPage>
  );
}

function FeedbackList() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(ACCESSIBILITY_FEEDBACK_QUERY, {
    variables: { first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.accessibilityFeedback;

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
      <LoadMore pageInfo={connection?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
