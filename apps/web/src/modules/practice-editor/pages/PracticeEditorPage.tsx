import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { hasErrorCode } from '../../../ui/errors';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import type { Me } from '../../account/graphql/types';
import { PracticeEditor } from '../components/PracticeEditor';
import { PRACTICE_EDITOR_QUERY } from '../graphql/editor.graphql';
import type { EditorPractice } from '../graphql/types';
import { stateLabel } from '../labels';
import '../practice-editor.css';

/** `/praxisbeispiele/:slug/bearbeiten`: the editor, or why this practice cannot be edited now. */
export default function PracticeEditorPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  usePageTitle(t('practiceEditor.editor.title'));
  return (
    <>
      <PageHeading>{t('practiceEditor.editor.title')}</PageHeading>
      <RequireSignIn>{(me) => <EditorLoader slug={slug} me={me} />}</RequireSignIn>
    </>
  );
}

function EditorLoader({ slug, me }: { slug: string; me: Me }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PRACTICE_EDITOR_QUERY, { variables: { slug } });
  // A new key starts the form afresh from the stored practice ("Neu laden").
  const [formKey, setFormKey] = useState(0);

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!data) {
    if (hasErrorCode(error, 'NOT_FOUND')) {
      return (
        <div className="notice notice-warning">
          <p>{t('practiceEditor.editor.notFound')}</p>
          <p>
            <Link to="/praxisbeispiele/meine">{t('practiceEditor.mine.title')}</Link>
          </p>
        </div>
      );
    }
    return <QueryError error={error} />;
  }
  const practice = data.practice;
  if (!practice.viewerCan.edit) return <NotEditable practice={practice} />;
  return (
    <PracticeEditor
      key={`${practice.id}-${formKey}`}
      practice={practice}
      topics={data.topics}
      me={me}
      onReload={async () => {
        await refetch();
        setFormKey((k) => k + 1);
      }}
    />
  );
}

function NotEditable({ practice }: { practice: EditorPractice }) {
  const { t } = useTranslation();
  const reason =
    practice.state === 'IN_REVIEW'
      ? t('practiceEditor.editor.inReview')
      : practice.state === 'ARCHIVED'
        ? t('practiceEditor.editor.archived')
        : t('practiceEditor.editor.noRight', { municipality: practice.municipality.name });
  return (
    <div className="notice notice-warning">
      <p>
        {t('practiceEditor.editor.notEditable', { title: practice.title, state: stateLabel(t, practice.state) })} {reason}
      </p>
      <ul className="link-list">
        {practice.state !== 'DRAFT' && (
          <li>
            <Link to={`/praxisbeispiele/${encodeURIComponent(practice.slug)}`}>{t('practiceEditor.editor.viewPractice')}</Link>
          </li>
        )}
        <li>
          <Link to="/praxisbeispiele/meine">{t('practiceEditor.mine.title')}</Link>
        </li>
      </ul>
    </div>
  );
}
