import { useTranslation } from 'react-i18next';
import { repeaterIds } from '../hooks/useRepeater';

/** Below every repeated list: the add button, why it is disabled when the list is full, and the spoken announcement of the last change. */
export function RepeaterFooter({ path, list, addLabel, max }: { path: string; list: { add: () => void; canAdd: boolean; announcement: string }; addLabel: string; max: number }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" id={repeaterIds.add(path)} className="button-secondary" onClick={list.add} disabled={!list.canAdd}>
        {addLabel}
      </button>
      {!list.canAdd && <p className="hint">{t('practiceEditor.repeater.full', { max })}</p>}
      <p role="status" className="visually-hidden">
        {list.announcement}
      </p>
    </>
  );
}
