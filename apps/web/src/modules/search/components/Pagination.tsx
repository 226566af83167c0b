import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pageItems } from '../pagination';

interface Props {
  page: number;
  last: number;
  hrefFor: (page: number) => string;
  /** Called when a page link is followed (the page moves focus to the results). */
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** Page links in a labelled navigation; the current page is marked with aria-current. */
export function Pagination({ page, last, hrefFor, onNavigate }: Props) {
  const { t } = useTranslation();
  if (last <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t('search.pagination.label')} className="pagination">
      <ul>
        {page > 1 && page <= last && (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev" onClick={onNavigate}>
              {t('search.pagination.previous')}
            </Link>
          </li>
        )}
        {pageItems(page, last).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                to={hrefFor(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('search.pagination.page', { page: item })}
                onClick={onNavigate}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        {page < last && (
          <li>
            <Link to={hrefFor(page + 1)} rel="next" onClick={onNavigate}>
              {t('search.pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
