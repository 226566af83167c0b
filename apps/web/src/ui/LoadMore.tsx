import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from './QueryError';

interface Props {
  /** The page info of the connection shown; nothing is rendered while there is no next page. */
  pageInfo: { hasNextPage: boolean; endCursor: string | null } | undefined;
  /** Fetches the page after this cursor, e.g. `(after) => fetchMore({ variables: { after } })`. */
  onLoadMore: (after: string) => Promise<unknown>;
  /** The button's text; "Mehr laden" unless given. */
  label?: string;
}

/** The footer of a paginated list: a button for the next page, busy while it loads, and the failure if it fails. */
export function LoadMore({ pageInfo, onLoadMore, label }: Props) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoading(true);
    setError(null);
    try {
      await onLoadMore(pageInfo.endCursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      {pageInfo?.hasNextPage && (
        <button type="button" onClick={() => void loadMore()} disabled={loading} aria-busy={loading}>
          {loading ? t('common.loading') : (label ?? t('common.loadMore'))}
        </button>
      )}
      {error != null && <QueryError error={error} />}
    </>
  );
}
