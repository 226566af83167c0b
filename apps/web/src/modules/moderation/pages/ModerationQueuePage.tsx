import { useEffect, useRef, useState } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ModerationQueueQuery } from '../../../graphql/generated';
import { formatDateTime } from '../../../ui/format';
import { LoadMore } from '../../../ui/LoadMore';
import { errorMessages } from '../../../ui/problems';
import { QueryError } from '../../../ui/QueryError';
import { AdminPage } from '../../admin/components/AdminPage';
import { ReasonForm } from '../../discussions/components/ReasonForm';
import { spaceTitle, threadPath } from '../../discussions/spaces';
import { BlockUserDialog } from '../components/BlockUserDialog';
import {
  APPROVE_POST_MUTATION,
  DISMISS_FLAGS_MUTATION,
  MODERATION_QUEUE_QUERY,
  QUEUE_HIDE_POST_MUTATION,
  QUEUE_HIDE_THREAD_MUTATION,
  REJECT_POST_MUTATION,
  WARN_USER_MUTATION,
} from '../graphql/moderation.graphql';
import '../../discussions/discussions.css';

type Item = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];
const QUEUE_VARIABLES = { first: 20 };

/** `/verwaltung/moderation`: flagged and held content for moderators, with context and actions. */
export default function ModerationQueuePage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('moderation.queue.title')} allowed={(a) => a.moderate}>
      {() => <Queue />}
    </AdminPage>
  );
}

/** A decided item leaves the queue (all loaded pages live under the first page's entry). */
function dropFromQueue(cache: ApolloCache, id: string) {
  cache.updateQuery({ query: MODERATION_QUEUE_QUERY, variables: QUEUE_VARIABLES }, (data) => {
    if (!data) return undefined;
    const edges = data.moderationQueue.edges.filter((e) => e.node.id !== id);
    const removed = data.moderationQueue.edges.length - edges.length;
    return { moderationQueue: { ...data.moderationQueue, edges, totalCount: data.moderationQueue.totalCount - removed } };
  });
}

function Queue() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(MODERATION_QUEUE_QUERY, { variables: QUEUE_VARIABLES, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const connection = data?.moderationQueue;

  // The decided item goes away with its buttons: continue from the confirmation.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <>
      <p className="lead">{t('moderation.queue.intro')}</p>
      <div role="status" ref={doneRef} tabIndex={-1} className={done ? 'notice notice-success' : undefined}>
        {done && <p>{done}</p>}
      </div>
      <p className="result-count">{connection ? t('moderation.queue.count', { count: connection.totalCount }) : ''}</p>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && !data && <QueryError error={error} />}
      {connection && connection.edges.length === 0 && <p>{t('moderation.queue.empty')}</p>}
      <ul className="card-list">
        {connection?.edges.map(({ node }) => (
          <QueueItem key={node.id} item={node} onDone={setDone} />
        ))}
      </ul>
      <LoadMore pageInfo={connection?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}

type Step = 'hide' | 'reject' | 'warn' | null;

function QueueItem({ item, onDone }: { item: Item; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [step, setStep] = useState<Step>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [blocking, setBlocking] = useState(false);
  // Warning or blocking the author does not decide the item: it stays, with the outcome beside it.
  const [userNotice, setUserNotice] = useState<string | null>(null);
  const userNoticeRef = useRef<HTMLDivElement>(null);
  const author = item.author;
  const isPost = Boolean(item.post);
  const held = item.kind === 'held';
  const subject = item.post ? t('moderation.queue.postSubject', { number: item.post.number, title: item.thread.title }) : t('moderation.queue.threadSubject', { title: item.thread.title });
  const link = item.post ? `${threadPath(item.thread.id)}#beitrag-${item.post.number}` : threadPath(item.thread.id);

  const act = async (mutate: () => Promise<unknown>, text: string): Promise<string | null> => {
    setFailure(null);
    setBusy(true);
    try {
      await mutate();
      dropFromQueue(client.cache, item.id);
      onDone(text);
      return null;
    } catch (error) {
      const message = errorMessages(t, error, 'discussions').join(' ');
      setFailure(message);
      return message;
    } finally {
      setBusy(false);
    }
  };

  const dismiss = () =>
    act(() => client.mutate({ mutation: DISMISS_FLAGS_MUTATION, variables: { subjectType: item.subjectType, subjectId: item.subjectId } }), t('moderation.queue.dismissed', { subject }));
  const approve = () => act(() => client.mutate({ mutation: APPROVE_POST_MUTATION, variables: { postId: item.subjectId } }), t('moderation.queue.approved', { subject }));
  const hide = (reason: string) =>
    act(
      () =>
        isPost
          ? client.mutate({ mutation: QUEUE_HIDE_POST_MUTATION, variables: { postId: item.post?.id ?? item.subjectId, reason } })
          : client.mutate({ mutation: QUEUE_HIDE_THREAD_MUTATION, variables: { threadId: item.thread.id, reason } }),
      t('moderation.queue.hidden', { subject }),
    );
  const reject = (reason: string) =>
    act(() => client.mutate({ mutation: REJECT_POST_MUTATION, variables: { postId: item.subjectId, reason } }), t('moderation.queue.rejected', { subject }));

  // The form (or dialog) that had focus goes away: continue from the confirmation.
  useEffect(() => {
    if (userNotice) userNoticeRef.current?.focus();
  }, [userNotice]);

  const warn = async (reason: string): Promise<string | null> => {
    if (!author) return null;
    try {
      await client.mutate({ mutation: WARN_USER_MUTATION, variables: { userId: author.id, reason } });
      setStep(null);
      setUserNotice(t('moderation.user.warned', { name: author.displayName }));
      return null;
    } catch (error) {
      return errorMessages(t, error, 'moderation.user').join(' ');
    }
  };

  return (
    <li className="card">
      <h2 className="card-title">
        <Link to={link}>{subject}</Link>
      </h2>
      <p className="card-badges">
        <span className={held ? 'badge' : 'badge badge-danger'}>{t(held ? 'moderation.queue.kindHeld' : 'moderation.queue.kindFlag')}</span>
      </p>
      <dl className="card-meta">
        <div>
          <dt>{t('moderation.queue.space')}</dt>
          <dd>
            <Link to={item.thread.space.path}>{spaceTitle(item.thread.space, i18n.resolvedLanguage)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('moderation.queue.author')}</dt>
          <dd>{item.author?.displayName ?? t('discussions.post.deletedAccount')}</dd>
        </div>
        {!held && (
          <div>
            <dt>{t('moderation.queue.flags')}</dt>
            <dd>
              {t('moderation.queue.flagCount', { count: item.flagCount })}
              {item.reasons.length > 0 && `: ${item.reasons.map((r) => t(`discussions.flagReason.${r}`)).join(', ')}`}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('moderation.queue.since')}</dt>
          <dd>
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.resolvedLanguage)}</time>
          </dd>
        </div>
      </dl>
      {item.notes.length > 0 && (
        <>
          <h3>{t('moderation.queue.notes')}</h3>
          <ul>
            {item.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {item.post?.body && (
        <>
          <h3>{t('moderation.queue.content')}</h3>
          {/* Sanitized by the API (@praxisforum/markdown). */}
          <blockquote className="post-quote markdown" dangerouslySetInnerHTML={{ __html: item.post.body.html }} />
        </>
      )}
      {failure && !step && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {step === 'hide' && (
        <ReasonForm
          heading={t('moderation.queue.hideHeading', { subject })}
          label={t('discussions.moderation.reason')}
          submitLabel={t('moderation.queue.hide')}
          required
          headingLevel={3}
          onCancel={() => setStep(null)}
          onSubmit={hide}
        />
      )}
      {step === 'reject' && (
        <ReasonForm
          heading={t('moderation.queue.rejectHeading', { subject })}
          label={t('discussions.moderation.reason')}
          submitLabel={t('moderation.queue.reject')}
          required
          headingLevel={3}
          onCancel={() => setStep(null)}
          onSubmit={reject}
        />
      )}
      {step === 'warn' && author && (
        <ReasonForm
          heading={t('moderation.user.warnHeading', { name: author.displayName })}
          label={t('discussions.moderation.reason')}
          submitLabel={t('moderation.user.warn')}
          required
          headingLevel={3}
          onCancel={() => setStep(null)}
          onSubmit={warn}
        >
          <p>{t('moderation.user.warnExplain')}</p>
        </ReasonForm>
      )}
      {blocking && author && (
        <BlockUserDialog
          person={author}
          onClose={() => setBlocking(false)}
          onBlocked={(text) => {
            setBlocking(false);
            setUserNotice(text);
          }}
        />
      )}
      <div role="status" ref={userNoticeRef} tabIndex={-1} className={userNotice ? 'notice notice-success' : undefined}>
        {userNotice && <p>{userNotice}</p>}
      </div>
      {!step && (
        <div className="button-row">
          {held ? (
            <>
              <button type="button" disabled={busy} onClick={() => void approve()} aria-label={t('moderation.queue.actionOn', { action: t('moderation.queue.approve'), subject })}>
                {t('moderation.queue.approve')}
              </button>
              <button type="button" className="button-secondary" disabled={busy} onClick={() => setStep('reject')} aria-label={t('moderation.queue.actionOn', { action: t('moderation.queue.reject'), subject })}>
                {t('moderation.queue.reject')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button-danger" disabled={busy} onClick={() => setStep('hide')} aria-label={t('moderation.queue.actionOn', { action: t('moderation.queue.hide'), subject })}>
                {t('moderation.queue.hide')}
              </button>
              <button type="button" className="button-secondary" disabled={busy} onClick={() => void dismiss()} aria-label={t('moderation.queue.actionOn', { action: t('moderation.queue.dismiss'), subject })}>
                {t('moderation.queue.dismiss')}
              </button>
            </>
          )}
          {author && (
            <>
              <button
                type="button"
                className="button-secondary"
                disabled={busy}
                onClick={() => {
                  setUserNotice(null);
                  setStep('warn');
                }}
                aria-label={t('moderation.user.actionOn', { action: t('moderation.user.warn'), name: author.displayName })}
              >
                {t('moderation.user.warn')}
              </button>
              <button
                type="button"
                className="button-secondary"
                disabled={busy}
                onClick={() => {
                  setUserNotice(null);
                  setBlocking(true);
                }}
                aria-label={t('moderation.user.actionOn', { action: t('moderation.user.block'), name: author.displayName })}
              >
                {t('moderation.user.block')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
