import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../ui/errors';
import { formatDate } from '../../../ui/format';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useMe } from '../../account/hooks/useMe';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { FollowLevelSelect } from '../../notifications/components/FollowLevelSelect';
import { MunicipalityMapSection } from '../components/MunicipalityMapSection';
import { MUNICIPALITY_DETAIL_QUERY } from '../graphql/municipalities.graphql';
import { ExampleBadge } from '../../practices/components/ExampleBadge';
import { adoptionKindLabel } from '../../practices/labels';
import { kindLabel, regionLabel } from '../labels';

export function MunicipalityDetailPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  // The follow level is the viewer's: asked again on every visit (it may have changed with a sign-in).
  const { data, error } = useQuery(MUNICIPALITY_DETAIL_QUERY, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const municipality = data?.municipality;
  usePageTitle(municipality?.name ?? t('municipality.title'));

  if (error && hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <NotFoundPage
        title={t('municipality.notFoundTitle')}
        message={t('municipality.notFoundMessage')}
        backTo="/kommunen"
        backLabel={t('municipality.backToList')}
      />
    );
  }
  if (error && !municipality) {
    return (
      <>
        <PageHeading>{t('municipality.title')}</PageHeading>
        <QueryError error={error} />
        <p>
          <Link to="/kommunen">{t('municipality.backToList')}</Link>
        </p>
      </>
    );
  }
  if (!municipality) {
    return (
      <p role="status" className="result-count">
        {t('common.loading')}
      </p>
    );
  }

  const facts: [string, string | null][] = [
    [t('municipality.officialName'), municipality.officialName],
    [t('municipality.kind'), kindLabel(t, municipality.kind)],
    [t('municipality.region'), regionLabel(t, municipality.region)],
    [t('municipality.district'), municipality.district],
    [t('municipality.seat'), municipality.seat],
  ];

  return (
    <>
      <p className="breadcrumb">
        <Link to="/kommunen">{t('municipality.backToList')}</Link>
      </p>
      <PageHeading>{municipality.name}</PageHeading>
      {me && (
        <FollowLevelSelect subject={{ type: 'MUNICIPALITY', id: municipality.id }} level={municipality.viewerFollowLevel} textKey="notifications.followControl.MUNICIPALITY" />
      )}
      <div className="list-with-map">
        <div>
          <h2>{t('municipality.facts')}</h2>
          <dl className="facts">
            {facts
              .filter((f): f is [string, string] => Boolean(f[1]))
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          {municipality.members.length > 0 && (
            <>
              <h2>{t('municipality.members')}</h2>
              <ul>
                {municipality.members.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('municipality.programmes')}</h2>
          {municipality.programmes.length > 0 ? (
            <ul>
              {municipality.programmes.map((p) => (
                <li key={p.id}>
                  {p.name}
                  {p.announcedOn && ` (${t('programme.announcedOn')} ${formatDate(p.announcedOn, i18n.resolvedLanguage)})`}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('municipality.noProgrammes')}</p>
          )}
          <h2>{t('practices.municipality.shared')}</h2>
          {municipality.sharedPractices.length > 0 ? (
            <ul>
              {municipality.sharedPractices.map((p) => (
                <li key={p.id}>
                  <Link to={`/praxisbeispiele/${encodeURIComponent(p.slug)}`}>{p.title}</Link>
                  {p.isExample && <ExampleBadge />}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('practices.municipality.sharedNone')}</p>
          )}
          <h2>{t('practices.municipality.adopted')}</h2>
          {municipality.adoptions.length > 0 ? (
            <ul>
              {municipality.adoptions.map((a) => (
                <li key={a.id}>
                  <Link to={`/praxisbeispiele/${encodeURIComponent(a.practice.slug)}`}>{a.practice.title}</Link>
                  {' – '}
                  {t('practices.municipality.adoptedItem', {
                    kind: adoptionKindLabel(t, a.kind),
                    date: formatDate(a.adoptedOn, i18n.resolvedLanguage),
                  })}
                  {a.isExample && <ExampleBadge />}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('practices.municipality.adoptedNone')}</p>
          )}
        </div>
        <div>
          <h2>{t('municipality.location')}</h2>
          {municipality.latitude == null || municipality.longitude == null ? (
            <p>{t('municipality.noLocation')}</p>
          ) : (
            <MunicipalityMapSection highlight={municipality.slug} description={t('map.descriptionDetail')} compact />
          )}
        </div>
      </div>
    </>
  );
}
