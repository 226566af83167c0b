import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { formatDateTime } from '../../../ui/format';
import { errorMessages } from '../../../ui/problems';
import { AdminPage } from '../../admin/components/AdminPage';
import { ConfirmAction } from '../components/ConfirmAction';
import { ReturnForm } from '../components/ReturnForm';
import { PRACTICE_REVIEW_QUEUE_QUERY, PUBLISH_PRACTICE_MUTATION, RETURN_PRACTICE_TO_DRAFT_MUTATION } from '../graphql/managed.graphql';
import type { PracticeRow } from '../graphql/types';
import { sectionLabel } from '../labels';
import { appendPage } from '../paging';
import { readEditorFailure } from '../serverErrors';
import '../practice-editor.css';

/** `/verwaltung/pruefung`: submitted practices for moderators and admins, longest waiting first. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('practiceEditor.review.title')} allowed={(a) => a.moderate}>
      {() => <ReviewQueue />}
    </AdminPage>
  );
}

const QUEUE_VARIABLES = { first: LIMITS.pageSizeDefault };

/** A decided practice leaves the queue shown (all loaded pages live under the first page's entry). */
function dropFromQueue(cache: ApolloCache, id: string) {
  cache.updateQuery({ query: PRACTICE_REVIEW_QUEUE_QUERY, variables: QUEUE_VARIABLES }, (data) => {
    if (!data) return data;
    const edges = data.practiceReviewQueue.edges.filter((e) => e.node.id !== id);
    const removed = data.practiceReviewQueue.edges.length - edges.length;
    return { practiceReviewQueue: { ...data.practiceReviewQueue, edges, totalCount: data.practiceReviewQueue.totalCount - removed } };
  });
}

function ReviewQueue() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(PRACTICE_REVIEW_QUEUE_QUERY, {
    variables: QUEUE_VARIABLES,
    fetchPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const connection = data?.practiceReviewQueue;

  // The decided item disappears with its buttons: continue from the confirmation instead.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <>
      <p className="lead">{t('practiceEditor.review.intro')}</p>
      <div role="status" ref={doneRef} tabIndex={-1} className={done ? 'notice notice-success' : undefined}>
        {done && <p>{done}</p>}
      </div>
      <p role="status" className="result-count">
        {loading && !data ? t('common.loading') : connection ? t('practiceEditor.review.count', { count: connection.totalCount }) : ''}
      </p>
      {error && !data && <QueryError error={error} />}
      {connection && connection.edges.length === 0 && <p>{t('practiceEditor.review.empty')}</p>}
      <ul className="card-list">
        {connection?.edges.map(({ node }) => (
          <ReviewItem key={node.id} practice={node} onDone={setDone} />
        ))}
      </ul>
      <LoadMore
        pageInfo={connection?.pageInfo}
        onLoadMore={(after) =>
          fetchMore({
            variables: { after },
            updateQuery: (previous, { fetchMoreResult }) => ({
              practiceReviewQueue: appendPage(previous.practiceReviewQueue, fetchMoreResult.practiceReviewQueue),
            }),
          })
        }
      />
    </>
  );
}

function ReviewItem({ practice, onDone }: { practice: PracticeRow; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [returning, setReturning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const returnButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  // Cancelling the comment form returns to the button that opened it.
  useEffect(() => {
    if (returning || !refocus.current) return;
    refocus.current = false;
    returnButton.current?.focus();
  }, [returning]);

  const publish = async () => {
    setFailure(null);
    try {
      await client.mutate({ mutation: PUBLISH_PRACTICE_MUTATION, variables: { id: practice.id }, update: (cache) => dropFromQueue(cache, practice.id) });
      onDone(t('practiceEditor.review.published', { title: practice.title }));
    } catch (error) {
      // The API checks completeness again: name what is missing rather than "check your input".
      const { missing } = readEditorFailure(t, error);
      setFailure(
        missing.length > 0
          ? t('practiceEditor.review.missing', { sections: missing.map((section) => sectionLabel(t, section)).join(', ') })
          : errorMessages(t, error, 'practiceEditor.review').join(' '),
      );
    }
  };

  const sendBack = async (comment: string): Promise<string | null> => {
    try {
      await client.mutate({
        mutation: RETURN_PRACTICE_TO_DRAFT_MUTATION,
        variables: { input: { id: practice.id, comment } },
        update: (cache) => dropFromQueue(cache, practice.id),
      });
      onDone(t('practiceEditor.review.returned', { title: practice.title, municipality: practice.municipality.name }));
      return null;
    } catch (error) {
      return errorMessages(t, error, 'practiceEditor.review').join(' ');
    }
  };

  return (
    <li className="card">
      <h2 className="card-title">
        <Link to={`/praxisbeispiele/${encodeURIComponent(practice.slug)}`}>{practice.title}</Link>
      </h2>
      <dl className="card-meta">
        <div>
          <dt>{t('practiceEditor.review.municipality')}</dt>
          <dd>{practice.municipality.name}</dd>
        </div>
        <div>
          <dt>{t('practiceEditor.review.submittedAt')}</dt>
          <dd>{practice.submittedAt ? formatDateTime(practice.submittedAt, i18n.resolvedLanguage) : '–'}</dd>
        </div>
      </dl>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {returning ? (
        <ReturnForm
          title={practice.title}
          onSubmit={sendBack}
          onCancel={() => {
            refocus.current = true;
            setReturning(false);
          }}
        />
      ) : (
        <div className="button-row">
          <ConfirmAction
            label={t('practiceEditor.review.publish')}
            ariaLabel={t('practiceEditor.form.actionOn', { action: t('practiceEditor.review.publish'), item: practice.title })}
            heading={t('practiceEditor.review.publishHeading', { title: practice.title })}
            confirmLabel={t('practiceEditor.review.publishConfirm')}
            busyLabel={t('practiceEditor.review.publishing')}
            onConfirm={publish}
          >
            <p>{t('practiceEditor.review.publishText')}</p>
          </ConfirmAction>
          <button
            type="button"
            ref={returnButton}
            className="button-secondary"
            aria-label={t('practiceEditor.form.actionOn', { action: t('practiceEditor.review.return'), item: practice.title })}
            onClick={() => setReturning(true)}
          >
            {t('practiceEditor.review.return')}
          </button>
        </div>
      )}
    </li>
  );
}
