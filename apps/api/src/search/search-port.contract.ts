import { type SearchPort } from './search.port.js';

/**
 * PLACEHOLDER (Meilisearch branch): the shared contract suite is written on the PostgresSearch
 * branch; this file only gives `meilisearch-search.int-spec.ts` the agreed signature
 * (CONTRACT.md) until the two meet. On merge, take the PostgresSearch branch's version.
 * TODO: replace with the real suite.
 */
export function describeSearchPortContract(
  engineName: string,
  setup: () => Promise<{ port: SearchPort; teardown: () => Promise<void> }>,
): void {
  describe(`SearchPort contract: ${engineName}`, () => {
    let context: { port: SearchPort; teardown: () => Promise<void> };
    beforeAll(async () => {
      context = await setup();
    });
    afterAll(async () => {
      await context?.teardown();
    });

    it('answers health for a fresh index', async () => {
      expect(await context.port.health()).toMatchObject({ ok: true, engine: engineName });
    });

    it.todo('the shared contract suite (PostgresSearch branch)');
  });
}
