import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMunicipalityKind, isSlug, type MunicipalityKind, type Region, regionFromName } from '@praxisforum/domain';

export interface SeedMunicipality {
  slug: string;
  name: string;
  officialName?: string;
  kind: MunicipalityKind;
  region: Region;
  district?: string;
  seat?: string;
  members: string[];
  lat?: number;
  lon?: number;
}

export interface SeedProgramme {
  slug: string;
  name: string;
  framework?: string;
  announced?: string;
  fundingPerSiteEurMax?: number;
  implementedBy?: string;
  goals: string[];
}

export interface SeedTopic {
  slug: string;
  de: string;
  en: string;
}

export interface SeedData {
  programme: SeedProgramme;
  municipalities: SeedMunicipality[];
  topics: SeedTopic[];
}

interface RawMunicipality extends Omit<SeedMunicipality, 'kind' | 'region' | 'members'> {
  kind: string;
  region: string;
  members?: string[];
}

/** Reads the shipped seed files and checks them, naming the first bad record. */
export async function readSeedData(dir: string): Promise<SeedData> {
  const municipalitiesFile = join(dir, 'municipalities.json');
  const raw = JSON.parse(await readFile(municipalitiesFile, 'utf8')) as {
    programme: SeedProgramme;
    municipalities: RawMunicipality[];
  };
  const topicsRaw = JSON.parse(await readFile(join(dir, 'topics.json'), 'utf8')) as { topics: SeedTopic[] };

  const municipalities = raw.municipalities.map((m): SeedMunicipality => {
    const region = regionFromName(m.region);
    if (!isSlug(m.slug)) throw new Error(`${municipalitiesFile}: invalid slug "${m.slug}"`);
    if (!isMunicipalityKind(m.kind)) throw new Error(`${municipalitiesFile}: ${m.slug} has unknown kind "${m.kind}"`);
    if (!region) throw new Error(`${municipalitiesFile}: ${m.slug} has unknown region "${m.region}"`);
    return { ...m, kind: m.kind, region, members: m.members ?? [] };
  });
  for (const topic of topicsRaw.topics) {
    if (!isSlug(topic.slug)) throw new Error(`topics.json: invalid slug "${topic.slug}"`);
  }
  return { programme: { ...raw.programme, goals: raw.programme.goals ?? [] }, municipalities, topics: topicsRaw.topics };
}
