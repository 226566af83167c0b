import { DataSource } from 'typeorm';
import { buildPost, buildThread } from '../../test/factories/discussion-rows.factory.js';
import { buildUser } from '../../test/factories/user.factory.js';
import { type ViewerScope, DiscussionRepository } from './discussion.repository.js';

const embedded = process.env.TEST_DATABASE_EMBEDDED === '1';

/**
 * The thread page's reads are named prepared statements. PostgreSQL plans such a statement once
 * per connection only if that generic plan is estimated no dearer than plans for the actual values;
 * otherwise it plans on every execution, which cost about as much CPU as running them. This guards
 * the statement shapes that allow the generic plan (see threadSelect and byIds).
 */
// The embedded database runs these statements unnamed (one shared session), so there is no plan cache to look at.
(embedded ? describe.skip : describe)('thread page statements on PostgreSQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    // Two connections at most, used one after the other: every statement lands on the same session.
    dataSource = new DataSource({ type: 'postgres', url: process.env.TEST_DATABASE_URL, extra: { max: 2 } });
    await dataSource.initialize();
  });
  afterAll(() => dataSource?.destroy());

  it('are planned once per connection for guests and signed-in viewers, not on every page view', async () => {
    const author = await buildUser(dataSource);
    const thread = await buildThread(dataSource, { authorId: author.id, kind: 'question' });
    const answer = await buildPost(dataSource, { threadId: thread.id, authorId: author.id });
    const repo = new DiscussionRepository(dataSource);
    const guest: ViewerScope = { id: null, moderator: false, coordinatorOf: [] };
    const member: ViewerScope = { id: (await buildUser(dataSource)).id, moderator: false, coordinatorOf: [] };

    for (const scope of [guest, member]) {
      // PostgreSQL tries plans for the actual values five times before it settles.
      for (let i = 0; i < 8; i++) {
        expect(await repo.threadsByIds(scope, [thread.id])).toHaveLength(1);
        expect((await repo.postPage(scope, thread.id, 50, 0)).rows).toHaveLength(2);
        expect(await repo.postsByIds(scope, [answer.id])).toHaveLength(1);
      }
    }

    const plans = await dataSource.query<{ name: string; generic_plans: string }[]>(
      `SELECT name, generic_plans FROM pg_prepared_statements WHERE name LIKE 'discussion.%' ORDER BY name`,
    );
    expect(plans.map((p) => [p.name, Number(p.generic_plans) > 0])).toEqual([
      ['discussion.postPage', true],
      ['discussion.postsByIds.false.one', true],
      ['discussion.threadsByIds.guest.one', true],
      ['discussion.threadsByIds.viewer.one', true],
    ]);
  });
});
