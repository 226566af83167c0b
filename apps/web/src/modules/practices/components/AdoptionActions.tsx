import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../ui/ActionOutcome';
import { errorMessages } from '../../../ui/problems';
import { DELETE_ADOPTION_MUTATION } from '../graphql/adoptions.graphql';
import { PRACTICE_DETAIL_QUERY } from '../graphql/practices.graphql';
import type { AdoptionView } from '../graphql/types';
import { ConfirmAction } from './ConfirmAction';

interface Props {
  adoption: AdoptionView;
  practiceSlug: string;
  onEdit: (adoption: AdoptionView) => void;
  /** The result of a removal, for the page to announce (this entry disappears on success). */
  onRemoved: (outcome: Outcome) => void;
}

/** "Bearbeiten" and "Entfernen" (with confirmation) for an adoption the viewer may change. */
export function AdoptionActions({ adoption, practiceSlug, onEdit, onRemoved }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading }] = useMutation(DELETE_ADOPTION_MUTATION, {
    refetchQueries: [{ query: PRACTICE_DETAIL_QUERY, variables: { slug: practiceSlug } }],
    awaitRefetchQueries: true,
  });
  const municipality = adoption.municipality.name;

  const confirm = async () => {
    try {
      await remove({ variables: { id: adoption.id } });
      onRemoved({ ok: true, text: t('practices.adoptions.removed', { municipality }) });
    } catch (error) {
      setConfirming(false);
      onRemoved({ ok: false, text: errorMessages(t, error, 'practices.adoption').join(' ') });
    }
  };

  if (confirming) {
    return (
      <ConfirmAction
        heading={t('practices.adoptions.confirmRemove', { municipality })}
        confirmLabel={t('practices.adoptions.confirmRemoveButton')}
        busyLabel={t('practices.adoptions.removing')}
        busy={loading}
        headingLevel={4}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('practices.adoptions.confirmRemoveText')}</p>
      </ConfirmAction>
    );
  }
  return (
    <div className="button-row">
      {/* The list repeats these buttons: hidden text names the adoption, after the visible word. */}
      <button type="button" className="button-secondary" onClick={() => onEdit(adoption)}>
        {t('practices.adoptions.edit')}
        <span className="visually-hidden"> ({t('practices.adoptions.context', { municipality })})</span>
      </button>
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        {t('practices.adoptions.remove')}
        <span className="visually-hidden"> ({t('practices.adoptions.context', { municipality })})</span>
      </button>
    </div>
  );
}
