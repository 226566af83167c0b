import { buildUser, signedIn } from '../../test/factories/user.factory.js';
import { topicId } from '../../test/factories/thread.factory.js';
import { drainOutbox } from '../../test/factories/notification-fixtures.factory.js';
import { liveClient, subscribe, untilSubscribers } from '../../test/live-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

// The features of issue #5 together, through their real entry points only: a post made with the
// createPost mutation reaches an open thread's subscriber with its rendered body, and a mention in
// it becomes a notification whose new count is pushed to the mentioned person's bell.
describe('discussion journey: post, live delivery, mention notification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('delivers a new post to a reader of the thread and notifies the person it mentions', async () => {
    const [asker, replier, reader] = [await buildUser(t.dataSource), await buildUser(t.dataSource), await buildUser(t.dataSource)];
    const askerClient = await signedIn(t, asker);
    const replierClient = await signedIn(t, replier);
    const created = await askerClient.gql<{ createThread: { id: string } }>(
      `mutation ($space: ID!) { createThread(input: { space: { type: TOPIC, id: $space }, kind: QUESTION, title: "Räume für das Sprachcafé", body: "Wo treffen Sie sich?" }) { id } }`,
      { space: await topicId(t.dataSource) },
    );
    expect(created.errors).toBeUndefined();
    const threadId = created.data!.createThread.id;
    await drainOutbox(t);

    const readerSocket = liveClient(t, { cookie: (await signedIn(t, reader)).cookie });
    const askerSocket = liveClient(t, { cookie: askerClient.cookie });
    const activity = subscribe<{ threadActivity: { type: string; post: { number: number; author: { displayName: string }; body: { html: string } } | null } }>(
      readerSocket,
      `subscription ($id: ID!) { threadActivity(threadId: $id) { type post { number author { displayName } body { html } } } }`,
      { id: threadId },
    );
    const bell = subscribe<{ notificationCount: number }>(askerSocket, `subscription { notificationCount }`);
    try {
      await untilSubscribers(t, `thread:${threadId}`, 1);
      expect((await bell.next()).data).toEqual({ notificationCount: 0 });

      const reply = await replierClient.gql(`mutation ($input: CreatePostInput!) { createPost(input: $input) { number } }`, {
        input: { threadId, body: `Im Rathaus, fragen Sie @[${asker.displayName}](${asker.id}) nach dem Schlüssel.` },
      });
      expect(reply.errors).toBeUndefined();

      const delivered = await activity.next();
      expect(delivered.data!.threadActivity.type).toBe('post.created');
      expect(delivered.data!.threadActivity.post).toMatchObject({ number: 2, author: { displayName: replier.displayName } });
      expect(delivered.data!.threadActivity.post!.body.html).toContain('Im Rathaus');

      await drainOutbox(t);
      expect((await bell.next()).data).toEqual({ notificationCount: 1 });
      const list = await askerClient.gql<{ notifications: { edges: { node: { type: string; path: string } }[] } }>(
        `{ notifications(first: 5) { edges { node { type path } } } }`,
      );
      expect(list.data!.notifications.edges.map((e) => e.node.type)).toEqual(['mention']);
      expect(list.data!.notifications.edges[0].node.path).toContain(`/diskussionen/${threadId}`);
    } finally {
      activity.dispose();
      bell.dispose();
      await readerSocket.dispose();
      await askerSocket.dispose();
    }
  });
});
