import { MUNICIPALITY_KINDS, REGIONS } from '@praxisforum/domain';
import { registerDomainEnum } from '../core/graphql/input-transforms.js';

export const MunicipalityKindEnum = registerDomainEnum(
  MUNICIPALITY_KINDS,
  'MunicipalityKind',
  'Town, municipality, district (Landkreis), city district (Stadtkreis), administrative association or joint project.',
);
export const RegionEnum = registerDomainEnum(REGIONS, 'Region', 'Administrative region (Regierungsbezirk) of Baden-Württemberg.');
