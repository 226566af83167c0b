import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { ExampleBadge } from '../../practices/components/ExampleBadge';
import type { SearchHitView } from '../graphql/types';
import { searchKindLabel } from '../labels';
import { isSitePath } from '../searchParams';
import { HighlightedText } from './HighlightedText';

/** One hit: its kind, the title as a link with the matches marked, context, date and a snippet. */
export function SearchHitItem({ hit }: { hit: SearchHitView }) {
  const { t, i18n } = useTranslation();
  const title = <HighlightedText parts={hit.title} />;
  return (
    <li className="search-hit">
      <h3 className="search-hit-title">
        {/* The API builds the paths; anything that is not a path of this site stays plain text. */}
        {isSitePath(hit.path) ? <Link to={hit.path}>{title}</Link> : title}
      </h3>
      <p className="search-hit-meta">
        <span className="search-hit-kind">{searchKindLabel(t, hit.kind)}</span>
        {hit.context && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            <span>{hit.context}</span>
          </>
        )}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        <time dateTime={hit.date}>{formatDate(hit.date, i18n.resolvedLanguage)}</time>
        {hit.isExample && <ExampleBadge />}
      </p>
      {hit.snippet.length > 0 && (
        <p className="search-hit-snippet">
          <HighlightedText parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}
