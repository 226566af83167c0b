import { useTranslation } from 'react-i18next';
import { repeaterIds } from '../hooks/useRepeater';

interface Props {
  path: string;
  index: number;
  count: number;
  /** "Ergebnis 2", so each button says which row it acts on. */
  item: string;
  onMove?: (direction: 'up' | 'down') => void;
  onRemove: () => void;
}

/** Reorder and remove buttons of a repeated row; each names its row for screen reader users. */
export function RowActions({ path, index, count, item, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  // "Nach oben: Ergebnis 2": the visible word first (it is what voice control users say), then the row.
  const name = (action: 'up' | 'down' | 'remove') => t('practiceEditor.form.actionOn', { action: t(`practiceEditor.repeater.${action}`), item });
  return (
    <div className="row-actions">
      {onMove && (
        <>
          <button
            type="button"
            id={repeaterIds.move(path, index, 'up')}
            className="button-secondary button-small"
            disabled={index === 0}
            aria-label={name('up')}
            onClick={() => onMove('up')}
          >
            <span aria-hidden="true">↑ </span>
            {t('practiceEditor.repeater.up')}
          </button>
          <button
            type="button"
            id={repeaterIds.move(path, index, 'down')}
            className="button-secondary button-small"
            disabled={index === count - 1}
            aria-label={name('down')}
            onClick={() => onMove('down')}
          >
            <span aria-hidden="true">↓ </span>
            {t('practiceEditor.repeater.down')}
          </button>
        </>
      )}
      <button type="button" className="button-secondary button-small" aria-label={name('remove')} onClick={onRemove}>
        {t('practiceEditor.repeater.remove')}
      </button>
    </div>
  );
}
