import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PracticeListItem } from '../graphql/types';
import { topicName, workStatusLabel } from '../labels';
import { ExampleBadge } from './ExampleBadge';

interface Props {
  practice: PracticeListItem;
  selected: boolean;
  /** No more can be selected (the maximum is reached and this one is not among them). */
  selectionFull: boolean;
  /** Id of the text explaining why selection is unavailable. */
  fullHintId: string;
  onSelect: (selected: boolean) => void;
}

export function PracticeCard({ practice: p, selected, selectionFull, fullHintId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const disabled = selectionFull && !selected;
  const checkboxId = useId();
  return (
    <li className="card practice-card">
      <h3 className="card-heading">
        <Link to={`/praxisbeispiele/${encodeURIComponent(p.slug)}`} className="card-title">
          {p.title}
        </Link>
      </h3>
      {/* Badges after the heading, so headings stay short when listed by a screen reader. */}
      {(p.isExample || p.outcomes.length > 0) && (
        <p className="card-badges">
          {p.isExample && <ExampleBadge />}
          {p.outcomes.length > 0 && (
            <span className="badge badge-figures" title={t('practices.list.hasFiguresHint')}>
              {t('practices.list.hasFigures')}
            </span>
          )}
        </p>
      )}
      <dl className="card-meta">
        <div>
          <dt>{t('practices.list.municipality')}:</dt>
          <dd>{p.municipality.name}</dd>
        </div>
        {p.topics.length > 0 && (
          <div>
            <dt>{t('practices.list.topics')}:</dt>
            <dd>{p.topics.map((topic) => topicName(topic, i18n.resolvedLanguage)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('practices.list.workStatus')}:</dt>
          <dd>{workStatusLabel(t, p.workStatus)}</dd>
        </div>
        <div>
          <dt>{t('practices.list.adoptions')}:</dt>
          <dd>{t('practices.list.adoptionCount', { count: p.adoptionCount })}</dd>
        </div>
      </dl>
      {p.summary && <p className="card-summary">{p.summary}</p>}
      {/* Inline rather than CheckboxField: the description points at the shared "limit reached" text. */}
      <div className="field field-checkbox compare-select">
        <div className="checkbox-row">
          <input
            type="checkbox"
            id={checkboxId}
            checked={selected}
            disabled={disabled}
            aria-describedby={disabled ? fullHintId : undefined}
            onChange={(e) => onSelect(e.target.checked)}
          />
          <label htmlFor={checkboxId}>
            {t('practices.compare.select')}
            <span className="visually-hidden"> ({p.title})</span>
          </label>
        </div>
      </div>
    </li>
  );
}
