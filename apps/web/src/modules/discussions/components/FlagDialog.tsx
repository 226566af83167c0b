import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import type { FlagReason } from '../../../graphql/generated';
import { TextAreaField } from '../../../ui/FormField';
import { errorMessages } from '../../../ui/problems';
import { ModalDialog } from '../../practices/components/ModalDialog';
import { FLAG_POST_MUTATION, FLAG_THREAD_MUTATION } from '../graphql/discussions.graphql';

export const FLAG_REASON_VALUES: readonly FlagReason[] = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER'];

interface Props {
  subject: { kind: 'post' | 'thread'; id: string; label: string };
  onClose: () => void;
  /** Called with the confirmation text after the flag was recorded. */
  onFlagged: (text: string) => void;
}

/** Reports a post or thread to the moderators: a reason (radio group) and an optional note. */
export function FlagDialog({ subject, onClose, onFlagged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [flagPost, postState] = useMutation(FLAG_POST_MUTATION);
  const [flagThread, threadState] = useMutation(FLAG_THREAD_MUTATION);
  const busy = postState.loading || threadState.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!reason) {
      setReasonError(t('discussions.flag.reasonRequired'));
      document.getElementById(`${id}-reason-SPAM`)?.focus();
      return;
    }
    setReasonError(undefined);
    const trimmed = note.trim() || null;
    try {
      if (subject.kind === 'post') await flagPost({ variables: { input: { postId: subject.id, reason, note: trimmed } } });
      else await flagThread({ variables: { input: { threadId: subject.id, reason, note: trimmed } } });
      onFlagged(t('discussions.flag.done'));
    } catch (error) {
      setFailure(errorMessages(t, error, 'discussions').join(' '));
    }
  };

  return (
    <ModalDialog title={t('discussions.flag.title', { subject: subject.label })} closeLabel={t('discussions.flag.close')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="field radio-group" aria-describedby={reasonError ? `${id}-reason-error` : undefined}>
          <legend>
            {t('discussions.flag.reason')} <span className="required">({t('form.required')})</span>
          </legend>
          {reasonError && (
            <p id={`${id}-reason-error`} className="field-error">
              {reasonError}
            </p>
          )}
          {FLAG_REASON_VALUES.map((value) => (
            <div className="checkbox-row" key={value}>
              <input
                type="radio"
                id={`${id}-reason-${value}`}
                name={`${id}-reason`}
                checked={reason === value}
                aria-invalid={reasonError ? true : undefined}
                onChange={() => setReason(value)}
              />
              <label htmlFor={`${id}-reason-${value}`}>{t(`discussions.flagReason.${value}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextAreaField
          label={t('discussions.flag.note')}
          hint={t('discussions.flag.noteHint', { max: DISCUSSION_LIMITS.flagNoteMax })}
          rows={3}
          maxLength={DISCUSSION_LIMITS.flagNoteMax}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <div className="button-row">
          <button type="submit" disabled={busy} aria-busy={busy}>
            {busy ? t('common.sending') : t('discussions.flag.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
