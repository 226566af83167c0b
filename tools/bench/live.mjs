// Live delivery benchmark: 200 open `threadActivity` subscriptions on one thread (graphql-ws over
// real WebSockets, 25 per socket as a browser tab would not exceed), then posts made through the
// createPost mutation, each by a different signed-in person (the posting rate limit is per person).
// Measures the time from sending the mutation to each subscriber receiving the post (median, p95)
// and to the last of the 200 receiving it. Uses the thread benchmark's database (npm run bench:threads
// generates it). Usage: npm run bench:live [-- --subscriptions 200 --posts 20]
import { createHash, randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { assertBenchDatabase, withClient } from './lib/bench-db.mjs';
import { parseCli, startApi } from './lib/harness.mjs';

const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/praxisforum_bench_threads';
const PER_SOCKET = 25;

function fail(message) {
  console.error(`bench:live: ${message}`);
  process.exit(2);
}

const { integer } = parseCli(
  { subscriptions: { type: 'string', default: '200' }, posts: { type: 'string', default: '20' }, port: { type: 'string', default: '3305' } },
  `Usage: npm run bench:live -- [--subscriptions N (default 200)] [--posts N (default 20)] [--port N (default 3305)]`,
  fail,
);
const options = { subscriptions: integer('subscriptions', 1, 2000), posts: integer('posts', 1, 200), port: integer('port', 1024, 65535) };
assertBenchDatabase(DATABASE_URL);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** One open thread and a session for each poster, written straight into the bench database. */
async function prepare() {
  return withClient(DATABASE_URL, async (client) => {
    const { rows: threads } = await client.query(
      `SELECT id FROM thread WHERE title LIKE 'Bench-Frage %' AND locked_at IS NULL AND hidden_at IS NULL AND deleted_at IS NULL ORDER BY id LIMIT 1`,
    );
    if (threads.length === 0) throw new Error('no generated threads: run `npm run bench:threads` first');
    const { rows: users } = await client.query(`SELECT id FROM app_user WHERE email LIKE 'bench-thread-user-%' ORDER BY email LIMIT $1`, [options.posts]);
    const cookies = [];
    for (const user of users) {
      const token = randomBytes(32).toString('base64url');
      await client.query(`INSERT INTO user_session (token_hash, user_id, user_agent, expires_at) VALUES ($1, $2, 'bench:live', now() + interval '1 hour')`, [
        createHash('sha256').update(token).digest('hex'),
        user.id,
      ]);
      cookies.push(`pf_session=${token}`);
    }
    return { threadId: threads[0].id, cookies };
  });
}

async function main() {
  const loadBefore = loadavg().map((n) => n.toFixed(2)).join(' ');
  const { threadId, cookies } = await prepare();
  const api = await startApi({ databaseUrl: DATABASE_URL, port: options.port });
  const url = `${api.url.replace(/^http/, 'ws')}/graphql`;
  const sockets = [];
  const waiting = new Map(); // postId → { started, left, times[] }
  const early = new Map(); // deliveries that arrive before the mutation answered with the id
  let subscribed = 0;
  try {
    for (let i = 0; i < Math.ceil(options.subscriptions / PER_SOCKET); i++) {
      const socket = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
      sockets.push(socket);
      for (let j = 0; j < PER_SOCKET && subscribed < options.subscriptions; j++, subscribed++) {
        await new Promise((resolveStarted, reject) => {
          socket.subscribe(
            { query: `subscription ($id: ID!) { threadActivity(threadId: $id) { type postId } }`, variables: { id: threadId } },
            {
              next: (result) => {
                const at = performance.now();
                const postId = result.data?.threadActivity?.postId;
                if (!postId) return;
                const entry = waiting.get(postId);
                if (entry) entry.times.push(at - entry.started);
                else early.set(postId, [...(early.get(postId) ?? []), at]);
              },
              error: reject,
              complete: () => {},
            },
          );
          // graphql-ws has no "subscribed" acknowledgement: a short pause lets the server register it.
          setTimeout(resolveStarted, 5);
        });
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
    console.log(`bench:live: ${subscribed} subscriptions on ${sockets.length} sockets; posting ${cookies.length} times`);

    const perDelivery = [];
    const lastOf = [];
    for (const cookie of cookies) {
      const started = performance.now();
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-praxisforum-csrf': '1' },
        body: JSON.stringify({
          query: `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
          variables: { input: { threadId, body: 'Danke für den Hinweis, das probieren wir im nächsten Quartal aus.' } },
        }),
      });
      const body = await response.json();
      const postId = body.data?.createPost?.id;
      if (!postId) throw new Error(`createPost failed: ${JSON.stringify(body).slice(0, 300)}`);
      const entry = { started, times: (early.get(postId) ?? []).map((at) => at - started) };
      waiting.set(postId, entry);
      const deadline = performance.now() + 10_000;
      while (entry.times.length < subscribed && performance.now() < deadline) await new Promise((r) => setTimeout(r, 2));
      if (entry.times.length < subscribed) throw new Error(`only ${entry.times.length} of ${subscribed} subscribers received post ${postId} within 10 s`);
      perDelivery.push(...entry.times);
      lastOf.push(Math.max(...entry.times));
      await new Promise((r) => setTimeout(r, 50));
    }
    perDelivery.sort((a, b) => a - b);
    lastOf.sort((a, b) => a - b);
    console.log(
      `\nnode ${process.version}, ${cpus().length} CPUs, load average before ${loadBefore}, after ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ` +
        `API and subscribers on this machine, PostgreSQL LISTEN/NOTIFY path`,
    );
    console.log(`post mutation sent → received by a subscriber (${perDelivery.length} deliveries): median ${percentile(perDelivery, 50).toFixed(1)} ms, p95 ${percentile(perDelivery, 95).toFixed(1)} ms`);
    console.log(`post mutation sent → received by the last of ${subscribed} (${lastOf.length} posts): median ${percentile(lastOf, 50).toFixed(1)} ms, p95 ${percentile(lastOf, 95).toFixed(1)} ms`);
  } finally {
    for (const socket of sockets) await socket.dispose();
    await api.stop();
    await withClient(DATABASE_URL, (client) => client.query(`DELETE FROM user_session WHERE user_agent = 'bench:live'`));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:live: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
