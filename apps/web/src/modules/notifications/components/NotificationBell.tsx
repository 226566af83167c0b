import { useEffect, useRef } from 'react';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { restartSubscriptions } from '../../../app/apollo';
import { useMe } from '../../account/hooks/useMe';
import { UNREAD_CONVERSATION_COUNT_QUERY } from '../../messages/graphql/messages.graphql';
import { NOTIFICATION_COUNT_SUBSCRIPTION, UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/notifications.graphql';

/**
 * The header's bell for signed-in people: a link to the notification centre whose name carries the
 * unread count ("Benachrichtigungen, 3 ungelesen"). The count comes from the query once and is then
 * kept current by the `notificationCount` subscription. It is not a live region: a count changing
 * while someone reads would interrupt them; it is read when the link is reached.
 */
export function NotificationBell() {
  const { me } = useMe();
  useSocketFollowsSession(me?.id ?? null, me !== undefined);
  if (!me) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation();
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { fetchPolicy: 'cache-and-network' });
  const { data: messageData, refetch: refetchMessages } = useQuery(UNREAD_CONVERSATION_COUNT_QUERY, { fetchPolicy: 'cache-and-network' });
  useSubscription(NOTIFICATION_COUNT_SUBSCRIPTION, {
    onData: ({ client, data: pushed }) => {
      const count = pushed.data?.notificationCount;
      if (typeof count === 'number') client.writeQuery({ query: UNREAD_NOTIFICATION_COUNT_QUERY, data: { unreadNotificationCount: count } });
      // A new message also notifies: its conversation count may have changed with it.
      void refetchMessages().catch(() => undefined);
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  const messages = messageData?.unreadConversationCount ?? 0;
  return (
    <>
      <Link to="/nachrichten" className="messages-link" aria-label={t('notifications.messagesLink.label', { count: messages })}>
        {t('messages.title')}
        {messages > 0 && (
          <span className="notification-count" aria-hidden="true">
            {messages > 99 ? '99+' : messages}
          </span>
        )}
      </Link>
      <Link to="/benachrichtigungen" className="notification-bell" aria-label={t('notifications.bell.label', { count })}>
        <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 && (
          <span className="notification-count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </Link>
    </>
  );
}

/** The socket speaks for the session of its handshake: reconnect when someone signs in or out. */
function useSocketFollowsSession(personId: string | null, known: boolean) {
  const client = useApolloClient();
  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!known) return;
    if (previous.current !== undefined && previous.current !== personId) restartSubscriptions(client);
    previous.current = personId;
  }, [client, personId, known]);
}
