import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MUNICIPALITY_KINDS, REGIONS } from '@praxisforum/domain';
import { kindLabel, regionLabel } from '../labels';
import type { MunicipalityFilterState } from '../hooks/useMunicipalityFilter';

interface Props {
  filter: MunicipalityFilterState;
  onChange: (next: Partial<MunicipalityFilterState>) => void;
  onReset: () => void;
}

/**
 * Selects apply at once (the result count is announced); the text search applies on submit,
 * so typing does not trigger a request per keystroke.
 */
export function MunicipalityFilters({ filter, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hasFilter = Boolean(filter.region || filter.kind || filter.search);

  return (
    <div className="filters">
      <h2 className="visually-hidden">{t('municipalities.filters.heading')}</h2>
      <div className="filters-row">
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('municipalities.filters.region')}</label>
          <select
            id={`${id}-region`}
            value={filter.region ?? ''}
            onChange={(e) => onChange({ region: REGIONS.find((r) => r === e.target.value) })}
          >
            <option value="">{t('municipalities.filters.allRegions')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {regionLabel(t, r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('municipalities.filters.kind')}</label>
          <select
            id={`${id}-kind`}
            value={filter.kind ?? ''}
            onChange={(e) => onChange({ kind: MUNICIPALITY_KINDS.find((k) => k === e.target.value) })}
          >
            <option value="">{t('municipalities.filters.allKinds')}</option>
            {MUNICIPALITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </select>
        </div>
        {/* Re-mounted when the URL's search changes (e.g. reset), so the field mirrors it. */}
        <SearchForm key={filter.search} initial={filter.search} onSearch={(search) => onChange({ search })} />
      </div>
      {hasFilter && (
        <button type="button" className="button-link" onClick={onReset}>
          {t('municipalities.filters.reset')}
        </button>
      )}
    </div>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value);
  };

  return (
    <form role="search" className="search-form" onSubmit={submit} aria-label={t('municipalities.filters.searchForm')}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('municipalities.filters.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={value}
          maxLength={LIMITS.searchTextMax}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <button type="submit">{t('municipalities.filters.searchButton')}</button>
    </form>
  );
}
