import type { Me } from '../../account/graphql/types';
import { useMunicipalityOptions, type MunicipalityOption } from '../../municipalities/hooks/useMunicipalityOptions';
import type { AdoptionView } from '../graphql/types';

interface PracticeLike {
  municipality: { slug: string };
  adoptions: readonly Pick<AdoptionView, 'municipality'>[];
}

function coordinated(me: Me): MunicipalityOption[] {
  return me.memberships.filter((m) => m.role === 'COORDINATOR').map((m) => ({ slug: m.municipality.slug, name: m.municipality.name }));
}

/**
 * The municipalities the viewer may record an adoption for: those they coordinate (admins: any),
 * never the owner, and not those that already recorded one (they edit theirs instead).
 */
export function useAdoptionMunicipalities(me: Me | null | undefined, practice: PracticeLike | undefined, { skip = false } = {}) {
  const isAdmin = me?.role === 'ADMIN';
  const all = useMunicipalityOptions({ skip: skip || !isAdmin });
  if (!me || !practice) return { options: [] as MunicipalityOption[], loading: false, error: undefined };
  const taken = new Set([practice.municipality.slug, ...practice.adoptions.map((a) => a.municipality.slug)]);
  const candidates = isAdmin ? all.options : coordinated(me);
  return { options: candidates.filter((m) => !taken.has(m.slug)), loading: isAdmin && all.loading, error: isAdmin ? all.error : undefined };
}

