import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import { TextField } from '../../../ui/FormField';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { problemsFromError } from '../../../ui/problems';
import { EDIT_THREAD_MUTATION } from '../graphql/discussions.graphql';
import type { ThreadView } from '../graphql/types';
import { splitTags } from '../tags';

type Field = 'title' | 'tags';

/** Title and tags of a thread, changed in place by its author or a moderator. */
export function EditThreadForm({ thread, onDone, onCancel }: { thread: ThreadView; onDone: (text: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (f: Field) => `${id}-${f}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState(thread.title);
  const [tags, setTags] = useState(thread.tags.join(', '));
  const { problems, attempt, report } = useFormProblems<Field>();
  const [editThread, { loading }] = useMutation(EDIT_THREAD_MUTATION);
  const L = DISCUSSION_LIMITS;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Partial<Record<Field, string>> = {};
    const length = title.trim().length;
    if (length < L.titleMin || length > L.titleMax) fields.title = t('discussions.new.titleLength', { min: L.titleMin, max: L.titleMax });
    const tagList = splitTags(tags);
    if (tagList.length > L.tagsMax || tagList.some((tag) => tag.length > L.tagMax)) fields.tags = t('discussions.new.tagsInvalid', { max: L.tagsMax, length: L.tagMax });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    try {
      await editThread({ variables: { input: { threadId: thread.id, title: title.trim(), tags: tagList } } });
      onDone(t('discussions.thread.edited'));
    } catch (error) {
      report(problemsFromError(t, error, { fields: ['title', 'tags'], context: 'discussions' }));
    }
  };

  return (
    <form className="notice edit-thread" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('discussions.thread.editHeading')}
      </h2>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />
      <TextField id={fieldId('title')} label={t('discussions.new.titleLabel')} error={problems.fields.title} required maxLength={L.titleMax} value={title} onChange={(e) => setTitle(e.target.value)} />
      <TextField
        id={fieldId('tags')}
        label={t('discussions.new.tags')}
        hint={t('discussions.new.tagsHint', { max: L.tagsMax })}
        error={problems.fields.tags}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" disabled={loading} aria-busy={loading}>
          {loading ? t('common.saving') : t('discussions.thread.saveEdit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={loading}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
