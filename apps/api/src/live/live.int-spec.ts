import { ensureTopics } from '../../test/factories/practice.factory.js';
import { buildMunicipality } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn, type TestUser } from '../../test/factories/user.factory.js';
import { addPost, insertThread } from '../../test/factories/live.factory.js';
import { handshakeStatus, liveClient, subscribe, untilSubscribers } from '../../test/live-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { WS_LIMITS } from '../core/realtime/graphql-ws.server.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';

const THREAD_ACTIVITY = `subscription ($id: ID!) { threadActivity(threadId: $id) { type threadId postId } }`;
const NOTIFICATION_COUNT = `subscription { notificationCount }`;

describe('live updates over graphql-ws', () => {
  let t: TestApp;
  let live: LiveEvents;
  let author: TestUser;
  let member: TestUser;
  let moderator: TestUser;
  let memberCookie: string;
  let moderatorCookie: string;
  let topicId: string;
  let openThread: string;

  beforeAll(async () => {
    t = await startTestApp();
    live = t.app.get(LIVE_EVENTS);
    await ensureTopics(t.dataSource, ['sprache']);
    [{ id: topicId }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM topic WHERE slug = 'sprache'`);
    author = await buildUser(t.dataSource);
    member = await buildUser(t.dataSource);
    moderator = await buildUser(t.dataSource, { role: 'moderator' });
    memberCookie = (await signedIn(t, member)).cookie;
    moderatorCookie = (await signedIn(t, moderator)).cookie;
    openThread = await insertThread(t.dataSource, author.id, { type: 'topic', id: topicId });
  });
  afterAll(() => t.close());

  describe('threadActivity', () => {
    it('delivers a post once its transaction commits, and never one that was rolled back', async () => {
      const client = liveClient(t, { cookie: memberCookie });
      const sub = subscribe<{ threadActivity: { type: string; threadId: string; postId: string } }>(client, THREAD_ACTIVITY, { id: openThread });
      try {
        await untilSubscribers(t, `thread:${openThread}`, 1);
        await addPost(t.dataSource, live, openThread, author.id, { rollback: true });
        const committed = await addPost(t.dataSource, live, openThread, author.id, {
          // Published, but not yet committed: nobody may hear of it yet.
          beforeCommit: () => sub.nothingWithin(300),
        });
        const result = await sub.next();
        expect(result).toEqual({ data: { threadActivity: { type: 'post.created', threadId: openThread, postId: committed } } });
        await sub.nothingWithin(300);
        expect(sub.received).toHaveLength(1);
      } finally {
        sub.dispose();
        await client.dispose();
        await untilSubscribers(t, `thread:${openThread}`, 0);
      }
    });

    it('delivers nothing published in a savepoint that was rolled back, but the rest of the transaction', async () => {
      const client = liveClient(t);
      const sub = subscribe<{ threadActivity: { postId: string } }>(client, THREAD_ACTIVITY, { id: openThread });
      try {
        await untilSubscribers(t, `thread:${openThread}`, 1);
        await t.dataSource.transaction(async (tx) => {
          await live.publish(tx, `thread:${openThread}`, { type: 'post.updated', threadId: openThread, postId: '00000000-0000-4000-8000-000000000001' });
          await tx
            .transaction(async (inner) => {
              await live.publish(inner, `thread:${openThread}`, { type: 'post.updated', threadId: openThread, postId: '00000000-0000-4000-8000-000000000002' });
              throw new Error('inner rollback');
            })
            .catch(() => undefined);
        });
        expect((await sub.next()).data?.threadActivity.postId).toBe('00000000-0000-4000-8000-000000000001');
        await sub.nothingWithin(300);
      } finally {
        sub.dispose();
        await client.dispose();
        await untilSubscribers(t, `thread:${openThread}`, 0);
      }
    });

    it('lets guests follow a public thread', async () => {
      const client = liveClient(t);
      const sub = subscribe<{ threadActivity: { postId: string } }>(client, THREAD_ACTIVITY, { id: openThread });
      try {
        await untilSubscribers(t, `thread:${openThread}`, 1);
        const postId = await addPost(t.dataSource, live, openThread, author.id);
        expect((await sub.next()).data?.threadActivity.postId).toBe(postId);
      } finally {
        sub.dispose();
        await client.dispose();
      }
    });

    it('refuses a hidden thread to a member (NOT_FOUND) but not to a moderator or its author', async () => {
      const hidden = await insertThread(t.dataSource, author.id, { type: 'topic', id: topicId }, { hidden: true });
      const memberClient = liveClient(t, { cookie: memberCookie });
      const refused = subscribe(memberClient, THREAD_ACTIVITY, { id: hidden });
      const result = await refused.next();
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      await memberClient.dispose();

      const moderatorClient = liveClient(t, { cookie: moderatorCookie });
      const authorClient = liveClient(t, { cookie: (await signedIn(t, author)).cookie });
      const subs = [subscribe<{ threadActivity: { postId: string } }>(moderatorClient, THREAD_ACTIVITY, { id: hidden }), subscribe<{ threadActivity: { postId: string } }>(authorClient, THREAD_ACTIVITY, { id: hidden })];
      try {
        await untilSubscribers(t, `thread:${hidden}`, 2);
        const postId = await addPost(t.dataSource, live, hidden, author.id);
        for (const sub of subs) expect((await sub.next()).data?.threadActivity.postId).toBe(postId);
      } finally {
        await moderatorClient.dispose();
        await authorClient.dispose();
      }
    });

    it('refuses held and deleted threads, and threads of unpublished practices, to a guest', async () => {
      const municipality = await buildMunicipality(t.dataSource);
      const draft = await buildPractice(t.dataSource, { municipalityId: municipality.id, state: 'draft' });
      const published = await buildPractice(t.dataSource, { municipalityId: municipality.id });
      const threads = {
        held: await insertThread(t.dataSource, author.id, { type: 'topic', id: topicId }, { held: true }),
        deleted: await insertThread(t.dataSource, author.id, { type: 'topic', id: topicId }, { deleted: true }),
        draftPractice: await insertThread(t.dataSource, author.id, { type: 'practice', id: draft.id }),
        missing: '00000000-0000-4000-8000-00000000abcd',
      };
      const client = liveClient(t);
      try {
        for (const [name, id] of Object.entries(threads)) {
          const result = await subscribe(client, THREAD_ACTIVITY, { id }).next();
          expect([name, result.errors?.[0].extensions?.code]).toEqual([name, 'NOT_FOUND']);
        }
        const open = await insertThread(t.dataSource, author.id, { type: 'practice', id: published.id });
          subscribe(client, THREAD_ACTIVITY, { id: open });
        await untilSubscribers(t, `thread:${open}`, 1);
        const bad = await subscribe(client, THREAD_ACTIVITY, { id: 'not-a-uuid' }).next();
        expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      } finally {
        await client.dispose();
      }
    });
  });

  describe('notificationCount', () => {
    it('pushes the unread count at once and again on every change of the viewer', async () => {
      const reader = await buildUser(t.dataSource);
      const other = await buildUser(t.dataSource);
      const client = liveClient(t, { cookie: (await signedIn(t, reader)).cookie });
      const sub = subscribe<{ notificationCount: number }>(client, NOTIFICATION_COUNT);
      const notify = (userId: string, read = false) =>
        t.dataSource.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO notification (user_id, type, subject_type, subject_id, read_at) VALUES ($1, 'reply', 'thread', $2, $3)`,
            [userId, openThread, read ? new Date() : null],
          );
          await live.publish(tx, `user:${userId}`, { type: 'notifications' });
        });
      try {
        expect(await sub.next()).toEqual({ data: { notificationCount: 0 } });
        await notify(reader.id);
        expect(await sub.next()).toEqual({ data: { notificationCount: 1 } });
        await notify(reader.id);
        expect(await sub.next()).toEqual({ data: { notificationCount: 2 } });
        // Two identical events in one transaction arrive once (NOTIFY folds them; so does the in-process engine).
        await t.dataSource.transaction(async (tx) => {
          await live.publish(tx, `user:${reader.id}`, { type: 'notifications' });
          await live.publish(tx, `user:${reader.id}`, { type: 'notifications' });
        });
        expect(await sub.next()).toEqual({ data: { notificationCount: 2 } });
        await sub.nothingWithin(300);
        // Someone else's notification is not this viewer's business.
        await notify(other.id);
        await sub.nothingWithin(300);
        // Messages have their own count.
        await t.dataSource.transaction((tx) => live.publish(tx, `user:${reader.id}`, { type: 'message', conversationId: openThread }));
        await sub.nothingWithin(300);
        await t.dataSource.transaction(async (tx) => {
          await tx.query(`UPDATE notification SET read_at = now() WHERE user_id = $1`, [reader.id]);
          await live.publish(tx, `user:${reader.id}`, { type: 'notifications' });
        });
        expect(await sub.next()).toEqual({ data: { notificationCount: 0 } });
      } finally {
        sub.dispose();
        await client.dispose();
      }
    });

    it('refuses guests with UNAUTHENTICATED', async () => {
      const client = liveClient(t);
      try {
        const result = await subscribe(client, NOTIFICATION_COUNT).next();
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]).toMatchObject({ message: 'Please sign in first.', extensions: { code: 'UNAUTHENTICATED' } });
      } finally {
        await client.dispose();
      }
    });

    it('treats a socket whose session ended as a guest for new subscriptions', async () => {
      const user = await buildUser(t.dataSource);
      const cookie = (await signedIn(t, user)).cookie;
      const client = liveClient(t, { cookie });
      try {
        expect((await subscribe(client, NOTIFICATION_COUNT).next()).data).toEqual({ notificationCount: 0 });
        await t.dataSource.query(`DELETE FROM user_session WHERE user_id = $1`, [user.id]);
        expect((await subscribe(client, NOTIFICATION_COUNT).next()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      } finally {
        await client.dispose();
      }
    });
  });

  describe('the WebSocket endpoint', () => {
    it('refuses a cross-origin upgrade with 403 and accepts the site itself', async () => {
      expect(await handshakeStatus(t, { origin: 'https://evil.example', cookie: memberCookie })).toBe(403);
      expect(await handshakeStatus(t, { origin: 'null' })).toBe(403);
      expect(await handshakeStatus(t, { origin: t.baseUrl, cookie: memberCookie })).toBe(101);
      // Browsers always send Origin; other clients carry no one else's cookie.
      expect(await handshakeStatus(t)).toBe(101);
    });

    it('accepts the public URL as origin behind a proxy that rewrites Host', async () => {
      const proxied = await startTestApp({ publicUrl: 'https://praxisforum.example' });
      try {
        expect(await handshakeStatus(proxied, { origin: 'https://praxisforum.example' })).toBe(101);
        expect(await handshakeStatus(proxied, { origin: 'http://localhost:5173' })).toBe(403);
        expect(await handshakeStatus(proxied, { origin: 'https://praxisforum.example.evil.test' })).toBe(403);
      } finally {
        await proxied.close();
      }
    });

    it('answers upgrades on other paths with 404', async () => {
      expect(await handshakeStatus(t, {}, '/graphql-other')).toBe(404);
      expect(await handshakeStatus(t, {}, '/api/ws')).toBe(404);
    });

    it(`caps open sockets per person at ${WS_LIMITS.perUser} (429), and frees a slot when one closes`, async () => {
      const user = await buildUser(t.dataSource);
      const cookie = (await signedIn(t, user)).cookie;
      const clients = Array.from({ length: WS_LIMITS.perUser }, () => liveClient(t, { cookie }));
      try {
        // One subscription each opens the sockets.
        const subs = clients.map((client) => subscribe<{ notificationCount: number }>(client, NOTIFICATION_COUNT));
        for (const sub of subs) expect((await sub.next()).data).toEqual({ notificationCount: 0 });
        expect(await handshakeStatus(t, { cookie })).toBe(429);
        // Another person is not affected.
        expect(await handshakeStatus(t, { cookie: memberCookie })).toBe(101);
        await clients.pop()?.dispose();
        let status = 0;
        for (let i = 0; i < 50 && status !== 101; i++) {
          status = await handshakeStatus(t, { cookie });
          if (status !== 101) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(status).toBe(101);
      } finally {
        await Promise.all(clients.map((client) => Promise.resolve(client.dispose())));
      }
    });

    it(`caps subscriptions per socket at ${WS_LIMITS.subscriptionsPerSocket}`, async () => {
      const client = liveClient(t);
      try {
        const subs = Array.from({ length: WS_LIMITS.subscriptionsPerSocket }, () => subscribe(client, THREAD_ACTIVITY, { id: openThread }));
        await untilSubscribers(t, `thread:${openThread}`, subs.length);
        const refused = await subscribe(client, THREAD_ACTIVITY, { id: openThread }).next().catch((error: Error) => error.message);
        expect(refused).toContain('RATE_LIMITED');
      } finally {
        await client.dispose();
        await untilSubscribers(t, `thread:${openThread}`, 0);
      }
    });

    it('runs only subscriptions: queries and mutations belong to HTTP', async () => {
      const client = liveClient(t, { cookie: memberCookie });
      try {
        const query = await subscribe(client, `{ __typename }`).next().catch((error: Error) => error.message);
        expect(query).toContain('Only subscriptions run over the WebSocket');
        const invalid = await subscribe(client, `subscription { nothingHere }`).next().catch((error: Error) => error.message);
        expect(invalid).toContain('GRAPHQL_VALIDATION_FAILED');
      } finally {
        await client.dispose();
      }
    });

    it('closes open sockets when the app shuts down', async () => {
      const other = await startTestApp();
      const client = liveClient(other, { cookie: memberCookie, keepOpen: true });
      let closeCode = 0;
      client.on('closed', (event) => (closeCode = (event as { code: number }).code));
      const sub = subscribe(client, NOTIFICATION_COUNT);
      await sub.next();
      await other.close();
      const deadline = Date.now() + 5_000; // the close frame may trail the server's shutdown on a busy machine
      while (closeCode === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(closeCode).toBe(1001);
      await client.dispose();
    });
  });
});
