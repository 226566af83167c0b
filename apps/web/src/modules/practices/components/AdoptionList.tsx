import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import type { AdoptionView } from '../graphql/types';
import { adoptionKindLabel } from '../labels';
import { ExampleBadge } from './ExampleBadge';
import { MarkdownSection } from './MarkdownSection';
import { OutcomeTable } from './OutcomeTable';

interface Props {
  adoptions: readonly AdoptionView[];
  /** Edit and remove buttons for the adoptions the viewer may change (none in print). */
  actions?: (adoption: AdoptionView) => ReactNode;
}

/** The municipalities that took the practice over, each with what they changed and achieved. */
export function AdoptionList({ adoptions, actions }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  return (
    <ul className="adoption-list">
      {adoptions.map((a) => (
        <li key={a.id} className="card adoption">
          <h3>
            <Link to={`/kommunen/${encodeURIComponent(a.municipality.slug)}`}>{a.municipality.name}</Link>
          </h3>
          <p className="card-meta">
            {a.isExample && <ExampleBadge />} {adoptionKindLabel(t, a.kind)} · {t('practices.adoptions.adoptedOn', { date: formatDate(a.adoptedOn, lng) })}
          </p>
          <MarkdownSection html={a.changesHtml} heading={t('practices.adoptions.changes')} headingLevel={4} />
          <MarkdownSection html={a.resultsHtml} heading={t('practices.adoptions.results')} headingLevel={4} />
          {a.outcomes.length > 0 && (
            <OutcomeTable outcomes={a.outcomes} caption={t('practices.adoptions.outcomesCaption', { municipality: a.municipality.name })} />
          )}
          {actions?.(a)}
        </li>
      ))}
    </ul>
  );
}
