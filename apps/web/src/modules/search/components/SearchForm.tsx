import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The query field of the results page: a plain field (the header box offers suggestions). */
export function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(q);
  const [shown, setShown] = useState(q);
  // The URL's query changed elsewhere (header box, "did you mean", Back): mirror it.
  if (shown !== q) {
    setShown(q);
    setText(q);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" aria-label={t('search.page.formLabel')} className="search-form search-page-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{t('search.page.queryLabel')}</label>
        <input id={id} type="search" value={text} autoComplete="off" aria-describedby={hintId} onChange={(e) => setText(e.target.value)} />
        <p id={hintId} className="hint">
          {t('search.page.queryHint')}
        </p>
      </div>
      <button type="submit">{t('search.page.submit')}</button>
    </form>
  );
}
