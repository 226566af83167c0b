import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import { TextAreaField } from '../../../ui/FormField';
import { errorMessages } from '../../../ui/problems';
import { ModalDialog } from '../../practices/components/ModalDialog';
import { MODERATOR_BLOCK_USER_MUTATION } from '../graphql/moderation.graphql';

interface Props {
  person: { id: string; displayName: string };
  onClose: () => void;
  /** Called with the confirmation text once the person is blocked. */
  onBlocked: (text: string) => void;
}

/**
 * Blocking ends a person's sessions at once and only an admin can undo it, so it is confirmed in
 * a dialog that says so, with the reason (required) the person and the audit log will see.
 */
export function BlockUserDialog({ person, onClose, onBlocked }: Props) {
  const { t } = useTranslation();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [block, { loading }] = useMutation(MODERATOR_BLOCK_USER_MUTATION);
  const { moderationReasonMin: min, moderationReasonMax: max } = DISCUSSION_LIMITS;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const trimmed = reason.trim();
    if (trimmed.length < min || trimmed.length > max) {
      setReasonError(t('discussions.moderation.reasonLength', { min, max }));
      reasonRef.current?.focus();
      return;
    }
    setReasonError(undefined);
    try {
      await block({ variables: { userId: person.id, reason: trimmed } });
      onBlocked(t('moderation.user.blocked', { name: person.displayName }));
    } catch (error) {
      setFailure(errorMessages(t, error, 'moderation.user').join(' '));
    }
  };

  return (
    <ModalDialog title={t('moderation.user.blockTitle', { name: person.displayName })} closeLabel={t('moderation.user.close')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('moderation.user.blockExplain')}</p>
        <TextAreaField
          ref={reasonRef}
          label={t('discussions.moderation.reason')}
          hint={t('moderation.user.reasonHint', { min, max })}
          required
          error={reasonError}
          rows={3}
          maxLength={max}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button-danger" disabled={loading} aria-busy={loading}>
            {loading ? t('common.saving') : t('moderation.user.blockConfirm')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
