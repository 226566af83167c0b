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
          <DateField label={t('search.filters.from')} value={values.from} errorId={reversed ? errorId : undefined} onChange={(from) => setValues({ ...values, from })} />
          <DateField label={t('search.filters.to')} value={values.to} errorId={reversed ? errorId : undefined} onChange={(to) => setValues({ ...values, to })} />
        </div>
        <button type="submit" className="button-secondary">
          {t('search.filters.applyDates')}
        </button>
      </fieldset>
    </form>
  );
}

/** One labelled date field; `errorId` marks it invalid and points at the message that says why. */
function DateField({ label, value, errorId, onChange }: { label: string; value: string; errorId: string | undefined; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} aria-invalid={errorId ? true : undefined} aria-describedby={errorId} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
