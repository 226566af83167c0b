import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { addPost, insertThread } from '../../test/factories/live.factory.js';
import { topicId as seedTopicId } from '../../test/factories/thread.factory.js';
import { buildUser, signedIn } from '../../test/factories/user.factory.js';
import { liveClient, subscribe, untilSubscribers } from '../../test/live-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { PgLiveEvents } from '../core/realtime/pg-live-events.js';

const THREAD_ACTIVITY = `subscription ($id: ID!) { threadActivity(threadId: $id) { type threadId postId } }`;
const embedded = process.env.TEST_DATABASE_EMBEDDED === '1';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// PGlite serves one process (its data directory is locked): a second instance is not a
// deployment it supports, so fan-out is a PostgreSQL matter.
(embedded ? describe.skip : describe)('live fan-out across API instances (PostgreSQL LISTEN/NOTIFY)', () => {
  let a: TestApp;
  let b: TestApp;
  let topicId: string;
  let authorId: string;

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestApp(), startTestApp()]);
    topicId = await seedTopicId(a.dataSource);
    authorId = (await buildUser(a.dataSource)).id;
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('uses LISTEN/NOTIFY on PostgreSQL', () => {
    expect(a.app.get(LIVE_EVENTS)).toBeInstanceOf(PgLiveEvents);
  });

  it('delivers a post committed on instance A to a subscriber on instance B, and not a rolled-back one', async () => {
    const threadId = await insertThread(a.dataSource, authorId, { type: 'topic', id: topicId });
    const client = liveClient(b);
    const sub = subscribe<{ threadActivity: { type: string; threadId: string; postId: string } }>(client, THREAD_ACTIVITY, { id: threadId });
    try {
      await untilSubscribers(b, `thread:${threadId}`, 1);
      await addPost(a.dataSource, a.app.get(LIVE_EVENTS), threadId, authorId, { rollback: true });
      const postId = await addPost(a.dataSource, a.app.get(LIVE_EVENTS), threadId, authorId);
      expect(await sub.next()).toEqual({ data: { threadActivity: { type: 'post.created', threadId, postId } } });
      await sub.nothingWithin(300);
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });

  it('delivers the new notification count on B when A commits a notification', async () => {
    const user = await buildUser(a.dataSource);
    const client = liveClient(b, { cookie: (await signedIn(b, user)).cookie });
    const sub = subscribe<{ notificationCount: number }>(client, `subscription { notificationCount }`);
    try {
      expect((await sub.next()).data).toEqual({ notificationCount: 0 });
      await a.dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO notification (user_id, type, subject_type, subject_id) VALUES ($1, 'mention', 'thread', gen_random_uuid())`, [user.id]);
        await a.app.get<LiveEvents>(LIVE_EVENTS).publish(tx, `user:${user.id}`, { type: 'notifications' });
      });
      expect((await sub.next()).data).toEqual({ notificationCount: 1 });
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });

  it('listens again after its connection drops, re-sends the count and keeps delivering', async () => {
    const events = b.app.get<PgLiveEvents>(LIVE_EVENTS);
    const user = await buildUser(a.dataSource);
    const client = liveClient(b, { cookie: (await signedIn(b, user)).cookie });
    const sub = subscribe<{ notificationCount: number }>(client, `subscription { notificationCount }`);
    try {
      expect((await sub.next()).data).toEqual({ notificationCount: 0 });
      const pid = events.listenerPid;
      // A notification committed while B is not listening is lost to NOTIFY; the resync covers it.
      await a.dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
      await a.dataSource.query(`INSERT INTO notification (user_id, type, subject_type, subject_id) VALUES ($1, 'mention', 'thread', gen_random_uuid())`, [user.id]);
      expect(await sub.next(10_000)).toEqual({ data: { notificationCount: 1 } });
      expect(events.listenerPid).toBeDefined();
      expect(events.listenerPid).not.toBe(pid);
      await a.dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO notification (user_id, type, subject_type, subject_id) VALUES ($1, 'mention', 'thread', gen_random_uuid())`, [user.id]);
        await a.app.get<LiveEvents>(LIVE_EVENTS).publish(tx, `user:${user.id}`, { type: 'notifications' });
      });
      expect((await sub.next()).data).toEqual({ notificationCount: 2 });
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });
});

describe('live latency', () => {
  const ROUNDS = 20;

  /** Opens n subscriptions on `recv` (one socket each, as n browsers), commits ROUNDS posts on `pub`. */
  async function measure(pub: TestApp, recv: TestApp, n: number) {
    // Distinct client addresses (through the trusted proxy header) keep below the per-address cap.
    const clients = Array.from({ length: n }, (_, i) => liveClient(recv, { headers: { 'x-forwarded-for': `10.0.${Math.floor(i / 50)}.${i % 50}` } }));
    try {
      const topicId = await seedTopicId(pub.dataSource);
      const authorId = (await buildUser(pub.dataSource)).id;
      const threadId = await insertThread(pub.dataSource, authorId, { type: 'topic', id: topicId });
      const arrivals: number[][] = [];
      let round = -1;
      for (const client of clients) {
        client.subscribe(
          { query: THREAD_ACTIVITY, variables: { id: threadId } },
          { next: () => arrivals[round]?.push(performance.now()), error: (error) => console.error(error), complete: () => undefined },
        );
      }
      await untilSubscribers(recv, `thread:${threadId}`, n, 30_000);
      const live = pub.app.get<LiveEvents>(LIVE_EVENTS);
      const each: number[] = [];
      const all: number[] = [];
      for (round = 0; round < ROUNDS; round++) {
        arrivals[round] = [];
        let committing = 0;
        await addPost(pub.dataSource, live, threadId, authorId, { beforeCommit: () => Promise.resolve(void (committing = performance.now())) });
        const deadline = Date.now() + 10_000;
        while (arrivals[round].length < n && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
        expect(arrivals[round]).toHaveLength(n);
        each.push(...arrivals[round].map((at) => at - committing));
        all.push(Math.max(...arrivals[round]) - committing);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      each.sort((x, y) => x - y);
      all.sort((x, y) => x - y);
      return `${String(n).padStart(3)} subscriptions: each delivery median ${percentile(each, 50).toFixed(1)} ms, p95 ${percentile(each, 95).toFixed(1)} ms; ` +
        `last of the ${n} median ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms (${each.length} deliveries)`;
    } finally {
      await Promise.all(clients.map((client) => Promise.resolve(client.dispose())));
    }
  }

  it('measures the time from COMMIT to the message at the client, with 1 and with 200 open subscriptions', async () => {
    const pub = await startTestApp({ trustProxy: 1 });
    const recv = embedded ? pub : await startTestApp({ trustProxy: 1 });
    try {
      const one = await measure(pub, recv, 1);
      const many = await measure(pub, recv, 200);
      console.log(
        `[live latency] ${embedded ? 'PGlite, one instance, in-process engine' : 'PostgreSQL, committed on instance A, delivered by instance B'}; ` +
          `${ROUNDS} posts each; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs; clients in the same process as both instances\n  ${one}\n  ${many}`,
      );
    } finally {
      await pub.close();
      if (recv !== pub) await recv.close();
    }
  });
});
