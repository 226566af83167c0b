import { useId, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a field hands to its control so label, hint, error and state are wired up. */
export interface FieldControlProps {
  id: string;
  required: true | undefined;
  'aria-required': true | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  /** Lasting help shown between label and control, always part of the control's description. */
  hint?: ReactNode;
  /** Validation message; while set, the control is marked invalid and describes itself with it. */
  error?: string;
  /** Marks the field "(Pflichtfeld)"; otherwise it is marked "(freiwillig)". */
  required?: boolean;
  /** The control's id; pass it when something else must point at the control (an error summary link). */
  id?: string;
  /** Replaces the "(Pflichtfeld)"/"(freiwillig)" marker (the practice editor has a third level of need). */
  marker?: ReactNode;
}

/**
 * A labelled form field: label with required/optional marker, optional hint and error, and a
 * control rendered by `children` that receives the matching id and ARIA attributes.
 * Use it directly for selects or custom controls; `TextField` and `TextAreaField` cover the usual cases.
 */
export function FormField({
  label,
  hint,
  error,
  required = false,
  id: givenId,
  marker,
  children,
}: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  const { t } = useTranslation();
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  return (
    <div className="field">
      <label htmlFor={id}>
        {label}{' '}
        {marker ??
          (required ? <span className="required">({t('form.required')})</span> : <span className="optional">({t('form.optional')})</span>)}
      </label>
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
      {children({
        id,
        required: required || undefined,
        'aria-required': required || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
    </div>
  );
}

type ControlOwnProps = keyof FieldControlProps | 'children';

/** A single-line input as a `FormField`; any other input attribute (type, autoComplete, ref …) is passed on. */
export function TextField({
  label,
  hint,
  error,
  required,
  id,
  ...inputProps
}: FieldProps & Omit<ComponentProps<'input'>, ControlOwnProps>) {
  return (
    <FormField label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => <input type="text" {...inputProps} {...control} />}
    </FormField>
  );
}

/** A multi-line text area as a `FormField`; any other textarea attribute (rows, maxLength, ref …) is passed on. */
export function TextAreaField({
  label,
  hint,
  error,
  required,
  id,
  ...textAreaProps
}: FieldProps & Omit<ComponentProps<'textarea'>, ControlOwnProps>) {
  return (
    <FormField label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => <textarea {...textAreaProps} {...control} />}
    </FormField>
  );
}
