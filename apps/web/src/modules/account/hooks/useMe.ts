import { useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../graphql/account.graphql';
import type { Abilities } from '../graphql/types';

/** The signed-in person (null for guests, undefined while loading). */
export function useMe() {
  const { data, loading, error } = useQuery(ME_QUERY);
  return { me: data?.me, loading: loading && !data, error };
}

/** Whether these abilities open any page of the administration area. */
export function hasAdminAccess(abilities: Abilities): boolean {
  return abilities.administerUsers || abilities.readFeedback || abilities.readMailbox || canInvite(abilities);
}

export function canInvite(abilities: Abilities): boolean {
  return abilities.inviteAnywhere || abilities.inviteFor.length > 0;
}
