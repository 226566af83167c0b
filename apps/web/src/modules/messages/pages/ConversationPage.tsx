import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import type { ConversationPageQuery } from '../../../graphql/generated';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { hasErrorCode } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { errorMessages } from '../../../ui/problems';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import { Composer } from '../../discussions/components/Composer';
import {
  BLOCK_SENDER_MUTATION,
  CONVERSATION_PAGE_QUERY,
  MARK_CONVERSATION_READ_MUTATION,
  SEND_MESSAGE_MUTATION,
  UNBLOCK_SENDER_MUTATION,
  UNREAD_CONVERSATION_COUNT_QUERY,
} from '../graphql/messages.graphql';
import { conversationTitle } from './ConversationsPage';
import '../../discussions/discussions.css';

type Conversation = NonNullable<ConversationPageQuery['conversation']>;
const PAGE_SIZE = 50;

/** `/nachrichten/:id`: one conversation, its messages (newest last) and a reply form. */
export default function ConversationPage() {
  const { t } = useTranslation();
  const [title, setTitle] = useState(t('messages.conversation'));
  usePageTitle(title);
  return <RequireSignIn>{(me) => <ConversationView meId={me.id} onTitle={setTitle} />}</RequireSignIn>;
}

function ConversationView({ meId, onTitle }: { meId: string; onTitle: (title: string) => void }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(CONVERSATION_PAGE_QUERY, { variables: { id, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const conversation = data?.conversation;
  const title = conversation ? conversationTitle(t, conversation, meId) : null;
  useEffect(() => {
    if (title) onTitle(title);
  }, [title, onTitle]);

  if (error && !conversation) {
    if (hasErrorCode(error, 'NOT_FOUND')) {
      return (
        <>
          <PageHeading>{t('messages.notFound')}</PageHeading>
          <p>
            <Link to="/nachrichten">{t('messages.backToList')}</Link>
          </p>
        </>
      );
    }
    return <QueryError error={error} />;
  }
  if (loading && !conversation) return <p role="status">{t('common.loading')}</p>;
  if (!conversation || !title) return null;
  return (
    <Thread
      conversation={conversation}
      title={title}
      meId={meId}
      blocked={data?.blockedUsers ?? []}
      onLoadOlder={(before) => fetchMore({ variables: { before } })}
    />
  );
}

function Thread({
  conversation,
  title,
  meId,
  blocked,
  onLoadOlder,
}: {
  conversation: Conversation;
  title: string;
  meId: string;
  blocked: readonly { id: string; displayName: string }[];
  onLoadOlder: (before: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const replyId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [send] = useMutation(SEND_MESSAGE_MUTATION);
  const [markRead] = useMutation(MARK_CONVERSATION_READ_MUTATION, { refetchQueries: [UNREAD_CONVERSATION_COUNT_QUERY] });
  const marked = useRef(false);
  const others = conversation.participants.filter((p) => p.id !== meId);

  useEffect(() => {
    if (!conversation.unread || marked.current) return;
    marked.current = true;
    markRead({ variables: { id: conversation.id } }).catch(() => {
      marked.current = false;
    });
  }, [conversation.unread, conversation.id, markRead]);

  const reply = async (body: string) => {
    await send({
      variables: { input: { conversationId: conversation.id, body } },
      update: (cache, result) => {
        const message = result.data?.sendMessage;
        if (!message) return;
        cache.updateQuery({ query: CONVERSATION_PAGE_QUERY, variables: { id: conversation.id, first: PAGE_SIZE } }, (data) => {
          const c = data?.conversation;
          if (!c || c.messages.edges.some((e) => e.node.id === message.id)) return undefined;
          return {
            ...data,
            conversation: {
              ...c,
              lastMessageAt: message.createdAt,
              messages: {
                ...c.messages,
                totalCount: c.messages.totalCount + 1,
                edges: [...c.messages.edges, { __typename: 'MessageEdge' as const, cursor: `m-${message.id}`, node: message }],
              },
            },
          };
        });
      },
    });
    setOutcome({ ok: true, text: t('messages.sent') });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/nachrichten">{t('messages.backToList')}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {conversation.practice && (
        <p>
          {t('messages.about')} <Link to={`/praxisbeispiele/${encodeURIComponent(conversation.practice.slug)}`}>{conversation.practice.title}</Link>
        </p>
      )}
      {others.map((person) => (
        <BlockToggle key={person.id} person={person} blocked={blocked.some((b) => b.id === person.id)} onOutcome={setOutcome} />
      ))}
      <ActionOutcome outcome={outcome} />

      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('messages.messages', { count: conversation.messages.totalCount })}</h2>
        <LoadMore pageInfo={conversation.messages.pageInfo} label={t('messages.older')} onLoadMore={onLoadOlder} />
        <ol className="post-list">
          {conversation.messages.edges.map(({ node }) => (
            <li key={node.id}>
              <article className={node.mine ? 'post message-mine' : 'post'} aria-labelledby={`${node.id}-from`}>
                <header className="post-header">
                  <h3 id={`${node.id}-from`} className="post-author">
                    {node.mine ? t('messages.you') : (node.sender?.displayName ?? t('discussions.post.deletedAccount'))}
                  </h3>
                  <p className="post-meta">
                    <time dateTime={node.createdAt}>{formatDateTime(node.createdAt, i18n.resolvedLanguage)}</time>
                  </p>
                </header>
                {/* Sanitized by the API (@praxisforum/markdown). */}
                <div className="markdown post-body" dangerouslySetInnerHTML={{ __html: node.body.html }} />
              </article>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby={replyId}>
        <h2 id={replyId}>{t('messages.reply')}</h2>
        <Composer
          label={t('messages.replyLabel')}
          submitLabel={t('messages.send')}
          onSubmit={reply}
          clearOnSuccess
          headingLevel={3}
          max={DISCUSSION_LIMITS.messageMax}
          min={DISCUSSION_LIMITS.messageMin}
          mentions={false}
        />
      </section>
    </>
  );
}

function BlockToggle({ person, blocked, onOutcome }: { person: { id: string; displayName: string }; blocked: boolean; onOutcome: (o: Outcome) => void }) {
  const { t } = useTranslation();
  const [block, blocking] = useMutation(BLOCK_SENDER_MUTATION, { refetchQueries: ['ConversationPage'] });
  const [unblock, unblocking] = useMutation(UNBLOCK_SENDER_MUTATION, { refetchQueries: ['ConversationPage'] });
  const toggle = async () => {
    try {
      if (blocked) await unblock({ variables: { userId: person.id } });
      else await block({ variables: { userId: person.id } });
      onOutcome({ ok: true, text: t(blocked ? 'messages.unblocked' : 'messages.blocked', { name: person.displayName }) });
    } catch (e) {
      onOutcome({ ok: false, text: errorMessages(t, e).join(' ') });
    }
  };
  return (
    <p>
      <button type="button" className="button-secondary" disabled={blocking.loading || unblocking.loading} onClick={() => void toggle()}>
        {t(blocked ? 'messages.unblock' : 'messages.block', { name: person.displayName })}
      </button>{' '}
      {blocked && <span className="hint">{t('messages.blockedHint', { name: person.displayName })}</span>}
    </p>
  );
}
