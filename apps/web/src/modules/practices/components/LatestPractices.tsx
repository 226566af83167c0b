import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LATEST_PRACTICES_QUERY } from '../graphql/latest.graphql';
import { ExampleBadge } from './ExampleBadge';

const COUNT = 3;

/**
 * The three newest practices for the home page, and the way to all of them. Kept light: it is
 * part of the initial bundle. The home page owns the heading.
 */
export function LatestPractices() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(LATEST_PRACTICES_QUERY, { variables: { first: COUNT } });
  const practices = data?.practices.edges.map((e) => e.node) ?? [];
  return (
    <>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {/* A teaser: on failure the link to the list below is enough. */}
      {!error && data && practices.length === 0 && <p>{t('practices.home.empty')}</p>}
      {practices.length > 0 && (
        <ul className="entry-points">
          {practices.map((p) => (
            <li key={p.id}>
              <Link to={`/praxisbeispiele/${encodeURIComponent(p.slug)}`} className="entry-link">
                {p.title}
              </Link>{' '}
              {t('practices.home.ofMunicipality', { municipality: p.municipality.name })}
              {p.isExample && <ExampleBadge />}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/praxisbeispiele">{t('practices.home.allLink')}</Link>
      </p>
    </>
  );
}
