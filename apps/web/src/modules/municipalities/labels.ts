import type { TFunction } from 'i18next';
import type { MunicipalityKind, Region } from '../../graphql/generated';

export function kindLabel(t: TFunction, kind: MunicipalityKind | Lowercase<MunicipalityKind>): string {
  return t(`kind.${kind.toLowerCase()}`);
}

export function regionLabel(t: TFunction, region: Region | Lowercase<Region>): string {
  return t(`region.${region.toLowerCase()}`);
}
