import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { CharacterCount, EditorField } from './fields';

interface Props {
  title: string;
  onSubmit: (comment: string) => Promise<string | null>;
  onCancel: () => void;
}

/**
 * Sending a submission back needs a comment for the coordinators (shown prominently in their
 * editor). `onSubmit` resolves to an error message, or null when it worked.
 */
export function ReturnForm({ title, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = comment.trim();
    if (!text) return setError(t('practiceEditor.review.commentRequired'));
    if (text.length < L.reviewCommentMin || text.length > L.reviewCommentMax) {
      return setError(t('practiceEditor.review.commentLength', { min: L.reviewCommentMin, max: L.reviewCommentMax }));
    }
    setError(undefined);
    setBusy(true);
    const failure = await onSubmit(text);
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="return-form" aria-label={t('practiceEditor.review.returnFormLabel', { title })}>
      <EditorField
        id={`${id}-comment`}
        label={t('practiceEditor.review.comment')}
        need="required"
        error={error}
        hint={
          <>
            {t('practiceEditor.review.commentHint', { min: L.reviewCommentMin })} <CharacterCount length={comment.length} max={L.reviewCommentMax} />
          </>
        }
      >
        {(control) => (
          // Opened on request, so moving focus into it is expected.
          <textarea {...control} autoFocus rows={4} maxLength={L.reviewCommentMax} value={comment} onChange={(e) => setComment(e.target.value)} />
        )}
      </EditorField>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? t('common.sending') : t('practiceEditor.review.returnSubmit')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
