import type { MunicipalityKind, Region } from '@praxisforum/domain';

/** GraphQL enum values are the domain slugs in upper case. */
export type MunicipalityKindEnum = Uppercase<MunicipalityKind>;
export type RegionEnum = Uppercase<Region>;

export interface MunicipalityFilterInput {
  region?: RegionEnum;
  kind?: MunicipalityKindEnum;
  search?: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface MunicipalityListItem {
  __typename?: 'Municipality';
  id: string;
  slug: string;
  name: string;
  kind: MunicipalityKindEnum;
  region: RegionEnum;
  district: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface MunicipalityMapItem {
  __typename?: 'Municipality';
  id: string;
  slug: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

export interface Connection<TNode> {
  totalCount: number;
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
}

export interface MunicipalityListData {
  municipalities: Connection<MunicipalityListItem>;
}

export interface MunicipalityMapData {
  municipalities: Connection<MunicipalityMapItem>;
}

export interface MunicipalityListVars {
  filter?: MunicipalityFilterInput;
  first?: number;
  after?: string | null;
}

export interface ProgrammeRef {
  id: string;
  slug: string;
  name: string;
  announcedOn: string | null;
}

export interface MunicipalityDetail {
  id: string;
  slug: string;
  name: string;
  officialName: string | null;
  kind: MunicipalityKindEnum;
  region: RegionEnum;
  district: string | null;
  seat: string | null;
  members: string[];
  latitude: number | null;
  longitude: number | null;
  programmes: ProgrammeRef[];
}

export interface MunicipalityDetailData {
  municipality: MunicipalityDetail;
}

export interface MunicipalityDetailVars {
  slug: string;
}
