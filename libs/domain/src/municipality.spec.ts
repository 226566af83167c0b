import { isMunicipalityKind, regionFromName, REGION_NAMES, REGIONS } from './municipality.js';
import { isSlug } from './slug.js';

describe('domain values', () => {
  it('maps every official region name back to its slug', () => {
    for (const region of REGIONS) expect(regionFromName(REGION_NAMES[region])).toBe(region);
    expect(regionFromName('Tübingen')).toBe('tuebingen');
    expect(regionFromName('Bayern')).toBeUndefined();
  });

  it('recognises the kinds of municipality of the programme data only', () => {
    expect(isMunicipalityKind('association')).toBe(true);
    expect(isMunicipalityKind('county')).toBe(false);
  });

  it('accepts URL slugs and refuses anything else', () => {
    expect(isSlug('landkreis-loerrach')).toBe(true);
    expect(isSlug('Landkreis Lörrach')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
