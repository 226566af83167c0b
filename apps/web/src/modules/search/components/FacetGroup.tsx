import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../ui/CheckboxField';

export interface FacetOption {
  value: string;
  label: string;
  /** Unknown until the first answer arrives. */
  count?: number;
}

interface Props {
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Longer lists show this many (plus the chosen ones) until the person asks for all. */
  collapseAfter?: number;
}

/**
 * One facet as a group of checkboxes with counts ("Praxisbeispiele (12)"), applied at once. The
 * options keep their order and their elements across answers, so the checkbox a keyboard user
 * just toggled keeps focus while the results reload.
 */
export function FacetGroup({ legend, options, selected, onChange, collapseAfter }: Props) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  if (options.length === 0) return null;

  const collapsible = collapseAfter !== undefined && options.length > collapseAfter + 1;
  const shown = collapsible && !showAll ? options.filter((o, i) => i < collapseAfter || selected.includes(o.value)) : options;

  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));

  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul id={listId} className="facet-options">
        {shown.map((option) => (
          <li key={option.value}>
            <CheckboxField
              label={option.count === undefined ? option.label : t('search.filters.option', { label: option.label, count: option.count })}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
          </li>
        ))}
      </ul>
      {collapsible && (
        <button type="button" className="button-link" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('search.filters.showFewer') : t('search.filters.showAll', { count: options.length })}
        </button>
      )}
    </fieldset>
  );
}
