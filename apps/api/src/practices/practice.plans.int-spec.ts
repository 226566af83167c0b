import { type DataSource } from 'typeorm';
import { buildMunicipality } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { shapeName } from '../core/database/prepared.js';
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

  it('name each list shape, and plan the unfiltered browse page once per connection whatever its page size', async () => {
    const municipality = await buildMunicipality(dataSource);
    await Promise.all(Array.from({ length: 3 }, () => buildPractice(dataSource, { municipalityId: municipality.id })));
    const repo = new PracticeRepository(dataSource);
    const texts = new Set<string>();
    const logQuery = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (query, ...rest) => {
      if (query.includes('AS cursor_keys')) texts.add(query);
      return logQuery(query, ...rest);
    };
    try {
      let after: (string | number)[] | undefined;
      for (let i = 0; i < 24; i++) {
        // Page sizes 15 to 20 share a statement (LIMIT 21); a filter and a cursor make other shapes.
        const all = await repo.listPublished({}, 'newest', 15 + (i % 6), undefined, { sources: false });
        expect(all.rows.length).toBeLessThanOrEqual(16 + (i % 6));
        const mine = await repo.listPublished({ municipality: municipality.slug }, 'newest', 2, after, { sources: false });
        expect(mine.totalCount).toBe(3);
        expect(mine.rows.map((r) => r.municipality_id)).toEqual(Array(after ? 2 : 3).fill(municipality.id));
        after = after ? undefined : mine.rows[0].cursor_keys;
      }
    } finally {
      dataSource.logger.logQuery = logQuery;
    }
    expect(texts.size).toBe(3); // all, mine, mine after a cursor
    const lists = await genericPlans(dataSource, 'practice.list.');
    expect(lists).toHaveLength(3);
    const browse = [...texts].find((sql) => !sql.includes('$1'))!;
    expect(browse).toContain('LIMIT 21');
    // The unfiltered browse page and its count; filtered shapes may keep plans for their values.
    expect(lists).toContainEqual([shapeName('practice.list', browse), true]);
    expect(await genericPlans(dataSource, 'practice.count.')).toContainEqual([shapeName('practice.count', `SELECT count(*)::int AS n FROM practice p WHERE p.state = 'published'`), true]);
  });
});
