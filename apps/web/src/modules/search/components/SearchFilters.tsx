import { useId, useState, type MouseEvent, type RefObject } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_KINDS, REGIONS, SEARCH_KINDS, WORK_STATUSES } from '@praxisforum/domain';
import { localeFor } from '../../../i18n';
import { CheckboxField } from '../../../ui/CheckboxField';
import { kindLabel, regionLabel } from '../../municipalities/labels';
import { workStatusLabel } from '../../practices/labels';
import type { FacetCountView, SearchFacetsView } from '../graphql/types';
import { facetValueLabel, searchKindsLabel } from '../labels';
import { hasActiveFilters, searchPath, withoutFilters, type SearchState } from '../searchParams';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetGroup, type FacetOption } from './FacetGroup';

interface Props {
  state: SearchState;
  /** Counts of the latest answer; undefined before the first one. */
  facets: SearchFacetsView | undefined;
  onChange: (change: Partial<SearchState>) => void;
  /** Where focus goes when the reset link (which then disappears) is used. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Municipalities and topics can be many: the rest is one click away. */
const COLLAPSE_AFTER = 8;

/**
 * Options of an enum facet in the domain's order (stable, so nothing jumps while counts change):
 * those with hits, and the chosen ones even without.
 */
function enumOptions<T extends string>(values: readonly T[], counts: FacetCountView[] | undefined, selected: readonly T[], label: (value: T) => string): FacetOption[] {
  return values.flatMap((value) => {
    const count = counts?.find((c) => c.value.toLowerCase() === value)?.count;
    if (!selected.includes(value) && !count) return [];
    return [{ value, label: label(value), count: counts ? (count ?? 0) : undefined }];
  });
}

/** Options of a slug facet (topics, municipalities) in alphabetical order, chosen ones included. */
function slugOptions(counts: FacetCountView[] | undefined, selected: readonly string[], lng: string | undefined): FacetOption[] {
  const options: FacetOption[] = (counts ?? [])
    .filter((c) => c.count > 0 || selected.includes(c.value))
    .map((c) => ({ value: c.value, label: facetValueLabel(c, lng), count: c.count }));
  for (const value of selected) {
    if (!options.some((o) => o.value === value)) options.push({ value, label: value, count: counts ? 0 : undefined });
  }
  const collator = new Intl.Collator(localeFor(lng));
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

export function SearchFilters({ state, facets, onChange, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const headingId = useId();
  const panelId = useId();
  // Small screens show the results first and the filters on request; wide ones always show them.
  const [open, setOpen] = useState(false);
  const active = hasActiveFilters(state);
  const activeCount =
    state.kinds.length +
    state.topics.length +
    state.municipalities.length +
    state.regions.length +
    state.municipalityKinds.length +
    state.statuses.length +
    (state.hasResults ? 1 : 0) +
    (state.adopted ? 1 : 0) +
    (state.from || state.to ? 1 : 0);

  const flagLabel = (key: 'hasResults' | 'adopted') => {
    const count = facets?.[key];
    const label = t(`search.filters.${key}`);
    return count === undefined ? label : t('search.filters.option', { label, count });
  };

  const reset = (event: MouseEvent<HTMLAnchorElement>) => {
    // The link disappears with the filters; keep keyboard users in the filter section.
    if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) headingRef.current?.focus();
  };

  return (
    <section className="search-filters" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('search.filters.heading')}
      </h2>
      <button type="button" className="button-secondary search-filters-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? t('search.filters.hide') : t('search.filters.show')}
        {activeCount > 0 && ` (${t('search.filters.activeCount', { count: activeCount })})`}
      </button>
      <div id={panelId} className="search-filters-panel" data-open={open}>
        {active && (
          <p className="search-filters-reset">
            <Link to={searchPath(withoutFilters(state))} replace onClick={reset}>
              {t('search.filters.reset')}
            </Link>
          </p>
        )}
        <FacetGroup
          legend={t('search.filters.kinds')}
          options={enumOptions(SEARCH_KINDS, facets?.kinds, state.kinds, (k) => searchKindsLabel(t, k))}
          selected={state.kinds}
          onChange={(kinds) => onChange({ kinds: kinds as SearchState['kinds'] })}
        />
        <FacetGroup
          legend={t('search.filters.topics')}
          options={slugOptions(facets?.topics, state.topics, lng)}
          selected={state.topics}
          onChange={(topics) => onChange({ topics })}
          collapseAfter={COLLAPSE_AFTER}
        />
        <FacetGroup
          legend={t('search.filters.regions')}
          options={enumOptions(REGIONS, facets?.regions, state.regions, (r) => regionLabel(t, r))}
          selected={state.regions}
          onChange={(regions) => onChange({ regions: regions as SearchState['regions'] })}
        />
        <FacetGroup
          legend={t('search.filters.municipalities')}
          options={slugOptions(facets?.municipalities, state.municipalities, lng)}
          selected={state.municipalities}
          onChange={(municipalities) => onChange({ municipalities })}
          collapseAfter={COLLAPSE_AFTER}
        />
        <FacetGroup
          legend={t('search.filters.municipalityKinds')}
          options={enumOptions(MUNICIPALITY_KINDS, facets?.municipalityKinds, state.municipalityKinds, (k) => kindLabel(t, k))}
          selected={state.municipalityKinds}
          onChange={(municipalityKinds) => onChange({ municipalityKinds: municipalityKinds as SearchState['municipalityKinds'] })}
        />
        <FacetGroup
          legend={t('search.filters.statuses')}
          options={enumOptions(WORK_STATUSES, facets?.statuses, state.statuses, (s) => workStatusLabel(t, s))}
          selected={state.statuses}
          onChange={(statuses) => onChange({ statuses: statuses as SearchState['statuses'] })}
        />
        {(state.hasResults || state.adopted || !facets || facets.hasResults > 0 || facets.adopted > 0) && (
          <fieldset className="facet">
            <legend>{t('search.filters.more')}</legend>
            <CheckboxField label={flagLabel('hasResults')} checked={state.hasResults} onChange={(e) => onChange({ hasResults: e.target.checked })} />
            <CheckboxField label={flagLabel('adopted')} checked={state.adopted} onChange={(e) => onChange({ adopted: e.target.checked })} />
          </fieldset>
        )}
        <DateRangeFilter from={state.from} to={state.to} onApply={(from, to) => onChange({ from, to })} />
      </div>
    </section>
  );
}
