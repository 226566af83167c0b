import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { formatDateTime } from '../../../ui/format';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { errorMessages } from '../../../ui/problems';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import type { NotificationListQuery } from '../../../graphql/generated';
import { MARK_NOTIFICATIONS_READ_MUTATION, NOTIFICATION_LIST_QUERY, UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/notifications.graphql';
import '../../discussions/discussions.css';

type Notification = NotificationListQuery['notifications']['edges'][number]['node'];
const PAGE_SIZE = 20;

/** `/benachrichtigungen`: the notification centre. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <p>
        <Link to="/konto/benachrichtigungen">{t('notifications.settingsLink')}</Link>
      </p>
      <RequireSignIn>{() => <NotificationList />}</RequireSignIn>
    </>
  );
}

/** What a notification says: who did what, where; several of the same kind are counted together. */
export function notificationText(t: (key: string, options?: Record<string, unknown>) => string, n: Notification): string {
  const actor = n.actor?.displayName ?? t('notifications.someone');
  return t(`notifications.type.${n.type}`, { count: n.count, actor, title: n.title, defaultValue: n.title });
}

function NotificationList() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(NOTIFICATION_LIST_QUERY, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const connection = data?.notifications;
  const unread = connection?.edges.filter((e) => !e.node.readAt).length ?? 0;

  const mark = async (ids: string[] | null) => {
    setOutcome(null);
    try {
      await markRead({
        variables: { ids },
        update: (cache, result) => {
          const now = new Date().toISOString();
          for (const edge of connection?.edges ?? []) {
            if (ids && !ids.includes(edge.node.id)) continue;
            cache.modify({ id: cache.identify(edge.node), fields: { readAt: (value: string | null) => value ?? now } });
          }
          if (typeof result.data?.markNotificationsRead === 'number') {
            cache.writeQuery({ query: UNREAD_NOTIFICATION_COUNT_QUERY, data: { unreadNotificationCount: result.data.markNotificationsRead } });
          }
        },
      });
      setOutcome({ ok: true, text: ids ? t('notifications.markedOne') : t('notifications.markedAll') });
    } catch (e) {
      setOutcome({ ok: false, text: errorMessages(t, e).join(' ') });
    }
  };

  if (error && !data) return <QueryError error={error} />;
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!connection) return null;
  return (
    <>
      <p className="result-count">{t('notifications.unreadCount', { count: unread })}</p>
      {unread > 0 && (
        <p>
          <button type="button" className="button-secondary" disabled={marking.loading} onClick={() => void mark(null)}>
            {t('notifications.markAll')}
          </button>
        </p>
      )}
      <ActionOutcome outcome={outcome} />
      {connection.edges.length === 0 && <p>{t('notifications.empty')}</p>}
      <ul className="card-list notification-list">
        {connection.edges.map(({ node }) => {
          const text = notificationText(t, node);
          return (
            <li key={node.id} className={node.readAt ? 'card' : 'card unread-item'}>
              <h2 className="card-title">
                {!node.readAt && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                <Link to={node.path} onClick={() => !node.readAt && void markRead({ variables: { ids: [node.id] } }).catch(() => undefined)}>
                  {text}
                </Link>
              </h2>
              {node.excerpt && <p className="card-summary">{node.excerpt}</p>}
              <p className="post-meta">
                <time dateTime={node.updatedAt}>{formatDateTime(node.updatedAt, i18n.resolvedLanguage)}</time>
                {!node.readAt && <span className="badge badge-unread">{t('notifications.new')}</span>}
              </p>
              {!node.readAt && (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={marking.loading}
                  aria-label={t('notifications.markOneLabel', { text })}
                  onClick={() => void mark([node.id])}
                >
                  {t('notifications.markOne')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <LoadMore pageInfo={connection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
