/** Kinds of municipality as used in the programme data (Kommune in the broad sense). */
export const MUNICIPALITY_KINDS = [
  'town',
  'municipality',
  'district',
  'city_district',
  'association',
  'joint_project',
] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** Administrative regions (Regierungsbezirke) of Baden-Württemberg, stored as stable slugs. */
export const REGIONS = ['stuttgart', 'karlsruhe', 'freiburg', 'tuebingen'] as const;
export type Region = (typeof REGIONS)[number];

/** The official (German) names of the regions, as they appear in source data. */
export const REGION_NAMES: Record<Region, string> = {
  stuttgart: 'Stuttgart',
  karlsruhe: 'Karlsruhe',
  freiburg: 'Freiburg',
  tuebingen: 'Tübingen',
};

export function regionFromName(name: string): Region | undefined {
  const entry = Object.entries(REGION_NAMES).find(([, n]) => n === name);
  return entry?.[0] as Region | undefined;
}

export function isMunicipalityKind(value: string): value is MunicipalityKind {
  return (MUNICIPALITY_KINDS as readonly string[]).includes(value);
}
