import { emptyText, type FieldErrors, type TextItem } from '../formValues';
import { repeaterIds, useRepeater } from '../hooks/useRepeater';
import { fieldDomId } from '../labels';
import { FieldGroup } from './fields';
import { RepeaterFooter } from './RepeaterFooter';
import { RowActions } from './RowActions';

interface Props {
  /** The field's API name (`targetGroups`, `fundingSources`). */
  path: string;
  legend: string;
  hint?: string;
  /** "Zielgruppe {{number}}". */
  itemLabel: (number: number) => string;
  addLabel: string;
  items: TextItem[];
  onChange: (next: TextItem[]) => void;
  maxItems: number;
  maxLength: number;
  errors: FieldErrors;
}

/** A list of short texts (target groups, funding sources): one input per entry, add and remove. */
export function TextListField({ path, legend, hint, itemLabel, addLabel, items, onChange, maxItems, maxLength, errors }: Props) {
  const list = useRepeater({ items, onChange, create: emptyText, path, firstControl: null, itemLabel, max: maxItems });
  return (
    <FieldGroup id={fieldDomId(path)} legend={legend} hint={hint} error={errors[path]}>
      {items.length > 0 && (
        <ol className="repeater-list repeater-list-compact">
          {items.map((item, i) => {
            const id = repeaterIds.row(path, i, null);
            const error = errors[`${path}.${i}`];
            return (
              <li key={item.key} className="repeater-row repeater-row-inline">
                <div className="field">
                  <label htmlFor={id}>{itemLabel(i + 1)}</label>
                  {error && (
                    <p id={`${id}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                  <input
                    id={id}
                    type="text"
                    value={item.text}
                    maxLength={maxLength}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(e) => list.update(i, { text: e.target.value })}
                  />
                </div>
                <RowActions path={path} index={i} count={items.length} item={itemLabel(i + 1)} onRemove={() => list.remove(i)} />
              </li>
            );
          })}
        </ol>
      )}
      <RepeaterFooter path={path} list={list} addLabel={addLabel} max={maxItems} />
    </FieldGroup>
  );
}
