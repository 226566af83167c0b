import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { CheckboxField } from '../../../ui/CheckboxField';
import { QueryError } from '../../../ui/QueryError';
import { useMunicipalityOptions, type MunicipalityOption } from '../../municipalities/hooks/useMunicipalityOptions';
import { fieldDomId } from '../labels';
import { FieldGroup } from './fields';

interface Props {
  selected: string[];
  onChange: (next: string[]) => void;
  /** Names of the partners already stored, so they show even before (or beyond) the loaded list. */
  stored: readonly MunicipalityOption[];
  /** The owning municipality cannot be its own partner. */
  ownerSlug: string;
  error?: string;
}

const PATH = 'partnerMunicipalitySlugs';

/**
 * Other municipalities involved: a checkbox per municipality, narrowed by a text filter (native
 * controls only, so it works with every screen reader and keyboard). Chosen ones stay visible
 * whatever the filter says.
 */
export function PartnerMunicipalitiesField({ selected, onChange, stored, ownerSlug, error }: Props) {
  const { t } = useTranslation();
  const baseId = useId();
  const [filter, setFilter] = useState('');
  const { options, loading, error: loadError } = useMunicipalityOptions();

  const all = [...options, ...stored.filter((s) => !options.some((o) => o.slug === s.slug))].filter((o) => o.slug !== ownerSlug);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = all.filter((o) => selected.includes(o.slug) || !needle || o.name.toLocaleLowerCase().includes(needle));

  return (
    <FieldGroup
      id={fieldDomId(PATH)}
      legend={t('practiceEditor.fields.partnerMunicipalitySlugs')}
      hint={t('practiceEditor.partnerMunicipalities.hint', { count: selected.length, max: L.partnerMunicipalitiesMax })}
      error={error}
    >
      <div className="field">
        <label htmlFor={`${baseId}-filter`}>{t('practiceEditor.partnerMunicipalities.filter')}</label>
        <input id={`${baseId}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
      </div>
      <p role="status" className="hint">
        {loading ? t('common.loading') : t('practiceEditor.partnerMunicipalities.shown', { count: shown.length })}
      </p>
      {loadError && <QueryError error={loadError} />}
      <ul className="checkbox-list checkbox-scroll">
        {shown.map((o) => (
          <li key={o.slug}>
            <CheckboxField
              id={`${baseId}-${o.slug}`}
              label={o.name}
              checked={selected.includes(o.slug)}
              onChange={(e) => onChange(e.target.checked ? [...selected, o.slug] : selected.filter((slug) => slug !== o.slug))}
            />
          </li>
        ))}
      </ul>
    </FieldGroup>
  );
}
