import { registerEnumType } from '@nestjs/graphql';
import { MUNICIPALITY_KINDS, REGIONS } from '@praxisforum/domain';

// GraphQL enum names are UPPER_CASE; their internal values are the lowercase slugs stored in the
// database and shared through libs/domain.
const toEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<Uppercase<T>, T>;

export const MunicipalityKindEnum = toEnum(MUNICIPALITY_KINDS);
export const RegionEnum = toEnum(REGIONS);

registerEnumType(MunicipalityKindEnum, {
  name: 'MunicipalityKind',
  description: 'Town, municipality, district (Landkreis), city district (Stadtkreis), administrative association or joint project.',
});
registerEnumType(RegionEnum, { name: 'Region', description: 'Administrative region (Regierungsbezirk) of Baden-Württemberg.' });
