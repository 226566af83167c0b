import { useEffect, useId, useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, type FieldControlProps } from '../../../ui/FormField';
import { CheckboxField } from '../../../ui/CheckboxField';
import { formatNumber } from '../../../ui/format';

/**
 * How much a field is needed: for saving at all ("Pflichtfeld"), only before the practice can be
 * submitted or published ("für die Veröffentlichung nötig"), or not at all ("freiwillig"). Drafts
 * may stay incomplete, so the middle case needs its own words.
 */
export type Need = 'required' | 'publication' | 'optional';

function NeedMarker({ need }: { need: Need }) {
  const { t } = useTranslation();
  if (need === 'required') return <span className="required">({t('form.required')})</span>;
  if (need === 'publication') return <span className="required">({t('practiceEditor.form.neededForPublication')})</span>;
  return <span className="optional">({t('form.optional')})</span>;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  need?: Need;
}

/**
 * A labelled field like `ui/FormField`, with the editor's three levels of need. The control
 * receives id and ARIA wiring through `children`.
 */
export function EditorField({ id, label, hint, error, need = 'optional', children }: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} required={need === 'required'} marker={<NeedMarker need={need} />}>
      {children}
    </FormField>
  );
}

type ControlOwn = keyof FieldControlProps | 'children';

export function EditorTextField({ id, label, hint, error, need, ...inputProps }: FieldProps & Omit<ComponentProps<'input'>, ControlOwn>) {
  return (
    <EditorField id={id} label={label} hint={hint} error={error} need={need}>
      {(control) => <input type="text" {...inputProps} {...control} />}
    </EditorField>
  );
}

/** The value after the person stopped changing it for a moment (for announcements). */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * "123 von 500 Zeichen": shown with the hint (so it is part of the control's description) and
 * announced politely once typing pauses, not on every keystroke.
 */
export function CharacterCount({ length, max }: { length: number; max: number }) {
  const { t, i18n } = useTranslation();
  const settled = useSettled(length, 1500);
  const lng = i18n.resolvedLanguage;
  const remaining = max - settled;
  return (
    <>
      <span className="char-count">{t('practiceEditor.form.charCount', { count: length, length: formatNumber(length, lng), max: formatNumber(max, lng) })}</span>
      <span role="status" className="visually-hidden">
        {settled > 0 && remaining <= max * 0.1
          ? t('practiceEditor.form.charsLeft', { count: Math.max(remaining, 0), left: formatNumber(Math.max(remaining, 0), lng) })
          : ''}
      </span>
    </>
  );
}

interface GroupProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  need?: Need;
  children: ReactNode;
  className?: string;
}

/**
 * A group of controls (checkboxes, rows of a repeated field) with its legend, hint and error. It
 * can take focus (tabIndex -1) so that error summaries can link to it.
 */
export function FieldGroup({ id, legend, hint, error, need = 'optional', children, className }: GroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={['field-group', className].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend>
        {legend} <NeedMarker need={need} />
      </legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

interface Option<V extends string> {
  value: V;
  label: string;
}

/** Checkboxes for a set of values. */
export function CheckboxGroup<V extends string>({
  options,
  selected,
  onChange,
  ...group
}: Omit<GroupProps, 'children'> & { options: readonly Option<V>[]; selected: readonly V[]; onChange: (next: V[]) => void }) {
  const baseId = useId();
  return (
    <FieldGroup {...group}>
      <ul className="checkbox-list">
        {options.map((option) => (
          <li key={option.value}>
            <CheckboxField
              id={`${baseId}-${option.value}`}
              label={option.label}
              checked={selected.includes(option.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
              }
            />
          </li>
        ))}
      </ul>
    </FieldGroup>
  );
}
