import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { emptyPartner, type FieldErrors, type PartnerItem } from '../formValues';
import { repeaterIds, useRepeater } from '../hooks/useRepeater';
import { fieldDomId, PARTNER_KINDS, partnerKindLabel } from '../labels';
import { EditorField, EditorTextField, FieldGroup } from './fields';
import { RepeaterFooter } from './RepeaterFooter';
import { RowActions } from './RowActions';

interface Props {
  items: PartnerItem[];
  onChange: (next: PartnerItem[]) => void;
  errors: FieldErrors;
}

const PATH = 'partners';

/** Who took part: the kind of partner and its name. */
export function PartnersField({ items, onChange, errors }: Props) {
  const { t } = useTranslation();
  const itemLabel = (number: number) => t('practiceEditor.items.partners', { number });
  const list = useRepeater({ items, onChange, create: emptyPartner, path: PATH, firstControl: 'kind', itemLabel, max: L.partnersMax });

  return (
    <FieldGroup id={fieldDomId(PATH)} legend={t('practiceEditor.fields.partners')} hint={t('practiceEditor.partners.hint')} error={errors[PATH]}>
      {items.length > 0 && (
        <ol className="repeater-list">
          {items.map((item, i) => {
            const id = (field: string) => repeaterIds.row(PATH, i, field);
            const error = (field: string) => errors[`${PATH}.${i}.${field}`];
            return (
              <li key={item.key} className="repeater-row">
                <fieldset>
                  <legend>{itemLabel(i + 1)}</legend>
                  <div className="field-row">
                    <EditorField id={id('kind')} label={t('practiceEditor.fields.partners_kind')} need="required" error={error('kind')}>
                      {(control) => (
                        <select
                          {...control}
                          value={item.kind}
                          onChange={(e) => list.update(i, { kind: PARTNER_KINDS.find((k) => k === e.target.value) ?? '' })}
                        >
                          <option value="">{t('practiceEditor.form.choose')}</option>
                          {PARTNER_KINDS.map((kind) => (
                            <option key={kind} value={kind}>
                              {partnerKindLabel(t, kind)}
                            </option>
                          ))}
                        </select>
                      )}
                    </EditorField>
                    <EditorTextField
                      id={id('name')}
                      label={t('practiceEditor.fields.partners_name')}
                      need="required"
                      maxLength={L.partnerNameMax}
                      error={error('name')}
                      value={item.name}
                      onChange={(e) => list.update(i, { name: e.target.value })}
                    />
                  </div>
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
      <RepeaterFooter path={PATH} list={list} addLabel={t('practiceEditor.partners.add')} max={L.partnersMax} />
    </FieldGroup>
  );
}
