import { useId, type ComponentProps, type ReactNode } from 'react';

interface Props extends Omit<ComponentProps<'input'>, 'type' | 'id' | 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
}

/** A checkbox with its label after it (the usual order), and optional hint and error describing it. */
export function CheckboxField({ label, hint, error, id: givenId, required, ...inputProps }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field field-checkbox">
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="checkbox-row">
        <input
          type="checkbox"
          {...inputProps}
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
