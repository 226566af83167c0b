import { useQuery } from '@apollo/client/react';
import { SITE_INFO_QUERY } from '../graphql/siteInfo.graphql';

export function useSiteInfo() {
  const { data, loading, error } = useQuery(SITE_INFO_QUERY);
  return { siteInfo: data?.siteInfo, loading, error };
}
