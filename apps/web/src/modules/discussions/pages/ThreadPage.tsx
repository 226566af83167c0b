import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { hasErrorCode } from '../../../ui/errors';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useMe } from '../../account/hooks/useMe';
import { signInPath } from '../../account/nextPath';
import { FollowLevelSelect } from '../../notifications/components/FollowLevelSelect';
import { Composer, type QuoteRef } from '../components/Composer';
import { EditThreadForm } from '../components/EditThreadForm';
import { FlagDialog } from '../components/FlagDialog';
import { authorName, PostView } from '../components/PostView';
import { ThreadBadges } from '../components/ThreadBadges';
import { ThreadModeration } from '../components/ThreadModeration';
import { Time } from '../components/Time';
import { CREATE_POST_MUTATION, MARK_THREAD_READ_MUTATION, THREAD_ACTIVITY_SUBSCRIPTION, THREAD_PAGE_QUERY } from '../graphql/discussions.graphql';
import type { PostView as Post, ThreadView } from '../graphql/types';
import { appendPost, POSTS_PAGE_SIZE } from '../hooks/threadCache';
import { spaceTitle } from '../spaces';
import '../discussions.css';

/** `/diskussionen/:id`: a thread with its posts, live. */
export default function ThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(THREAD_PAGE_QUERY, {
    variables: { id, first: POSTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.thread;
  usePageTitle(thread?.title ?? t('discussions.thread.title'));

  if (error && !thread) {
    if (hasErrorCode(error, 'NOT_FOUND')) return <ThreadNotFound />;
    return <QueryError error={error} />;
  }
  if (loading && !thread) return <p role="status">{t('common.loading')}</p>;
  if (!thread) return <ThreadNotFound />;
  return <Thread thread={thread} onLoadMore={(after) => fetchMore({ variables: { after } })} />;
}

function ThreadNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('discussions.thread.notFound')}</PageHeading>
      <p>{t('discussions.thread.notFoundText')}</p>
      <p>
        <Link to="/diskussionen">{t('discussions.thread.backToList')}</Link>
      </p>
    </>
  );
}

function Thread({ thread, onLoadMore }: { thread: ThreadView; onLoadMore: (after: string) => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useMe();
  const postsHeadingId = useId();
  const replyHeadingId = useId();
  const acceptedHeadingId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [announcements, setAnnouncements] = useState<{ key: string; text: string }[]>([]);
  const [quote, setQuote] = useState<QuoteRef | null>(null);
  const [flagging, setFlagging] = useState(false);
  const [editing, setEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const [createPost] = useMutation(CREATE_POST_MUTATION);
  const [markRead] = useMutation(MARK_THREAD_READ_MUTATION);
  const posts = thread.posts.edges.map((e) => e.node);
  const lastLoaded = posts.reduce((max, p) => Math.max(max, p.number), 0);
  const signedIn = Boolean(me);

  // What the viewer has seen: everything loaded. Sent once per new high-water mark.
  const sentRead = useRef(0);
  useEffect(() => {
    if (!signedIn || lastLoaded === 0 || lastLoaded <= (thread.lastReadNumber ?? 0) || lastLoaded <= sentRead.current) return;
    sentRead.current = lastLoaded;
    markRead({ variables: { threadId: thread.id, number: lastLoaded } }).catch(() => {
      // Read markers are a convenience: a failure must not disturb reading.
      sentRead.current = 0;
    });
  }, [signedIn, lastLoaded, thread.id, thread.lastReadNumber, markRead]);

  // A link to one post (`#beitrag-12`, e.g. a search hit) loads pages until the post is there, then shows it.
  const targetNumber = Number(/^#beitrag-(\d+)$/.exec(location.hash)?.[1] ?? 0);
  const shownTarget = useRef(0);
  const requestedCursor = useRef<string | null>(null);
  const { hasNextPage, endCursor } = thread.posts.pageInfo;
  useEffect(() => {
    if (!targetNumber || shownTarget.current === targetNumber) return;
    if (targetNumber > lastLoaded && hasNextPage && endCursor) {
      if (requestedCursor.current !== endCursor) {
        requestedCursor.current = endCursor;
        void onLoadMore(endCursor);
      }
      return;
    }
    const article = document.getElementById(`beitrag-${targetNumber}`);
    if (!article) return;
    shownTarget.current = targetNumber;
    article.scrollIntoView?.({ block: 'start' });
    // Focus moves to the post so keyboard and screen reader users start reading there.
    article.setAttribute('tabindex', '-1');
    article.focus({ preventScroll: true });
  }, [targetNumber, lastLoaded, hasNextPage, endCursor, onLoadMore]);

  const announce = useCallback((text: string) => {
    // Each announcement is a new node in the live region, so the same text twice is read twice.
    setAnnouncements((list) => [...list.slice(-2), { key: `${Date.now()}-${Math.random()}`, text }]);
  }, []);

  useSubscription(THREAD_ACTIVITY_SUBSCRIPTION, {
    variables: { threadId: thread.id },
    onData: ({ client, data: result }) => {
      const activity = result.data?.threadActivity;
      const post = activity?.post;
      // Edits arrive as the changed post and update the cache by themselves; new posts are appended.
      if (!activity || activity.type !== 'post.created' || !post) return;
      appendPost(client.cache, thread.id, post);
      // Your own reply is confirmed by the composer already.
      if (post.author && post.author.id === me?.id) return;
      announce(t('discussions.thread.newPost', { author: authorName(t, post.author) }));
    },
  });

  const reply = async (body: string) => {
    const { data } = await createPost({
      variables: { input: { threadId: thread.id, body, quotedPostId: quote?.id ?? null } },
      update: (cache, result) => {
        if (result.data) appendPost(cache, thread.id, result.data.createPost);
      },
    });
    setQuote(null);
    setOutcome({ ok: true, text: data?.createPost.held ? t('discussions.thread.replyHeld') : t('discussions.thread.replied') });
  };

  const quotePost = (post: Post) => {
    setQuote({ id: post.id, number: post.number, authorName: authorName(t, post.author) });
    composerRef.current?.focus();
  };

  const accepted = thread.kind === 'QUESTION' ? thread.acceptedAnswer : null;
  const canReply = thread.viewerCan.reply && !thread.locked;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/diskussionen">{t('discussions.list.title')}</Link>
        {' › '}
        <Link to={thread.space.path}>{spaceTitle(thread.space, i18n.resolvedLanguage)}</Link>
      </p>
      <PageHeading>{thread.title}</PageHeading>
      <ThreadBadges thread={thread} />
      <p className="thread-meta">
        {t('discussions.thread.startedBy', { author: authorName(t, thread.author) })} <Time iso={thread.createdAt} />
        {' · '}
        {t('discussions.list.postCount', { count: thread.postCount })}
      </p>
      {thread.tags.length > 0 && (
        <ul className="tag-list" aria-label={t('discussions.list.tags')}>
          {thread.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {thread.hidden && (
        <p className="notice notice-warning">
          {t('discussions.thread.hiddenNotice')}
          {thread.hiddenReason && ` ${t('discussions.post.hiddenReason', { reason: thread.hiddenReason })}`}
        </p>
      )}

      {signedIn && (
        <div className="thread-tools">
          <FollowLevelSelect subject={{ type: 'THREAD', id: thread.id }} level={thread.viewerFollowLevel} textKey="discussions.follow" />
          {thread.viewerCan.edit && !editing && (
            <button type="button" ref={editButtonRef} className="button-secondary" onClick={() => setEditing(true)}>
              {t('discussions.thread.edit')}
            </button>
          )}
          {thread.viewerCan.flag && (
            <button type="button" className="button-secondary" onClick={() => setFlagging(true)}>
              {t('discussions.thread.flag')}
            </button>
          )}
        </div>
      )}
      {editing && (
        <EditThreadForm
          thread={thread}
          onCancel={() => {
            setEditing(false);
            setTimeout(() => editButtonRef.current?.focus(), 0);
          }}
          onDone={(text) => {
            setEditing(false);
            setOutcome({ ok: true, text });
            setTimeout(() => editButtonRef.current?.focus(), 0);
          }}
        />
      )}
      {thread.viewerCan.moderate && <ThreadModeration thread={thread} onOutcome={setOutcome} />}
      <ActionOutcome outcome={outcome} />

      {accepted && (
        <section aria-labelledby={acceptedHeadingId} className="accepted-answer">
          <h2 id={acceptedHeadingId}>{t('discussions.thread.acceptedAnswer')}</h2>
          <p>
            <a href={`#beitrag-${accepted.number}`}>{t('discussions.thread.toAccepted', { number: accepted.number })}</a>
          </p>
          {accepted.body && <div className="markdown post-body" dangerouslySetInnerHTML={{ __html: accepted.body.html }} />}
          <p className="post-meta">{t('discussions.thread.acceptedBy', { author: authorName(t, accepted.author) })}</p>
        </section>
      )}

      <section aria-labelledby={postsHeadingId}>
        <h2 id={postsHeadingId}>{t('discussions.thread.posts', { count: thread.posts.totalCount })}</h2>
        <ol className="post-list">
          {posts.map((post) => (
            <li key={post.id}>
              <PostView
                post={post}
                thread={thread}
                headingLevel={3}
                onQuote={canReply ? quotePost : undefined}
                onOutcome={setOutcome}
                onThreadDeleted={() => void navigate(thread.space.path, { state: { flash: 'discussions.thread.deleted' } })}
              />
            </li>
          ))}
        </ol>
        <LoadMore pageInfo={thread.posts.pageInfo} label={t('discussions.thread.morePosts')} onLoadMore={onLoadMore} />
      </section>

      {/* New posts from others are announced here; focus stays where the reader is. */}
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="live-posts">
        {announcements.map((a) => (
          <p key={a.key}>{a.text}</p>
        ))}
      </div>

      <section aria-labelledby={replyHeadingId} className="reply">
        <h2 id={replyHeadingId}>{t('discussions.thread.reply')}</h2>
        {thread.locked ? (
          <p className="notice notice-warning">{t('discussions.thread.lockedNotice')}</p>
        ) : me === null ? (
          <p>
            <Link to={signInPath(location.pathname)}>{t('discussions.thread.signInToReply')}</Link>
          </p>
        ) : canReply ? (
          <Composer
            label={t('discussions.thread.replyLabel')}
            submitLabel={t('discussions.thread.send')}
            quote={quote}
            onRemoveQuote={() => {
              setQuote(null);
              composerRef.current?.focus();
            }}
            onSubmit={reply}
            clearOnSuccess
            headingLevel={3}
            textareaRef={composerRef}
          />
        ) : (
          me && <p>{t('discussions.thread.cannotReply')}</p>
        )}
      </section>

      {flagging && (
        <FlagDialog
          subject={{ kind: 'thread', id: thread.id, label: thread.title }}
          onClose={() => setFlagging(false)}
          onFlagged={(text) => {
            setFlagging(false);
            setOutcome({ ok: true, text });
          }}
        />
      )}
    </>
  );
}
