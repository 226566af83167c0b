import { LIMITS } from '@praxisforum/domain';
import { useId, useState, type FormEvent } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * A list filter as a labelled select that applies at once. A value the options do not (yet)
 * contain, e.g. from a shared link while the options load, stays selectable.
 */
export function FilterSelect({
  label,
  value,
  options,
  allLabel,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: FilterOption[];
  /** The "no filter" entry; omit for selects that always have a value (e.g. sorting). */
  allLabel?: string;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  const unknown = value && !options.some((o) => o.value === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {unknown && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Free-text search of a list, applied on submit so typing does not send a request per keystroke. */
export function FilterSearch({ initial, label, formLabel, buttonLabel, onSearch }: { initial: string; label: string; formLabel: string; buttonLabel: string; onSearch: (value: string) => void }) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value);
  };
  return (
    <form role="search" className="search-form" onSubmit={submit} aria-label={formLabel}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={value} maxLength={LIMITS.searchTextMax} autoComplete="off" onChange={(e) => setValue(e.target.value)} />
      </div>
      <button type="submit">{buttonLabel}</button>
    </form>
  );
}

/** Picks the typed value of a domain enum back out of a select's string. */
export function oneOf<T extends string>(values: readonly T[]) {
  return (value: string | undefined): T | undefined => values.find((v) => v === value);
}
