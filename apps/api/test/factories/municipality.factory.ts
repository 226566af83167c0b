import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { Municipality } from '../../src/municipalities/index.js';

let sequence = 0;

/** A unique tag per test, so tests that share the run's database never see each other's rows. */
export function uniqueTag(prefix = 't'): string {
  return `${prefix}${randomUUID().slice(0, 8)}`;
}

export async function buildMunicipality(dataSource: DataSource, overrides: Partial<Municipality> = {}): Promise<Municipality> {
  sequence += 1;
  const tag = uniqueTag('m');
  const repo = dataSource.getRepository(Municipality);
  return repo.save(
    repo.create({
      slug: `${tag}-${sequence}`,
      name: `Teststadt ${tag} ${sequence}`,
      officialName: null,
      kind: 'town',
      region: 'stuttgart',
      district: null,
      seat: null,
      members: [],
      latitude: 48.7,
      longitude: 9.2,
      ...overrides,
    }),
  );
}

export async function buildProgramme(dataSource: DataSource, municipalityIds: string[], name = `Programm ${uniqueTag()}`) {
  const [programme] = await dataSource.query<{ id: string; slug: string }[]>(
    `INSERT INTO programme (slug, name, announced_on, goals) VALUES ($1, $2, '2020-01-15', '{}') RETURNING id, slug`,
    [uniqueTag('p'), name],
  );
  for (const id of municipalityIds) {
    await dataSource.query(`INSERT INTO programme_participant (programme_id, municipality_id) VALUES ($1, $2)`, [programme.id, id]);
  }
  return { ...programme, name };
}
