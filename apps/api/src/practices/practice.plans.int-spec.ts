import { type DataSource } from 'typeorm';
import { buildMunicipality } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { genericPlans, planCacheDataSource, planCacheTestable } from '../../test/plan-cache.js';
import { Municipality } from '../municipalities/index.js';
import { PracticeRepository } from './practice.repository.js';

/**
 * The practice page statement reads 1 to 16 practices (page views coalesced across requests) and
 * must keep one generic plan per size: an array parameter would be planned on every execution.
 */
(planCacheTestable ? describe : describe.skip)('practice page statements on PostgreSQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await planCacheDataSource([Municipality]);
  });
  afterAll(() => dataSource?.destroy());

  it('are planned once per connection and batch size, not on every page view', async () => {
    const municipality = await buildMunicipality(dataSource);
    const practices = await Promise.all(Array.from({ length: 5 }, () => buildPractice(dataSource, { municipalityId: municipality.id })));
    const slugs = practices.map((p) => p.slug);
    const repo = new PracticeRepository(dataSource);

    for (let i = 0; i < 8; i++) {
      for (const sources of [true, false]) {
        expect((await repo.findPages([slugs[i % 5]], sources)).map((page) => page?.row.slug)).toEqual([slugs[i % 5]]);
        // Three slugs go out as a statement of four, the last one repeated; one is unknown.
        expect((await repo.findPages([slugs[0], 'gibt-es-nicht', slugs[1 + (i % 4)]], sources)).map((page) => page?.row.slug ?? null)).toEqual([
          slugs[0],
          null,
          slugs[1 + (i % 4)],
        ]);
      }
    }

    expect(await genericPlans(dataSource, 'practice.pages')).toEqual([
      ['practice.pages.1', true],
      ['practice.pages.4', true],
      ['practice.pages.html.1', true],
      ['practice.pages.html.4', true],
    ]);
  });
});
