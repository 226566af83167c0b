import { useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../ui/ActionOutcome';
import { errorMessages } from '../../../ui/problems';
import { ConfirmAction } from '../../practices/components/ConfirmAction';
import {
  ACCEPT_ANSWER_MUTATION,
  ADD_REACTION_MUTATION,
  DELETE_POST_MUTATION,
  EDIT_POST_MUTATION,
  REMOVE_REACTION_MUTATION,
  UNACCEPT_ANSWER_MUTATION,
} from '../graphql/discussions.graphql';
import { HIDE_POST_MUTATION, RESTORE_POST_MUTATION } from '../graphql/moderate.graphql';
import type { PostView as Post, ThreadView } from '../graphql/types';
import { Composer } from './Composer';
import { FlagDialog } from './FlagDialog';
import { PostRevisions } from './PostRevisions';
import { ReasonForm } from './ReasonForm';
import { Time } from './Time';

interface Props {
  post: Post;
  thread: ThreadView;
  headingLevel: 2 | 3;
  /** Quote this post in the reply composer. */
  onQuote?: (post: Post) => void;
  /** Result of an action, for the page's status region. */
  onOutcome: (outcome: Outcome) => void;
  /** The first post was deleted, and with it the thread. */
  onThreadDeleted?: () => void;
}

type Mode = 'view' | 'edit' | 'delete' | 'hide';

export function authorName(t: (key: string) => string, author: { displayName: string } | null | undefined): string {
  return author?.displayName ?? t('discussions.post.deletedAccount');
}

/** One post: author, time, edit mark, quote, body or placeholder, and what the viewer may do with it. */
export function PostView({ post, thread, headingLevel, onQuote, onOutcome, onThreadDeleted }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [flagging, setFlagging] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  const [editPost] = useMutation(EDIT_POST_MUTATION);
  const [deletePost, deleting] = useMutation(DELETE_POST_MUTATION);
  const [addReaction, adding] = useMutation(ADD_REACTION_MUTATION);
  const [removeReaction, removing] = useMutation(REMOVE_REACTION_MUTATION);
  const [acceptAnswer, accepting] = useMutation(ACCEPT_ANSWER_MUTATION);
  const [unacceptAnswer, unaccepting] = useMutation(UNACCEPT_ANSWER_MUTATION);
  const [hidePost] = useMutation(HIDE_POST_MUTATION);
  const [restorePost, restoring] = useMutation(RESTORE_POST_MUTATION);
  const Heading = `h${headingLevel}` as const;
  const name = authorName(t, post.author);
  const isAccepted = thread.acceptedAnswer?.id === post.id;
  const gone = post.deleted;

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      onOutcome({ ok: true, text: success });
    } catch (error) {
      onOutcome({ ok: false, text: errorMessages(t, error, 'discussions').join(' ') });
    }
  };

  const back = () => {
    setMode('view');
    setTimeout(() => articleRef.current?.querySelector<HTMLElement>('.post-actions button')?.focus(), 0);
  };

  const toggleHelpful = () =>
    run(
      () => (post.viewerReacted ? removeReaction({ variables: { postId: post.id } }) : addReaction({ variables: { postId: post.id } })),
      post.viewerReacted ? t('discussions.post.helpfulRemoved') : t('discussions.post.helpfulAdded'),
    );

  const confirmDelete = async () => {
    try {
      await deletePost({ variables: { postId: post.id } });
      setMode('view');
      if (post.number === 1) onThreadDeleted?.();
      else onOutcome({ ok: true, text: t('discussions.post.deleted') });
    } catch (error) {
      setMode('view');
      onOutcome({ ok: false, text: errorMessages(t, error, 'discussions').join(' ') });
    }
  };

  return (
    <article ref={articleRef} className={isAccepted ? 'post post-accepted' : 'post'} aria-labelledby={headingId} id={`beitrag-${post.number}`}>
      <header className="post-header">
        <Heading id={headingId} className="post-author">
          {name}
          <span className="visually-hidden"> – {t('discussions.post.number', { number: post.number })}</span>
        </Heading>
        <p className="post-meta">
          <Time iso={post.createdAt} />
          {post.editedAt && (
            <>
              {' · '}
              <span className="post-edited">
                {t('discussions.post.edited')} <span className="visually-hidden">{t('discussions.post.editedAt')}</span> <Time iso={post.editedAt} />
              </span>
            </>
          )}
          {isAccepted && <span className="badge badge-accepted">{t('discussions.post.accepted')}</span>}
          {post.held && <span className="badge badge-danger">{t('discussions.post.held')}</span>}
        </p>
      </header>

      {post.quoted && (
        <blockquote className="post-quote">
          <p className="post-quote-source">
            {t('discussions.post.quoteOf', { number: post.quoted.number, author: authorName(t, post.quoted.author) })}
          </p>
          <p>{post.quoted.excerpt ?? t('discussions.post.quoteUnavailable')}</p>
        </blockquote>
      )}

      {gone ? (
        <p className="post-placeholder">{t('discussions.post.deletedPlaceholder')}</p>
      ) : post.hidden && !post.body ? (
        <div className="post-placeholder">
          <p>{t('discussions.post.hiddenPlaceholder')}</p>
          {post.hiddenReason && <p>{t('discussions.post.hiddenReason', { reason: post.hiddenReason })}</p>}
        </div>
      ) : mode === 'edit' && post.body ? (
        <Composer
          label={t('discussions.post.editLabel', { number: post.number })}
          submitLabel={t('discussions.post.saveEdit')}
          busyLabel={t('common.saving')}
          initialValue={post.body.markdown}
          headingLevel={headingLevel === 2 ? 3 : 4}
          onSubmit={async (body) => {
            await editPost({ variables: { input: { postId: post.id, body } } });
            onOutcome({ ok: true, text: t('discussions.post.saved') });
            back();
          }}
          onCancel={back}
        />
      ) : (
        <>
          {post.hidden && (
            <p className="notice notice-warning">
              {t('discussions.post.hiddenForModerators')}
              {post.hiddenReason && ` ${t('discussions.post.hiddenReason', { reason: post.hiddenReason })}`}
            </p>
          )}
          {/* Sanitized by the API (@praxisforum/markdown), as practice texts are. */}
          {post.body && <div className="markdown post-body" dangerouslySetInnerHTML={{ __html: post.body.html }} />}
        </>
      )}

      {post.viewerCan.moderate && post.editCount > 0 && <PostRevisions postId={post.id} editCount={post.editCount} />}

      {mode === 'delete' && (
        <ConfirmAction
          heading={post.number === 1 ? t('discussions.post.deleteThreadHeading') : t('discussions.post.deleteHeading')}
          confirmLabel={t('discussions.post.deleteConfirm')}
          busyLabel={t('discussions.post.deleting')}
          busy={deleting.loading}
          onConfirm={() => void confirmDelete()}
          onCancel={back}
          headingLevel={headingLevel === 2 ? 3 : 4}
        >
          <p>{post.number === 1 ? t('discussions.post.deleteThreadText') : t('discussions.post.deleteText')}</p>
        </ConfirmAction>
      )}

      {mode === 'hide' && (
        <ReasonForm
          heading={t('discussions.moderation.hidePostHeading', { author: name })}
          label={t('discussions.moderation.reason')}
          submitLabel={t('discussions.moderation.hide')}
          required
          headingLevel={headingLevel === 2 ? 3 : 4}
          onCancel={back}
          onSubmit={async (reason) => {
            try {
              await hidePost({ variables: { postId: post.id, reason } });
              onOutcome({ ok: true, text: t('discussions.moderation.postHidden') });
              back();
              return null;
            } catch (error) {
              return errorMessages(t, error, 'discussions').join(' ');
            }
          }}
        />
      )}

      {mode === 'view' && (
        <div className="post-actions button-row">
          {!gone &&
            (post.viewerCan.react ? (
              <button
                type="button"
                className="button-secondary toggle-button"
                aria-pressed={post.viewerReacted}
                disabled={adding.loading || removing.loading}
                onClick={() => void toggleHelpful()}
              >
                {t('discussions.post.helpful', { count: post.helpfulCount })}
              </button>
            ) : (
              post.helpfulCount > 0 && <span className="post-helpful-count">{t('discussions.post.helpfulCount', { count: post.helpfulCount })}</span>
            ))}
          {!gone && onQuote && thread.viewerCan.reply && !thread.locked && (
            <button type="button" className="button-secondary" onClick={() => onQuote(post)} aria-label={t('discussions.post.quoteAction', { author: name, number: post.number })}>
              {t('discussions.post.quote')}
            </button>
          )}
          {thread.kind === 'QUESTION' && post.number > 1 && !gone && !isAccepted && post.viewerCan.accept && (
            <button
              type="button"
              className="button-secondary"
              disabled={accepting.loading}
              onClick={() => void run(() => acceptAnswer({ variables: { postId: post.id } }), t('discussions.post.acceptedDone'))}
            >
              {t('discussions.post.accept')}
            </button>
          )}
          {isAccepted && thread.viewerCan.accept && (
            <button
              type="button"
              className="button-secondary"
              disabled={unaccepting.loading}
              onClick={() => void run(() => unacceptAnswer({ variables: { threadId: thread.id } }), t('discussions.post.unacceptedDone'))}
            >
              {t('discussions.post.unaccept')}
            </button>
          )}
          {!gone && post.viewerCan.edit && post.body && (
            <button type="button" className="button-secondary" onClick={() => setMode('edit')}>
              {t('discussions.post.edit')}
            </button>
          )}
          {!gone && post.viewerCan.delete && (
            <button type="button" className="button-secondary" onClick={() => setMode('delete')}>
              {t('discussions.post.delete')}
            </button>
          )}
          {!gone && post.viewerCan.flag && (
            <button type="button" className="button-secondary" onClick={() => setFlagging(true)}>
              {t('discussions.post.flag')}
            </button>
          )}
          {!gone && post.viewerCan.moderate && !post.hidden && (
            <button type="button" className="button-secondary" onClick={() => setMode('hide')}>
              {t('discussions.moderation.hide')}
            </button>
          )}
          {!gone && post.viewerCan.moderate && post.hidden && (
            <button
              type="button"
              className="button-secondary"
              disabled={restoring.loading}
              onClick={() => void run(() => restorePost({ variables: { postId: post.id } }), t('discussions.moderation.postRestored'))}
            >
              {t('discussions.moderation.restore')}
            </button>
          )}
        </div>
      )}

      {flagging && (
        <FlagDialog
          subject={{ kind: 'post', id: post.id, label: t('discussions.post.flagSubject', { author: name }) }}
          onClose={() => setFlagging(false)}
          onFlagged={(text) => {
            setFlagging(false);
            onOutcome({ ok: true, text });
          }}
        />
      )}
    </article>
  );
}
