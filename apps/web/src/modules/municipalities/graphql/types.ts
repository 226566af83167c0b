import type { MunicipalityListQuery } from '../../../graphql/generated';

/** A row of the municipality list (query `MunicipalityList`). */
export type MunicipalityListItem = MunicipalityListQuery['municipalities']['edges'][number]['node'];
