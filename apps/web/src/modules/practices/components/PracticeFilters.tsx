import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_KINDS, REGIONS, WORK_STATUSES } from '@praxisforum/domain';
import { CheckboxField } from '../../../ui/CheckboxField';
import { FilterSearch, FilterSelect, oneOf } from '../../../ui/FilterControls';
import { useMunicipalityOptions } from '../../municipalities/hooks/useMunicipalityOptions';
import { kindLabel, regionLabel } from '../../municipalities/labels';
import { PRACTICE_TOPICS_QUERY } from '../graphql/practices.graphql';
import { hasActiveFilter, SORT_KEYS, type PracticeFilterState, type SortKey } from '../hooks/usePracticeFilter';
import { topicName, workStatusLabel } from '../labels';

interface Props {
  filter: PracticeFilterState;
  sort: SortKey;
  onChange: (next: Partial<PracticeFilterState>) => void;
  onSort: (sort: SortKey) => void;
  onReset: () => void;
}

const SORT_LABELS: Record<SortKey, string> = {
  newest: 'practices.filters.sortNewest',
  updated: 'practices.filters.sortUpdated',
  most_adopted: 'practices.filters.sortMostAdopted',
};

/**
 * Like the municipality filters: selects and checkboxes apply at once (the result count is
 * announced), the text search on submit, so typing does not send a request per keystroke.
 */
export function PracticeFilters({ filter, sort, onChange, onSort, onReset }: Props) {
  const { t, i18n } = useTranslation();
  const topics = useQuery(PRACTICE_TOPICS_QUERY);
  const municipalities = useMunicipalityOptions();

  return (
    <div className="filters">
      <h2 className="visually-hidden">{t('practices.filters.heading')}</h2>
      <div className="filters-row">
        <FilterSelect
          label={t('practices.filters.topic')}
          value={filter.topic}
          allLabel={t('practices.filters.allTopics')}
          options={(topics.data?.topics ?? []).map((topic) => ({ value: topic.slug, label: topicName(topic, i18n.resolvedLanguage) }))}
          onChange={(topic) => onChange({ topic })}
        />
        <FilterSelect
          label={t('practices.filters.municipality')}
          value={filter.municipality}
          allLabel={t('practices.filters.allMunicipalities')}
          options={municipalities.options.map((m) => ({ value: m.slug, label: m.name }))}
          onChange={(municipality) => onChange({ municipality })}
        />
        <FilterSelect
          label={t('practices.filters.region')}
          value={filter.region}
          allLabel={t('practices.filters.allRegions')}
          options={REGIONS.map((r) => ({ value: r, label: regionLabel(t, r) }))}
          onChange={(v) => onChange({ region: oneOf(REGIONS)(v) })}
        />
        <FilterSelect
          label={t('practices.filters.kind')}
          value={filter.kind}
          allLabel={t('practices.filters.allKinds')}
          options={MUNICIPALITY_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          onChange={(v) => onChange({ kind: oneOf(MUNICIPALITY_KINDS)(v) })}
        />
        <FilterSelect
          label={t('practices.filters.workStatus')}
          value={filter.workStatus}
          allLabel={t('practices.filters.allWorkStatuses')}
          options={WORK_STATUSES.map((s) => ({ value: s, label: workStatusLabel(t, s) }))}
          onChange={(v) => onChange({ workStatus: oneOf(WORK_STATUSES)(v) })}
        />
        <FilterSelect
          label={t('practices.filters.sort')}
          value={sort}
          options={SORT_KEYS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))}
          onChange={(v) => onSort(oneOf(SORT_KEYS)(v) ?? 'newest')}
        />
      </div>
      <div className="filters-row">
        <CheckboxField label={t('practices.filters.hasFigures')} checked={filter.hasFigures} onChange={(e) => onChange({ hasFigures: e.target.checked })} />
        <CheckboxField
          label={t('practices.filters.adoptedElsewhere')}
          checked={filter.adoptedElsewhere}
          onChange={(e) => onChange({ adoptedElsewhere: e.target.checked })}
        />
        {/* Re-mounted when the URL's search changes (e.g. reset), so the field mirrors it. */}
        <FilterSearch
          key={filter.search}
          initial={filter.search}
          label={t('practices.filters.search')}
          formLabel={t('practices.filters.searchForm')}
          buttonLabel={t('practices.filters.searchButton')}
          onSearch={(search) => onChange({ search })}
        />
      </div>
      {hasActiveFilter(filter) && (
        <button type="button" className="button-link" onClick={onReset}>
          {t('practices.filters.reset')}
        </button>
      )}
    </div>
  );
}
