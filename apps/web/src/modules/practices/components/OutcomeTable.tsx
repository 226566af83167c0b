import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { formatFigure } from '../format';
import type { OutcomeView } from '../graphql/types';

interface Props {
  outcomes: readonly OutcomeView[];
  caption: string;
}

/** Figures as a real table (the accessible version of the charts): label, value, unit, date, source. */
export function OutcomeTable({ outcomes, caption }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  return (
    // Focusable and named, so keyboard users can scroll a table wider than a small screen.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table outcome-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('practices.outcomes.label')}</th>
            <th scope="col" className="numeric">
              {t('practices.outcomes.value')}
            </th>
            <th scope="col">{t('practices.outcomes.unit')}</th>
            <th scope="col">{t('practices.outcomes.asOf')}</th>
            <th scope="col">{t('practices.outcomes.source')}</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o, i) => (
            <tr key={`${i}-${o.label}`}>
              <th scope="row">{o.label}</th>
              <td className="numeric">{formatFigure(o.value, lng)}</td>
              <td>{o.unit}</td>
              <td>{formatDate(o.asOf, lng)}</td>
              <td>{o.source || t('practices.outcomes.noSource')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
