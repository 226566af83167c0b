import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@praxisforum/domain';
import { MUNICIPALITY_LIST_QUERY } from '../graphql/municipalities.graphql';

export interface MunicipalityOption {
  slug: string;
  name: string;
}

/**
 * All municipalities for a select, in name order. One page of the largest size: the programme
 * has a few dozen; `complete` says whether there were more than fit.
 */
export function useMunicipalityOptions({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(MUNICIPALITY_LIST_QUERY, { variables: { first: LIMITS.pageSizeMax }, skip });
  const options: MunicipalityOption[] = data?.municipalities.edges.map(({ node }) => ({ slug: node.slug, name: node.name })) ?? [];
  return { options, loading: loading && !data, error, complete: !data?.municipalities.pageInfo.hasNextPage };
}
