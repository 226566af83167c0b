import { type DataSource } from 'typeorm';
import { genericPlans, planCacheDataSource, planCacheTestable } from '../../test/plan-cache.js';
import { buildPost, buildThread, buildTopic } from '../../test/factories/thread.factory.js';
import { buildUser } from '../../test/factories/user.factory.js';
import { type ViewerScope, DiscussionRepository } from './discussion.repository.js';

/**
 * The thread page's reads are named prepared statements; this guards the statement shapes that let
 * PostgreSQL keep one generic plan for them (see threadSelect and byIds, and test/plan-cache.ts).
 */
(planCacheTestable ? describe : describe.skip)('thread page statements on PostgreSQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await planCacheDataSource();
  });
  afterAll(() => dataSource?.destroy());

  it('are planned once per connection for guests and signed-in viewers, not on every page view', async () => {
    const author = await buildUser(dataSource);
    const thread = await buildThread(dataSource, { authorId: author.id, kind: 'question', space: await buildTopic(dataSource) });
    const answer = await buildPost(dataSource, thread.id, { authorId: author.id });
    const repo = new DiscussionRepository(dataSource);
    const guest: ViewerScope = { id: null, moderator: false, coordinatorOf: [] };
    const member: ViewerScope = { id: (await buildUser(dataSource)).id, moderator: false, coordinatorOf: [] };

    const other = await buildThread(dataSource, { authorId: author.id, kind: 'discussion', space: await buildTopic(dataSource) });
    for (const scope of [guest, member]) {
      for (let i = 0; i < 8; i++) {
        expect(await repo.threadsByIds(scope, [thread.id])).toHaveLength(1);
        expect(await repo.threadsByIds(scope, [thread.id, other.id])).toHaveLength(2);
        expect((await repo.postPage(scope, thread.id, 50, 0)).rows).toHaveLength(2);
        expect(await repo.postsByIds(scope, [answer.id])).toHaveLength(1);
        // Three ids go out padded to four (the last repeated), on the plan of size 4.
        expect(await repo.postsByIds(scope, [answer.id, thread.firstPostId, other.firstPostId])).toHaveLength(3);
      }
    }

    expect(await genericPlans(dataSource, 'discussion.')).toEqual([
      ['discussion.postPage', true],
      ['discussion.postsByIds.false.1', true],
      ['discussion.postsByIds.false.4', true],
      ['discussion.threadsByIds.guest.1', true],
      ['discussion.threadsByIds.guest.2', true],
      ['discussion.threadsByIds.viewer.1', true],
      ['discussion.threadsByIds.viewer.2', true],
    ]);
  });
});
