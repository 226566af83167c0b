import { useQuery } from '@apollo/client/react';
import { PRACTICE_DETAIL_QUERY } from '../graphql/practices.graphql';

/** One practice by slug, as the detail and print pages show it. */
export function usePracticeQuery(slug: string) {
  const { data, loading, error } = useQuery(PRACTICE_DETAIL_QUERY, { variables: { slug } });
  return { practice: data?.practice, loading: loading && !data, error };
}
