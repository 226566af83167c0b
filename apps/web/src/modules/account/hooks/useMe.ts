import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../graphql/account.graphql';
import type { Abilities, Me } from '../graphql/types';

/** The signed-in person (null for guests, undefined while loading). */
export function useMe() {
  const { data, loading, error } = useQuery(ME_QUERY);
  return { me: data?.me, loading: loading && !data, error };
}

/**
 * Mutations that sign a person in (sign-in, accepting an invitation) answer with all fields of
 * `me`: writing them into the `me` query updates the header without another request.
 */
export function rememberSignedIn(cache: ApolloCache, me: Me | undefined) {
  if (me) cache.writeQuery({ query: ME_QUERY, data: { me } });
}

/** Whether these abilities open any page of the administration area. */
export function hasAdminAccess(abilities: Abilities): boolean {
  return abilities.administerUsers || abilities.moderate || abilities.readFeedback || abilities.readMailbox || canInvite(abilities);
}

export function canInvite(abilities: Abilities): boolean {
  return abilities.inviteAnywhere || abilities.inviteFor.length > 0;
}
