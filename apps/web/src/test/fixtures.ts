import type { MunicipalityListItem } from '../modules/municipalities/graphql/types';

export function buildMunicipality(overrides: Partial<MunicipalityListItem> = {}): MunicipalityListItem {
  const slug = overrides.slug ?? 'weinheim';
  return {
    __typename: 'Municipality',
    id: `id-${slug}`,
    slug,
    name: 'Weinheim',
    kind: 'TOWN',
    region: 'KARLSRUHE',
    district: 'Rhein-Neckar-Kreis',
    latitude: 49.545,
    longitude: 8.666,
    ...overrides,
  };
}

export function connection<T>(nodes: T[], { totalCount = nodes.length, hasNextPage = false, endCursor = null as string | null } = {}) {
  return {
    __typename: 'MunicipalityConnection',
    totalCount,
    edges: nodes.map((node, i) => ({ __typename: 'MunicipalityEdge', cursor: `c${i}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
  };
}

/** The map query only asks for these fields. */
export function mapNode(m: MunicipalityListItem) {
  return { __typename: 'Municipality', id: m.id, slug: m.slug, name: m.name, latitude: m.latitude, longitude: m.longitude };
}
