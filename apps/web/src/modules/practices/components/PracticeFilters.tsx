import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MUNICIPALITY_KINDS, REGIONS, WORK_STATUSES } from '@praxisforum/domain';
import { CheckboxField } from '../../../ui/CheckboxField';
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
  const id = useId();
  const topics = useQuery(PRACTICE_TOPICS_QUERY);
  const municipalities = useMunicipalityOptions();

  return (
    <div className="filters">
      <h2 className="visually-hidden">{t('practices.filters.heading')}</h2>
      <div className="filters-row">
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('practices.filters.topic')}</label>
          <select id={`${id}-topic`} value={filter.topic ?? ''} onChange={(e) => onChange({ topic: e.target.value || undefined })}>
            <option value="">{t('practices.filters.allTopics')}</option>
            {/* A topic from a shared link stays selectable while the list loads. */}
            {filter.topic && !topics.data?.topics.some((topic) => topic.slug === filter.topic) && <option value={filter.topic}>{filter.topic}</option>}
            {topics.data?.topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topicName(topic, i18n.resolvedLanguage)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-municipality`}>{t('practices.filters.municipality')}</label>
          <select
            id={`${id}-municipality`}
            value={filter.municipality ?? ''}
            onChange={(e) => onChange({ municipality: e.target.value || undefined })}
          >
            <option value="">{t('practices.filters.allMunicipalities')}</option>
            {filter.municipality && !municipalities.options.some((m) => m.slug === filter.municipality) && (
              <option value={filter.municipality}>{filter.municipality}</option>
            )}
            {municipalities.options.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('practices.filters.region')}</label>
          <select id={`${id}-region`} value={filter.region ?? ''} onChange={(e) => onChange({ region: REGIONS.find((r) => r === e.target.value) })}>
            <option value="">{t('practices.filters.allRegions')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {regionLabel(t, r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('practices.filters.kind')}</label>
          <select id={`${id}-kind`} value={filter.kind ?? ''} onChange={(e) => onChange({ kind: MUNICIPALITY_KINDS.find((k) => k === e.target.value) })}>
            <option value="">{t('practices.filters.allKinds')}</option>
            {MUNICIPALITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('practices.filters.workStatus')}</label>
          <select
            id={`${id}-status`}
            value={filter.workStatus ?? ''}
            onChange={(e) => onChange({ workStatus: WORK_STATUSES.find((s) => s === e.target.value) })}
          >
            <option value="">{t('practices.filters.allWorkStatuses')}</option>
            {WORK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {workStatusLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('practices.filters.sort')}</label>
          <select id={`${id}-sort`} value={sort} onChange={(e) => onSort(SORT_KEYS.find((s) => s === e.target.value) ?? 'newest')}>
            {SORT_KEYS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filters-row">
        <CheckboxField label={t('practices.filters.hasFigures')} checked={filter.hasFigures} onChange={(e) => onChange({ hasFigures: e.target.checked })} />
        <CheckboxField
          label={t('practices.filters.adoptedElsewhere')}
          checked={filter.adoptedElsewhere}
          onChange={(e) => onChange({ adoptedElsewhere: e.target.checked })}
        />
        {/* Re-mounted when the URL's search changes (e.g. reset), so the field mirrors it. */}
        <SearchForm key={filter.search} initial={filter.search} onSearch={(search) => onChange({ search })} />
      </div>
      {hasActiveFilter(filter) && (
        <button type="button" className="button-link" onClick={onReset}>
          {t('practices.filters.reset')}
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
    <form role="search" className="search-form" onSubmit={submit} aria-label={t('practices.filters.searchForm')}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('practices.filters.search')}</label>
        <input id={`${id}-q`} type="search" value={value} maxLength={LIMITS.searchTextMax} autoComplete="off" onChange={(e) => setValue(e.target.value)} />
      </div>
      <button type="submit">{t('practices.filters.searchButton')}</button>
    </form>
  );
}
