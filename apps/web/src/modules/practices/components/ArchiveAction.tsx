import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../ui/ActionOutcome';
import { errorMessages } from '../../../ui/problems';
import { ARCHIVE_PRACTICE_MUTATION } from '../graphql/practices.graphql';
import { ConfirmAction } from './ConfirmAction';

/**
 * "Archivieren" with a confirmation step; the new state comes back into the cache. The result is
 * reported to the page, because on success this button goes away (archived practices cannot be
 * archived again).
 */
export function ArchiveAction({ practiceId, onOutcome }: { practiceId: string; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [archive, { loading }] = useMutation(ARCHIVE_PRACTICE_MUTATION);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const confirm = async () => {
    try {
      await archive({ variables: { id: practiceId } });
      onOutcome({ ok: true, text: t('practices.archive.done') });
    } catch (error) {
      onOutcome({ ok: false, text: errorMessages(t, error).join(' ') });
    }
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button ref={buttonRef} type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        {t('practices.archive.button')}
      </button>
    );
  }
  return (
    <ConfirmAction
      heading={t('practices.archive.confirmHeading')}
      confirmLabel={t('practices.archive.confirm')}
      busyLabel={t('practices.archive.archiving')}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={() => {
        setConfirming(false);
        // Back to the button the person started from, once it is rendered again.
        setTimeout(() => buttonRef.current?.focus(), 0);
      }}
    >
      <p>{t('practices.archive.confirmText')}</p>
    </ConfirmAction>
  );
}
