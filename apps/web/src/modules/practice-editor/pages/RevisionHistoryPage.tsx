import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { hasErrorCode } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { usePageTitle } from '../../../ui/usePageTitle';
import { WordDiff } from '../components/WordDiff';
import { PRACTICE_REVISION_DIFF_QUERY, PRACTICE_REVISIONS_QUERY } from '../graphql/revisions.graphql';
import type { EditorTopic, PracticeRevision } from '../graphql/types';
import { fieldLabel } from '../labels';
import { revisionText } from '../revisionText';
import '../practice-editor.css';

/** `/praxisbeispiele/:slug/versionen`: the published versions of a practice and what changed between two. */
export default function RevisionHistoryPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(PRACTICE_REVISIONS_QUERY, { variables: { slug } });
  const title = data ? t('practiceEditor.history.titleOf', { title: data.practice.title }) : t('practiceEditor.history.title');
  usePageTitle(title);

  let content;
  if (loading && !data) content = <p role="status">{t('common.loading')}</p>;
  else if (!data) {
    content = hasErrorCode(error, 'NOT_FOUND') ? (
      <p className="notice notice-warning">{t('practiceEditor.history.notFound')}</p>
    ) : (
      <QueryError error={error} />
    );
  } else content = <History slug={slug} revisions={data.practice.revisions} topics={data.topics} />;

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>
        <Link to={`/praxisbeispiele/${encodeURIComponent(slug)}`}>{t('practiceEditor.history.backToPractice')}</Link>
      </p>
      {content}
    </>
  );
}

function History({ slug, revisions, topics }: { slug: string; revisions: readonly PracticeRevision[]; topics: readonly EditorTopic[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const id = useId();
  // Newest first: compare the one before the latest with the latest unless chosen otherwise.
  const latest = revisions[0]?.number;
  const previous = revisions[1]?.number;
  const [from, setFrom] = useState(previous ?? 0);
  const [to, setTo] = useState(latest ?? 0);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(previous !== undefined ? { from: previous, to: latest } : null);
  const [problem, setProblem] = useState<string | null>(null);

  if (revisions.length === 0) return <p>{t('practiceEditor.history.none')}</p>;

  const compare = (event: FormEvent) => {
    event.preventDefault();
    if (from === to) return setProblem(t('practiceEditor.history.sameVersion'));
    setProblem(null);
    setCompared({ from: Math.min(from, to), to: Math.max(from, to) });
  };

  const options = revisions.map((r) => (
    <option key={r.id} value={r.number}>
      {t('practiceEditor.history.versionOption', { number: r.number, date: formatDateTime(r.createdAt, lng) })}
    </option>
  ));

  return (
    <>
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('practiceEditor.history.listHeading')}</h2>
        <ol className="revision-list" reversed>
          {revisions.map((r, i) => (
            <li key={r.id}>
              <h3>{t('practiceEditor.history.version', { number: r.number })}</h3>
              <p className="card-meta">
                {formatDateTime(r.createdAt, lng)}
                {r.authorName ? ` · ${r.authorName}` : ''}
              </p>
              {r.note && <p className="pre-wrap">{t('practiceEditor.history.note', { note: r.note })}</p>}
              <p>
                {/* The oldest version lists every field as changed: call it what it is. */}
                {i === revisions.length - 1
                  ? t('practiceEditor.history.firstVersion')
                  : r.changedFields.length > 0
                    ? t('practiceEditor.history.changed', { fields: r.changedFields.map((f) => fieldLabel(t, f)).join(', ') })
                    : t('practiceEditor.history.nothingChanged')}
              </p>
            </li>
          ))}
        </ol>
      </section>

      {revisions.length > 1 && (
        <section aria-labelledby={`${id}-compare`}>
          <h2 id={`${id}-compare`}>{t('practiceEditor.history.compareHeading')}</h2>
          <form noValidate onSubmit={compare} className="inline-form" aria-label={t('practiceEditor.history.compareHeading')}>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('practiceEditor.history.from')}</label>
              <select id={`${id}-from`} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {options}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('practiceEditor.history.to')}</label>
              <select id={`${id}-to`} value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {options}
              </select>
            </div>
            <button type="submit">{t('practiceEditor.history.compare')}</button>
          </form>
          {problem && (
            <p role="alert" className="field-error">
              {problem}
            </p>
          )}
          {compared && <DiffView slug={slug} from={compared.from} to={compared.to} topics={topics} />}
        </section>
      )}
    </>
  );
}

function DiffView({ slug, from, to, topics }: { slug: string; from: number; to: number; topics: readonly EditorTopic[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const { data, loading, error } = useQuery(PRACTICE_REVISION_DIFF_QUERY, { variables: { slug, from, to } });
  const diff = data?.practiceRevisionDiff;

  return (
    <div className="revision-diff">
      <p role="status">
        {loading && !data
          ? t('common.loading')
          : diff
            ? t('practiceEditor.history.diffSummary', { from: diff.from.number, to: diff.to.number, count: diff.changes.length })
            : ''}
      </p>
      {error && !data && <QueryError error={error} />}
      {diff?.changes.map((change) => (
        <section key={change.field} aria-labelledby={`diff-${change.field}`}>
          <h3 id={`diff-${change.field}`}>{fieldLabel(t, change.field)}</h3>
          <WordDiff before={revisionText(t, change.field, change.before, topics, lng)} after={revisionText(t, change.field, change.after, topics, lng)} />
        </section>
      ))}
    </div>
  );
}
