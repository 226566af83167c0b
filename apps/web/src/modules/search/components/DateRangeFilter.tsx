import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  from: string | undefined;
  to: string | undefined;
  onApply: (from: string | undefined, to: string | undefined) => void;
}

/**
 * "von … bis …" as two date fields applied with a button: a date field reports every half-typed
 * day as a change, which must not start a search per keystroke.
 */
export function DateRangeFilter({ from, to, onApply }: Props) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const [values, setValues] = useState({ from: from ?? '', to: to ?? '' });
  const [applied, setApplied] = useState({ from, to });
  const [reversed, setReversed] = useState(false);

  // The URL changed (reset link, back button): show what it holds now.
  if (applied.from !== from || applied.to !== to) {
    setApplied({ from, to });
    setValues({ from: from ?? '', to: to ?? '' });
    setReversed(false);
  }

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (values.from && values.to && values.from > values.to) {
      setReversed(true);
      return;
    }
    setReversed(false);
    onApply(values.from || undefined, values.to || undefined);
  };

  return (
    <form className="facet facet-dates" onSubmit={apply} noValidate>
      <fieldset>
        <legend>{t('search.filters.dates')}</legend>
        {reversed && (
          <p id={errorId} className="field-error" role="alert">
            {t('search.filters.datesReversed')}
          </p>
        )}
        <div className="facet-dates-fields">
          <div className="field">
            <label htmlFor={fromId}>{t('search.filters.from')}</label>
            <input
              id={fromId}
              type="date"
              value={values.from}
              aria-invalid={reversed || undefined}
              aria-describedby={reversed ? errorId : undefined}
              onChange={(e) => setValues({ ...values, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={toId}>{t('search.filters.to')}</label>
            <input
              id={toId}
              type="date"
              value={values.to}
              aria-invalid={reversed || undefined}
              aria-describedby={reversed ? errorId : undefined}
              onChange={(e) => setValues({ ...values, to: e.target.value })}
            />
          </div>
        </div>
        <button type="submit" className="button-secondary">
          {t('search.filters.applyDates')}
        </button>
      </fieldset>
    </form>
  );
}
