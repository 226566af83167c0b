import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import type { Me } from '../../account/graphql/types';
import { useMunicipalityOptions } from '../../municipalities/hooks/useMunicipalityOptions';
import { canWritePractices, coordinatedMunicipalities } from '../access';
import { EditorField, EditorTextField } from '../components/fields';
import { WhoCanWrite } from '../components/WhoCanWrite';
import { CREATE_PRACTICE_MUTATION } from '../graphql/editor.graphql';
import { fieldLabel } from '../labels';
import { readEditorFailure } from '../serverErrors';
import '../practice-editor.css';

/** `/praxisbeispiele/neu`: a coordinator (or admin) names the practice and its municipality; the editor follows. */
export default function NewPracticePage() {
  const { t } = useTranslation();
  usePageTitle(t('practiceEditor.create.title'));
  return (
    <>
      <PageHeading>{t('practiceEditor.create.title')}</PageHeading>
      <RequireSignIn>{(me) => (canWritePractices(me) ? <CreateForm me={me} /> : <WhoCanWrite />)}</RequireSignIn>
    </>
  );
}

type Field = 'municipalitySlug' | 'title';

function CreateForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const navigate = useNavigate();
  const admin = me.role === 'ADMIN';
  // Admins may write for any municipality, coordinators for theirs.
  const all = useMunicipalityOptions({ skip: !admin });
  const options = admin ? all.options : coordinatedMunicipalities(me).map((m) => ({ slug: m.slug, name: m.name }));
  const [municipalitySlug, setMunicipalitySlug] = useState(options.length === 1 ? options[0].slug : '');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [createPractice, { loading }] = useMutation(CREATE_PRACTICE_MUTATION);
  const chosen = options.some((o) => o.slug === municipalitySlug) ? municipalitySlug : options.length === 1 ? options[0].slug : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!chosen) next.municipalitySlug = t('practiceEditor.errors.choose');
    const trimmed = title.trim();
    if (!trimmed) next.title = t('practiceEditor.errors.titleRequired');
    else if (trimmed.length < L.titleMin || trimmed.length > L.titleMax) next.title = t('practiceEditor.errors.titleLength', { min: L.titleMin, max: L.titleMax });
    setGeneral([]);
    setErrors(next);
    if (Object.keys(next).length > 0) return setAttempt((n) => n + 1);
    try {
      const { data } = await createPractice({ variables: { input: { municipalitySlug: chosen, title: trimmed } } });
      if (data) void navigate(`/praxisbeispiele/${encodeURIComponent(data.createPractice.slug)}/bearbeiten`);
    } catch (error) {
      const failure = readEditorFailure(t, error);
      setErrors({ municipalitySlug: failure.fields.municipalitySlug, title: failure.fields.title });
      const other = Object.entries(failure.fields)
        .filter(([path]) => path !== 'title' && path !== 'municipalitySlug')
        .map(([, message]) => message);
      setGeneral([...other, ...failure.general, ...(failure.stateConflict || failure.versionConflict ? [t('errors.CONFLICT')] : [])]);
      setAttempt((n) => n + 1);
    }
  };

  if (admin && all.loading) return <p role="status">{t('common.loading')}</p>;
  if (all.error) return <QueryError error={all.error} />;

  const items = [
    ...(Object.entries(errors) as [Field, string | undefined][])
      .filter((entry): entry is [Field, string] => Boolean(entry[1]))
      .map(([field, message]) => ({ message: `${fieldLabel(t, field)}: ${message}`, targetId: fieldId(field) })),
    ...general.map((message) => ({ message })),
  ];

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="account-form" aria-label={t('practiceEditor.create.title')}>
      <p>{t('practiceEditor.create.intro')}</p>
      {items.length > 0 && <ErrorSummary headingLevel={2} items={items} focusKey={attempt} />}
      <EditorField id={fieldId('municipalitySlug')} label={fieldLabel(t, 'municipalitySlug')} need="required" error={errors.municipalitySlug}>
        {(control) => (
          <select {...control} value={chosen} onChange={(e) => setMunicipalitySlug(e.target.value)}>
            {options.length !== 1 && <option value="">{t('practiceEditor.form.choose')}</option>}
            {options.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorTextField
        id={fieldId('title')}
        label={fieldLabel(t, 'title')}
        hint={t('practiceEditor.basics.titleHint', { min: L.titleMin, max: L.titleMax })}
        need="required"
        maxLength={L.titleMax}
        error={errors.title}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" disabled={loading}>
        {loading ? t('practiceEditor.create.creating') : t('practiceEditor.create.submit')}
      </button>
    </form>
  );
}
