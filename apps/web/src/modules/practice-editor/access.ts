import type { Me } from '../account/graphql/types';

/** Municipalities whose practices this person writes (coordinators; admins write for all). */
export function coordinatedMunicipalities(me: Me) {
  return me.memberships.filter((m) => m.role === 'COORDINATOR').map((m) => m.municipality);
}

/** Whether this person may start and manage practices at all (the API checks per municipality). */
export function canWritePractices(me: Me): boolean {
  return me.role === 'ADMIN' || coordinatedMunicipalities(me).length > 0;
}
