import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ConversationListQuery } from '../../../graphql/generated';
import { formatDateTime } from '../../../ui/format';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import { CONVERSATION_LIST_QUERY } from '../graphql/messages.graphql';
import '../../discussions/discussions.css';

type Summary = ConversationListQuery['conversations']['edges'][number]['node'];

/** The title of a conversation: its subject, else the other people in it. */
export function conversationTitle(t: (key: string, options?: Record<string, unknown>) => string, c: Pick<Summary, 'subject' | 'participants'>, meId: string): string {
  if (c.subject) return c.subject;
  const others = c.participants.filter((p) => p.id !== meId).map((p) => p.displayName);
  return t('messages.with', { names: others.join(', ') || t('messages.nobody') });
}

/** `/nachrichten`: my conversations, latest first, unread ones marked. */
export default function ConversationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.title'));
  return (
    <>
      <PageHeading>{t('messages.title')}</PageHeading>
      <RequireSignIn>{(me) => <Conversations meId={me.id} />}</RequireSignIn>
    </>
  );
}

function Conversations({ meId }: { meId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(CONVERSATION_LIST_QUERY, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const connection = data?.conversations;
  if (error && !data) return <QueryError error={error} />;
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!connection) return null;
  return (
    <>
      {connection.edges.length === 0 && <p>{t('messages.empty')}</p>}
      <ul className="card-list">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className={node.unread ? 'card unread-item' : 'card'}>
            <h2 className="card-title">
              <Link to={`/nachrichten/${encodeURIComponent(node.id)}`}>{conversationTitle(t, node, meId)}</Link>
              {node.unread && <span className="badge badge-unread">{t('messages.unread')}</span>}
            </h2>
            <dl className="card-meta">
              <div>
                <dt>{t('messages.participants')}</dt>
                <dd>{node.participants.map((p) => p.displayName).join(', ')}</dd>
              </div>
              {node.practice && (
                <div>
                  <dt>{t('messages.practice')}</dt>
                  <dd>
                    <Link to={`/praxisbeispiele/${encodeURIComponent(node.practice.slug)}`}>{node.practice.title}</Link>
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('messages.lastMessage')}</dt>
                <dd>
                  <time dateTime={node.lastMessageAt}>{formatDateTime(node.lastMessageAt, i18n.resolvedLanguage)}</time>
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <LoadMore pageInfo={connection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
