import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SEARCH_LIMITS } from '@praxisforum/domain';
import type { SearchResultsView } from '../graphql/types';

interface Props {
  results: Pick<SearchResultsView, 'query' | 'notices' | 'correctedQuery'>;
  /** The corrected search, with the same filters. */
  correctedHref: string | undefined;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** "Meinten Sie …?" and what the API had to tell about the query (cut, unknown filter). */
export function SearchNotices({ results, correctedHref, onNavigate }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {results.correctedQuery && correctedHref && (
        <p className="did-you-mean">
          {t('search.didYouMeanBefore')}
          <Link to={correctedHref} onClick={onNavigate}>
            {t('search.quoted', { query: results.correctedQuery })}
          </Link>
          {t('search.didYouMeanAfter')}
        </p>
      )}
      {results.notices.includes('QUERY_TRUNCATED') && (
        <p className="notice notice-warning">
          {t('search.notice.QUERY_TRUNCATED', {
            query: results.query,
            maxLength: SEARCH_LIMITS.queryMaxLength,
            maxWords: SEARCH_LIMITS.queryMaxWords,
          })}
        </p>
      )}
      {results.notices.includes('UNKNOWN_FILTER') && <p className="notice notice-warning">{t('search.notice.UNKNOWN_FILTER')}</p>}
    </>
  );
}
