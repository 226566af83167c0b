import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_KINDS, REGIONS } from '@praxisforum/domain';
import { FilterSearch, FilterSelect, oneOf } from '../../../ui/FilterControls';
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
  const hasFilter = Boolean(filter.region || filter.kind || filter.search);

  return (
    <div className="filters">
      <h2 className="visually-hidden">{t('municipalities.filters.heading')}</h2>
      <div className="filters-row">
        <FilterSelect
          label={t('municipalities.filters.region')}
          value={filter.region}
          allLabel={t('municipalities.filters.allRegions')}
          options={REGIONS.map((r) => ({ value: r, label: regionLabel(t, r) }))}
          onChange={(v) => onChange({ region: oneOf(REGIONS)(v) })}
        />
        <FilterSelect
          label={t('municipalities.filters.kind')}
          value={filter.kind}
          allLabel={t('municipalities.filters.allKinds')}
          options={MUNICIPALITY_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          onChange={(v) => onChange({ kind: oneOf(MUNICIPALITY_KINDS)(v) })}
        />
        {/* Re-mounted when the URL's search changes (e.g. reset), so the field mirrors it. */}
        <FilterSearch
          key={filter.search}
          initial={filter.search}
          label={t('municipalities.filters.search')}
          formLabel={t('municipalities.filters.searchForm')}
          buttonLabel={t('municipalities.filters.searchButton')}
          onSearch={(search) => onChange({ search })}
        />
      </div>
      {hasFilter && (
        <button type="button" className="button-link" onClick={onReset}>
          {t('municipalities.filters.reset')}
        </button>
      )}
    </div>
  );
}
