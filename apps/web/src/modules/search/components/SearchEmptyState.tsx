import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The same search without filters, when filters are set. */
  resetHref: string | undefined;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** No hits: what to try next, and where to browse instead. */
export function SearchEmptyState({ resetHref, onNavigate }: Props) {
  const { t } = useTranslation();
  return (
    <div className="search-empty">
      <h3>{t('search.results.empty.tipsHeading')}</h3>
      <ul>
        <li>{t('search.results.empty.spelling')}</li>
        <li>{t('search.results.empty.fewerWords')}</li>
        {resetHref && (
          <li>
            {t('search.results.empty.removeFilters')}{' '}
            <Link to={resetHref} replace onClick={onNavigate}>
              {t('search.filters.reset')}
            </Link>
          </li>
        )}
      </ul>
      <h3>{t('search.results.empty.browseHeading')}</h3>
      <ul className="link-list">
        <li>
          <Link to="/praxisbeispiele">{t('search.results.empty.browsePractices')}</Link>
        </li>
        <li>
          <Link to="/diskussionen">{t('search.results.empty.browseDiscussions')}</Link>
        </li>
        <li>
          <Link to="/kommunen">{t('search.results.empty.browseMunicipalities')}</Link>
        </li>
      </ul>
    </div>
  );
}
