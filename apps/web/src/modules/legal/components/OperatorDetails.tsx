import { useTranslation } from 'react-i18next';
import type { Operator } from '../../site/graphql/siteInfo.graphql';

/** The operator's address block as configured on the server; gaps are named, never guessed. */
export function OperatorDetails({ operator }: { operator: Operator }) {
  const { t } = useTranslation();
  const missing = <span className="not-configured">{t('legal.notConfigured')}</span>;
  const cityLine = [operator.postalCode, operator.city].filter(Boolean).join(' ');
  return (
    <address className="operator">
      <strong>{operator.name || missing}</strong>
      <br />
      {operator.street || missing}
      <br />
      {cityLine || missing}
      <dl className="facts">
        <div>
          <dt>{t('legal.email')}</dt>
          <dd>{operator.email ? <a href={`mailto:${operator.email}`}>{operator.email}</a> : missing}</dd>
        </div>
        <div>
          <dt>{t('legal.phone')}</dt>
          <dd>{operator.phone ? <a href={`tel:${operator.phone.replace(/[^+\d]/g, '')}`}>{operator.phone}</a> : missing}</dd>
        </div>
        <div>
          <dt>{t('legal.representedBy')}</dt>
          <dd>{operator.representedBy || missing}</dd>
        </div>
      </dl>
    </address>
  );
}

export function isOperatorIncomplete(operator: Operator): boolean {
  return !operator.name || !operator.street || !operator.city || !operator.email || !operator.representedBy;
}
