import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { useSiteInfo } from '../../site/hooks/useSiteInfo';
import type { SiteInfo } from '../../site/graphql/siteInfo.graphql';

/** Renders its children once the operator data has loaded; legal texts depend on it. */
export function SiteInfoGate({ children }: { children: (siteInfo: SiteInfo) => ReactNode }) {
  const { t } = useTranslation();
  const { siteInfo, loading, error } = useSiteInfo();
  if (error) return <QueryError error={error} />;
  if (loading || !siteInfo) return <p role="status">{t('common.loading')}</p>;
  return <>{children(siteInfo)}</>;
}
