import type { TFunction } from 'i18next';
import type { MunicipalityKindEnum, RegionEnum } from './graphql/types';

export function kindLabel(t: TFunction, kind: MunicipalityKindEnum | Lowercase<MunicipalityKindEnum>): string {
  return t(`kind.${kind.toLowerCase()}`);
}

export function regionLabel(t: TFunction, region: RegionEnum | Lowercase<RegionEnum>): string {
  return t(`region.${region.toLowerCase()}`);
}
