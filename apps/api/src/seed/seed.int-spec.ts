import { loadConfig } from '../core/config/config.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { seedBaseData } from './seed-base-data.js';
import { readSeedData } from './seed-data.js';

describe('seed of the 2018 programme', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('puts all 23 places of the 2018 programme in the database, and a second run adds nothing', async () => {
    const data = await readSeedData(loadConfig({}).seedDataDir);
    await seedBaseData(t.dataSource, data);
    const again = await seedBaseData(t.dataSource, data);
    expect(again).toEqual({ municipalitiesAdded: 0, topicsAdded: 0, programmesAdded: 0 });

    const result = await t.gql(`{
      programmes { slug name announcedOn participantCount municipalities { slug } }
      topics { slug nameDe nameEn }
      municipality(slug: "landkreis-loerrach") { name kind region seat programmes { slug } }
    }`);
    expect(result.errors).toBeUndefined();
    const programme = result.data!.programmes.find((p: { slug: string }) => p.slug === 'integration-be-zivilgesellschaft-2018');
    expect(programme).toMatchObject({ announcedOn: '2018-05-28', participantCount: 23 });
    expect(programme.municipalities.map((m: { slug: string }) => m.slug)).toEqual(expect.arrayContaining(['freiburg', 'pforzheim', 'zollernalbkreis', 'gvv-rauenberg']));
    // Other suites add topics of their own to the shared test database: look at the seeded ones.
    const seeded = result.data!.topics.filter((topic: { slug: string }) => data.topics.some((d) => d.slug === topic.slug));
    expect(seeded).toHaveLength(14);
    expect(seeded[0]).toEqual({ slug: 'sprache', nameDe: 'Sprache und Sprachförderung', nameEn: 'Language learning' });
    expect(result.data!.municipality).toEqual({
      name: 'Landkreis Lörrach',
      kind: 'DISTRICT',
      region: 'FREIBURG',
      seat: 'Lörrach',
      programmes: [{ slug: 'integration-be-zivilgesellschaft-2018' }],
    });
  });

  it('never overwrites what was edited in the running platform', async () => {
    const data = await readSeedData(loadConfig({}).seedDataDir);
    await seedBaseData(t.dataSource, data);
    await t.dataSource.query(`UPDATE municipality SET name = 'Giengen (edited)' WHERE slug = 'giengen'`);
    await seedBaseData(t.dataSource, data);
    const result = await t.gql(`{ municipality(slug: "giengen") { name } }`);
    expect(result.data!.municipality.name).toBe('Giengen (edited)');
    await t.dataSource.query(`UPDATE municipality SET name = 'Giengen an der Brenz' WHERE slug = 'giengen'`);
  });

  it('names the bad record when the seed data is wrong', async () => {
    const { mkdtemp, writeFile, copyFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'seed-'));
    await copyFile(join(loadConfig({}).seedDataDir, 'topics.json'), join(dir, 'topics.json'));
    await writeFile(
      join(dir, 'municipalities.json'),
      JSON.stringify({ programme: { slug: 'p', name: 'P', goals: [] }, municipalities: [{ slug: 'x', name: 'X', kind: 'county', region: 'Freiburg' }] }),
    );
    await expect(readSeedData(dir)).rejects.toThrow('x has unknown kind "county"');
  });
});
