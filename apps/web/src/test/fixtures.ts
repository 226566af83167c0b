import type { MockLink } from '@apollo/client/testing';
import { ME_QUERY } from '../modules/account/graphql/account.graphql';
import type { Abilities, Me } from '../modules/account/graphql/types';
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

export function buildAbilities(overrides: Partial<Abilities> = {}): Abilities {
  return {
    __typename: 'Abilities',
    administerUsers: false,
    moderate: false,
    readFeedback: false,
    readMailbox: false,
    inviteAnywhere: false,
    inviteFor: [],
    ...overrides,
  };
}

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    __typename: 'Me',
    id: 'user-1',
    email: 'erika@example.org',
    emailVerified: true,
    displayName: 'Erika Muster',
    role: 'MEMBER',
    locale: 'DE',
    bio: null,
    affiliationText: null,
    affiliationMunicipality: null,
    languages: [],
    allowContact: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    memberships: [],
    abilities: buildAbilities(),
    ...overrides,
  };
}

/** The `me` query answering with this person (null: a guest), as often as asked. */
export function meMock(me: Me | null, { once = false } = {}): MockLink.MockedResponse {
  return {
    request: { query: ME_QUERY },
    result: { data: { me } },
    ...(once ? {} : { maxUsageCount: Number.POSITIVE_INFINITY }),
  };
}
