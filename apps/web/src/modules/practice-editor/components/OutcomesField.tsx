import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { emptyOutcome, todayInBerlin, type FieldErrors, type OutcomeItem } from '../formValues';
import { repeaterIds, useRepeater } from '../hooks/useRepeater';
import { fieldDomId } from '../labels';
import { EditorTextField, FieldGroup } from './fields';
import { RepeaterFooter } from './RepeaterFooter';
import { RowActions } from './RowActions';

interface Props {
  items: OutcomeItem[];
  onChange: (next: OutcomeItem[]) => void;
  errors: FieldErrors;
}

const PATH = 'outcomes';

/** Measurable results: what was counted, the figure with its unit, the date it refers to and the source. */
export function OutcomesField({ items, onChange, errors }: Props) {
  const { t } = useTranslation();
  const itemLabel = (number: number) => t('practiceEditor.items.outcomes', { number });
  const list = useRepeater({ items, onChange, create: emptyOutcome, path: PATH, firstControl: 'label', itemLabel, max: L.outcomesMax });
  const today = todayInBerlin();

  return (
    <FieldGroup
      id={fieldDomId(PATH)}
      legend={t('practiceEditor.fields.outcomes')}
      hint={t('practiceEditor.outcomes.hint', { max: L.outcomesMax })}
      error={errors[PATH]}
    >
      {items.length > 0 && (
        <ol className="repeater-list">
          {items.map((item, i) => {
            const id = (field: string) => repeaterIds.row(PATH, i, field);
            const error = (field: string) => errors[`${PATH}.${i}.${field}`];
            const set = (patch: Partial<OutcomeItem>) => list.update(i, patch);
            return (
              <li key={item.key} className="repeater-row">
                <fieldset>
                  <legend>{itemLabel(i + 1)}</legend>
                  <EditorTextField
                    id={id('label')}
                    label={t('practiceEditor.fields.outcomes_label')}
                    hint={t('practiceEditor.outcomes.labelHint')}
                    need="required"
                    maxLength={L.outcomeLabelMax}
                    error={error('label')}
                    value={item.label}
                    onChange={(e) => set({ label: e.target.value })}
                  />
                  <div className="field-row">
                    <EditorTextField
                      id={id('value')}
                      label={t('practiceEditor.fields.outcomes_value')}
                      hint={t('practiceEditor.outcomes.valueHint')}
                      need="required"
                      inputMode="decimal"
                      autoComplete="off"
                      error={error('value')}
                      value={item.value}
                      onChange={(e) => set({ value: e.target.value })}
                    />
                    <EditorTextField
                      id={id('unit')}
                      label={t('practiceEditor.fields.outcomes_unit')}
                      hint={t('practiceEditor.outcomes.unitHint')}
                      need="required"
                      maxLength={L.outcomeUnitMax}
                      error={error('unit')}
                      value={item.unit}
                      onChange={(e) => set({ unit: e.target.value })}
                    />
                    <EditorTextField
                      id={id('asOf')}
                      type="date"
                      label={t('practiceEditor.fields.outcomes_asOf')}
                      need="required"
                      max={today}
                      error={error('asOf')}
                      value={item.asOf}
                      onChange={(e) => set({ asOf: e.target.value })}
                    />
                  </div>
                  <EditorTextField
                    id={id('source')}
                    label={t('practiceEditor.fields.outcomes_source')}
                    hint={t('practiceEditor.outcomes.sourceHint')}
                    maxLength={L.outcomeSourceMax}
                    error={error('source')}
                    value={item.source}
                    onChange={(e) => set({ source: e.target.value })}
                  />
                </fieldset>
                <RowActions
                  path={PATH}
                  index={i}
                  count={items.length}
                  item={itemLabel(i + 1)}
                  onMove={(direction) => list.move(i, direction)}
                  onRemove={() => list.remove(i)}
                />
              </li>
            );
          })}
        </ol>
      )}
      <RepeaterFooter path={PATH} list={list} addLabel={t('practiceEditor.outcomes.add')} max={L.outcomesMax} />
    </FieldGroup>
  );
}
