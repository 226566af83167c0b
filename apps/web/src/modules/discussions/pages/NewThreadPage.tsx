import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import type { SpaceType, ThreadKind } from '../../../graphql/generated';
import { FormField, TextField } from '../../../ui/FormField';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { PageHeading } from '../../../ui/PageHeading';
import { problemsFromError, type FormProblems } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import { ComposerField } from '../components/ComposerField';
import { CREATE_THREAD_MUTATION, SPACES_QUERY } from '../graphql/discussions.graphql';
import { parseSpaceParam, spaceParam, spaceTitle, threadPath } from '../spaces';
import { splitTags } from '../tags';
import '../discussions.css';

type Field = 'space' | 'kind' | 'title' | 'tags' | 'body';
const FIELDS: readonly Field[] = ['space', 'kind', 'title', 'tags', 'body'];
const KINDS: readonly ThreadKind[] = ['QUESTION', 'DISCUSSION'];

/** `/diskussionen/neu?space=topic:<id>`: start a question or discussion in a space. */
export default function NewThreadPage() {
  const { t } = useTranslation();
  usePageTitle(t('discussions.new.title'));
  return (
    <>
      <PageHeading>{t('discussions.new.title')}</PageHeading>
      <RequireSignIn>{() => <NewThreadForm />}</RequireSignIn>
    </>
  );
}

function NewThreadForm() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const given = parseSpaceParam(params.get('space'));
  // The practice page hands over its title; practices are not among the spaces to pick from.
  const givenTitle = (location.state as { spaceTitle?: unknown } | null)?.spaceTitle;
  const { data: spacesData } = useQuery(SPACES_QUERY);
  const spaces = spacesData?.spaces ?? [];
  const [space, setSpace] = useState(given ? spaceParam(given) : '');
  const [kind, setKind] = useState<ThreadKind>('QUESTION');
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState('');
  const [body, setBody] = useState('');
  const { problems, attempt, report } = useFormProblems<Field>();
  const [createThread, { loading }] = useMutation(CREATE_THREAD_MUTATION);
  const fixedPractice = given?.type === 'PRACTICE';

  const validate = (): FormProblems<Field> => {
    const fields: Partial<Record<Field, string>> = {};
    const L = DISCUSSION_LIMITS;
    if (!parseSpaceParam(space)) fields.space = t('discussions.new.spaceRequired');
    const titleLength = title.trim().length;
    if (titleLength < L.titleMin || titleLength > L.titleMax) fields.title = t('discussions.new.titleLength', { min: L.titleMin, max: L.titleMax });
    const tagList = splitTags(tags);
    if (tagList.length > L.tagsMax || tagList.some((tag) => tag.length > L.tagMax)) fields.tags = t('discussions.new.tagsInvalid', { max: L.tagsMax, length: L.tagMax });
    const bodyLength = [...body.trim()].length;
    if (bodyLength < L.bodyMin) fields.body = t('discussions.composer.tooShort', { min: L.bodyMin });
    else if (bodyLength > L.bodyMax) fields.body = t('discussions.composer.tooLong', { max: L.bodyMax });
    return { fields, general: [] };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    if (Object.keys(found.fields).length > 0) {
      report(found);
      return;
    }
    const target = parseSpaceParam(space);
    if (!target) return;
    try {
      const { data } = await createThread({
        variables: { input: { space: target, kind, title: title.trim(), body, tags: splitTags(tags) } },
        // New threads appear at the top of lists: let them load afresh.
        update: (cache) => cache.evict({ fieldName: 'threads' }),
      });
      if (data) await navigate(threadPath(data.createThread.id));
    } catch (error) {
      report(problemsFromError(t, error, { fields: FIELDS, context: 'discussions' }));
    }
  };

  const spaceLabel = (type: SpaceType) => t(`discussions.spaceType.${type}`);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="thread-form">
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={2} />
      {fixedPractice ? (
        <p id={fieldId('space')}>
          {t('discussions.new.inPractice', { title: typeof givenTitle === 'string' ? givenTitle : t('discussions.new.thisPractice') })}
        </p>
      ) : (
        <FormField id={fieldId('space')} label={t('discussions.new.space')} error={problems.fields.space} required>
          {(control) => (
            <select {...control} value={space} onChange={(e) => setSpace(e.target.value)}>
              <option value="">–</option>
              {(['TOPIC', 'PROGRAMME'] as const).map((type) => {
                const ofType = spaces.filter((s) => s.type === type);
                if (ofType.length === 0) return null;
                return (
                  <optgroup key={type} label={spaceLabel(type)}>
                    {ofType.map((s) => (
                      <option key={spaceParam(s)} value={spaceParam(s)}>
                        {spaceTitle(s, i18n.resolvedLanguage)}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          )}
        </FormField>
      )}

      <fieldset className="field radio-group">
        <legend>
          {t('discussions.new.kind')} <span className="required">({t('form.required')})</span>
        </legend>
        {KINDS.map((k, i) => {
          const radioId = i === 0 ? fieldId('kind') : `${fieldId('kind')}-${k}`;
          return (
            <div className="checkbox-row" key={k}>
              <input type="radio" id={radioId} name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} aria-describedby={`${radioId}-hint`} />
              <label htmlFor={radioId}>{t(`discussions.kind.${k}`)}</label>
              <p id={`${radioId}-hint`} className="hint">
                {t(`discussions.kindHint.${k}`)}
              </p>
            </div>
          );
        })}
      </fieldset>

      <TextField
        id={fieldId('title')}
        label={t('discussions.new.titleLabel')}
        hint={t('discussions.new.titleHint', { min: DISCUSSION_LIMITS.titleMin, max: DISCUSSION_LIMITS.titleMax })}
        error={problems.fields.title}
        required
        maxLength={DISCUSSION_LIMITS.titleMax}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextField
        id={fieldId('tags')}
        label={t('discussions.new.tags')}
        hint={t('discussions.new.tagsHint', { max: DISCUSSION_LIMITS.tagsMax })}
        error={problems.fields.tags}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
      />
      <ComposerField id={fieldId('body')} label={t('discussions.new.body')} value={body} onChange={setBody} error={problems.fields.body} />
      <button type="submit" disabled={loading} aria-busy={loading}>
        {loading ? t('common.sending') : t('discussions.new.submit')}
      </button>
    </form>
  );
}
