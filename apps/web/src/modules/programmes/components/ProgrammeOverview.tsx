import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { PROGRAMMES_QUERY } from '../graphql/programmes.graphql';

export function ProgrammeOverview() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const { data, loading, error } = useQuery(PROGRAMMES_QUERY);

  if (error) return <QueryError error={error} />;
  if (loading || !data) return <p role="status">{t('common.loading')}</p>;
  if (data.programmes.length === 0) return <p>{t('programme.none')}</p>;

  return (
    <>
      {data.programmes.map((p) => (
        <article key={p.id} className="programme">
          <h3>{p.name}</h3>
          <dl className="facts">
            {p.framework && (
              <div>
                <dt>{t('programme.framework')}</dt>
                <dd>{p.framework}</dd>
              </div>
            )}
            {p.announcedOn && (
              <div>
                <dt>{t('programme.announcedOn')}</dt>
                <dd>{formatDate(p.announcedOn, lng)}</dd>
              </div>
            )}
            <div>
              <dt>{t('programme.participants')}</dt>
              <dd>{t('programme.participantCount', { count: p.participantCount, formatted: formatNumber(p.participantCount, lng) })}</dd>
            </div>
            {p.fundingPerSiteEurMax != null && (
              <div>
                <dt>{t('programme.funding')}</dt>
                <dd>
                  {t('programme.fundingUpTo', {
                    amount: formatNumber(p.fundingPerSiteEurMax, lng, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
                  })}
                </dd>
              </div>
            )}
            {p.implementedBy && (
              <div>
                <dt>{t('programme.implementedBy')}</dt>
                <dd>{p.implementedBy}</dd>
              </div>
            )}
          </dl>
          {p.goals.length > 0 && (
            <>
              <h4>{t('programme.goals')}</h4>
              <ul>
                {p.goals.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </>
  );
}
