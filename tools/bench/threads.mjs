// Thread page benchmark: 5,000 generated threads with about 200,000 posts (authors, quotes, helpful
// marks, mentions), the thread page with its first 50 posts against `{ __typename }` measured in the
// same run, as a guest and signed in, and the SQL statements per thread page for 5 and 50 posts.
// Usage: npm run bench:threads [-- --connections 10,50 --duration 10]
import { createHash, randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { assertBenchDatabase, ensureDatabase, openClient, shownUrl, withClient } from './lib/bench-db.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, parseCli, REPO_ROOT, report, startApi } from './lib/harness.mjs';
import { startStatementCounter } from './lib/statement-counter.mjs';

const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/praxisforum_bench_threads';
const BASELINE = 'trivial { __typename }';
const TRIVIAL = '{ __typename }';
const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id title kind tags createdAt postCount lastPostNumber locked pinned unreadCount lastReadNumber
    author { id displayName } space { type title path } acceptedAnswer { id number }
    viewerCan { reply edit accept moderate flag }
    posts(first: 50) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node {
        id number createdAt editedAt editCount deleted hidden held helpfulCount viewerReacted accepted
        author { id displayName } body { html } quoted { id number author { displayName } excerpt }
        mentions { id displayName } viewerCan { edit delete react accept flag }
      } }
    }
  }
}`;
const TARGET = { connections: 10, ratio: 0.35, p95: 40 };
/** The row the target applies to: a thread page as the public reads it, from a running server. */
const GUEST = 'thread page (50 posts), guest';
const CHANGES_PER_SECOND = 10;
const CONNECTIONS_FILL = 10;
const WARMUP_SECONDS = 2;
const SIZES = { threads: 5_000, users: 50_000 };

const USAGE = `Usage: npm run bench:threads -- [options]
  --connections LIST   comma-separated connection counts (default 10,50)
  --duration S         seconds measured per benchmark, after a ${WARMUP_SECONDS} s warm-up (default 10)
  --port N             port of the spawned API (default 3304)
  --count-only         only count the SQL statements per thread page`;

function fail(message) {
  console.error(`bench:threads: ${message}`);
  process.exit(2);
}

const BODY = `'**Antwort ' || s.n || '** – Bei uns hat sich bewährt, dass eine feste Ansprechperson in der Verwaltung die Ehrenamtlichen begleitet. '
  || 'Wir treffen uns einmal im Monat, besprechen offene Fragen und planen die nächsten Termine gemeinsam. '
  || E'\\n\\n- Raum in der Stadtbücherei\\n- Kinderbetreuung während der Treffen\\n- kleine Aufwandsentschädigung\\n\\n'
  || 'Mehr dazu gern im nächsten Austauschtreffen.'`;

/** Generates the data set once (marked in the database comment); the API must have migrated the database. */
async function generate(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM thread WHERE title LIKE 'Bench-Frage %'`);
    if (rows[0].n === SIZES.threads) return false;
    const started = Date.now();
    await client.query('BEGIN');
    await client.query(`DELETE FROM thread WHERE title LIKE 'Bench-Frage %'`);
    await client.query(
      `INSERT INTO app_user (email, email_verified_at, display_name, role)
       SELECT 'bench-thread-user-' || lpad(g::text, 5, '0') || '@example.org', now(), 'Bench Person ' || g, 'member' FROM generate_series(1, $1) g
       ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING`,
      [SIZES.users],
    );
    await client.query(`CREATE TEMP TABLE bench_users AS SELECT row_number() OVER (ORDER BY email) AS k, id, display_name FROM app_user WHERE email LIKE 'bench-thread-user-%'`);
    await client.query(`CREATE INDEX ON bench_users (k)`);
    await client.query(
      `WITH tp AS (SELECT array_agg(id ORDER BY position) AS ids FROM topic)
       INSERT INTO thread (space_type, space_id, kind, title, tags, author_id, is_example, created_at, last_post_at)
       SELECT 'topic', tp.ids[1 + g % array_length(tp.ids, 1)], CASE WHEN g % 3 = 0 THEN 'discussion' ELSE 'question' END,
              'Bench-Frage ' || g || ': Wie organisiert ihr das Ehrenamt vor Ort?', ARRAY['bench'],
              (SELECT id FROM bench_users WHERE k = 1 + (g * 7919) % $1), true, now() - make_interval(hours => g), now() - make_interval(hours => g)
         FROM generate_series(1, $2) g, tp`,
      [SIZES.users, SIZES.threads],
    );
    // 1 to 79 posts per thread (about 40 on average: 200,000 in all).
    await client.query(
      `INSERT INTO post (thread_id, number, author_id, body, created_at)
       SELECT t.id, s.n, (SELECT id FROM bench_users WHERE k = 1 + (t.k * 31 + s.n * 17) % $1), ${BODY}, t.created_at + make_interval(mins => s.n)
         FROM (SELECT id, created_at, row_number() OVER (ORDER BY id) AS k FROM thread WHERE title LIKE 'Bench-Frage %') t
         CROSS JOIN LATERAL generate_series(1, 1 + ((t.k * 37) % 79)::int) s(n)`,
      [SIZES.users],
    );
    await client.query(`CREATE TEMP TABLE bench_posts AS SELECT p.id, p.thread_id, p.number FROM post p JOIN thread t ON t.id = p.thread_id WHERE t.title LIKE 'Bench-Frage %'`);
    await client.query(
      `UPDATE post p SET quoted_post_id = q.id FROM bench_posts b JOIN post q ON q.thread_id = b.thread_id AND q.number = b.number - 1
        WHERE p.id = b.id AND b.number % 5 = 0`,
    );
    await client.query(
      `INSERT INTO post_reaction (post_id, user_id)
       SELECT b.id, (SELECT id FROM bench_users WHERE k = 1 + (b.number * 13 + r * 101) % $1) FROM bench_posts b, generate_series(1, 3) r
        WHERE b.number % 3 = 0 AND r <= 1 + b.number % 3 ON CONFLICT DO NOTHING`,
      [SIZES.users],
    );
    await client.query(
      `WITH m AS (SELECT b.id AS post_id, u.id AS user_id, u.display_name FROM bench_posts b JOIN bench_users u ON u.k = 1 + (b.number * 7) % $1 WHERE b.number % 7 = 0),
            ins AS (INSERT INTO post_mention (post_id, user_id) SELECT post_id, user_id FROM m ON CONFLICT DO NOTHING)
       UPDATE post p SET body = p.body || E'\\n\\nDanke @[' || m.display_name || '](' || m.user_id || ')' FROM m WHERE p.id = m.post_id`,
      [SIZES.users],
    );
    await client.query(`UPDATE post p SET helpful_count = r.n FROM (SELECT post_id, count(*)::int AS n FROM post_reaction GROUP BY post_id) r, bench_posts b WHERE p.id = r.post_id AND b.id = p.id`);
    await client.query(
      `UPDATE thread t SET post_count = s.n, last_post_number = s.n, last_post_at = s.last,
              accepted_post_id = CASE WHEN t.kind = 'question' AND s.n > 2 THEN s.second END
         FROM (SELECT p.thread_id, count(*)::int AS n, max(p.created_at) AS last, (array_agg(p.id ORDER BY p.number))[2] AS second
                 FROM post p JOIN bench_posts b ON b.id = p.id GROUP BY p.thread_id) s
        WHERE t.id = s.thread_id`,
    );
    await client.query('COMMIT');
    for (const table of ['app_user', 'thread', 'post', 'post_reaction', 'post_mention']) await client.query(`VACUUM (ANALYZE) ${table}`);
    console.log(`bench:threads: generated ${SIZES.threads} threads in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  });
}

/**
 * Stores each generated post's HTML and excerpt as the API does when a post is written (it uses the
 * API's own cookPost from the build), for the rows that do not have them yet.
 */
async function cook(databaseUrl) {
  const { cookPost } = await import(pathToFileURL(join(REPO_ROOT, 'apps/api/dist/discussions/cook.js')).href);
  return withClient(databaseUrl, async (client) => {
    const started = Date.now();
    let done = 0;
    for (;;) {
      const { rows } = await client.query(
        `SELECT p.id, p.body, coalesce(json_object_agg(u.id, u.display_name) FILTER (WHERE u.id IS NOT NULL), '{}') AS names
           FROM post p LEFT JOIN post_mention m ON m.post_id = p.id LEFT JOIN app_user u ON u.id = m.user_id
          WHERE p.body_html IS NULL AND p.deleted_at IS NULL GROUP BY p.id LIMIT 5000`,
      );
      if (rows.length === 0) break;
      const cooked = rows.map((r) => cookPost(r.body, r.names));
      await client.query(
        `UPDATE post p SET body_html = c.html, excerpt = c.excerpt FROM unnest($1::uuid[], $2::text[], $3::text[]) AS c(id, html, excerpt) WHERE p.id = c.id`,
        [rows.map((r) => r.id), cooked.map((c) => c.html), cooked.map((c) => c.excerpt)],
      );
      done += rows.length;
    }
    if (done) {
      await client.query('VACUUM (ANALYZE) post');
      console.log(`bench:threads: stored HTML of ${done} posts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });
}

async function readDataSet(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows: full } = await client.query(`SELECT id FROM thread WHERE title LIKE 'Bench-Frage %' AND post_count >= 50 ORDER BY accepted_post_id IS NULL, md5(id::text)`);
    // Same kind of thread as the first of the large ones (a question with an accepted answer), so only the page size differs.
    const { rows: small } = await client.query(`SELECT id FROM thread WHERE title LIKE 'Bench-Frage %' AND post_count = 5 AND accepted_post_id IS NOT NULL LIMIT 1`);
    const { rows: counts } = await client.query(`SELECT (SELECT count(*)::int FROM thread) AS threads, (SELECT count(*)::int FROM post) AS posts,
      (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM post_reaction) AS reactions`);
    // A signed-in reader: a session row like SessionService.create writes (token hashed).
    const token = randomBytes(32).toString('base64url');
    await client.query(
      `INSERT INTO user_session (token_hash, user_id, user_agent, expires_at)
       SELECT $1, id, 'bench', now() + interval '1 day' FROM app_user WHERE email = 'bench-thread-user-00001@example.org'`,
      [createHash('sha256').update(token).digest('hex')],
    );
    return { full: full.map((r) => r.id), small: small[0]?.id, counts: counts[0], cookie: `pf_session=${token}` };
  });
}

async function graphql(url, query, variables, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors || !body.data) throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body).slice(0, 400)}`);
  return body.data;
}

/**
 * SQL statements of a computed thread page (answer cache off), counted on the wire, each after one
 * request that prepared the statements; then a guest's repeated page with the cache on.
 */
async function countStatements({ port, small, large, cookie }) {
  const counter = await startStatementCounter({ upstream: { host: '127.0.0.1', port: 5432 } });
  const results = [];
  const count = async (api, name, id, headers) => {
    await graphql(api.url, THREAD_PAGE, { id }, headers);
    const before = counter.snapshot();
    const data = await graphql(api.url, THREAD_PAGE, { id }, headers);
    await new Promise((r) => setTimeout(r, 50));
    results.push({ name, posts: data.thread.posts.edges.length, statements: counter.since(before).map((s) => s.text.replace(/\s+/g, ' ').slice(0, 120)) });
  };
  try {
    for (const cache of ['0', '32']) {
      const api = await startApi({ databaseUrl: counter.databaseUrl(DATABASE_URL), port, env: { OUTBOX_POLL_MS: '60000', SEED_DEMO: 'false', ANSWER_CACHE_MB: cache } });
      try {
        if (cache === '0') {
          await count(api, 'thread page, 5 posts, guest', small, {});
          await count(api, 'thread page, 50 posts, guest', large, {});
          await count(api, 'thread page, 5 posts, signed in', small, { cookie });
          await count(api, 'thread page, 50 posts, signed in', large, { cookie });
        } else {
          await count(api, 'thread page, 50 posts, guest, answer cache on', large, {});
        }
      } finally {
        await api.stop();
      }
    }
    return results;
  } finally {
    await counter.close();
  }
}

/** Asks for every thread's page once as a guest, so the measured runs see the answer cache as a running server has it. */
async function fillAnswerCache(url, ids) {
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS_FILL }, async () => {
      while (next < ids.length) await graphql(url, THREAD_PAGE, { id: ids[next++] });
    }),
  );
  return { pages: ids.length, ms: Date.now() - started };
}

/**
 * Changes a random thread's first post CHANGES_PER_SECOND times a second (an UPDATE that leaves
 * the row as it was: the database still announces it), so guests' pages keep being invalidated.
 */
async function startChanges(ids) {
  const client = await openClient(DATABASE_URL);
  let n = 0;
  let pending = Promise.resolve();
  const timer = setInterval(() => {
    const id = ids[(n++ * 7919) % ids.length];
    pending = pending.then(() => client.query('UPDATE post SET edit_count = edit_count WHERE thread_id = $1 AND number = 1', [id])).catch(() => undefined);
  }, 1000 / CHANGES_PER_SECOND);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      await client.end();
    },
  };
}

async function main() {
  const { values, integer } = parseCli(
    { connections: { type: 'string', default: '10,50' }, duration: { type: 'string', default: '10' }, port: { type: 'string', default: '3304' }, 'count-only': { type: 'boolean', default: false } },
    USAGE,
    fail,
  );
  const connections = values.connections.split(',').map(Number);
  const duration = integer('duration', 1, 120);
  const port = integer('port', 1024, 65535);
  assertBenchDatabase(DATABASE_URL);
  const loadBefore = loadavg().map((n) => n.toFixed(2)).join(' ');

  if (await ensureDatabase(DATABASE_URL)) console.log(`bench:threads: created ${shownUrl(DATABASE_URL)}`);
  // One start migrates and seeds the base data (topics), so the generator matches the real schema.
  await (await startApi({ databaseUrl: DATABASE_URL, port, env: { SEED_DEMO: 'false' } })).stop();
  await generate(DATABASE_URL);
  await cook(DATABASE_URL);
  const data = await readDataSet(DATABASE_URL);
  console.log(`bench:threads: ${data.counts.threads} threads, ${data.counts.posts} posts, ${data.counts.users} users, ${data.counts.reactions} helpful marks; page cycles through ${data.full.length} threads with ≥ 50 posts`);

  const statements = await countStatements({ port, small: data.small, large: data.full[0], cookie: data.cookie });

  const tables = [];
  let fill;
  if (!values['count-only']) {
    let next = 0;
    const nextThread = (request) => {
      request.body = JSON.stringify({ query: THREAD_PAGE, variables: { id: data.full[next++ % data.full.length] } });
      return request;
    };
    const page = { body: { query: THREAD_PAGE, variables: { id: data.full[0] } }, setupRequest: nextThread };
    const rows = {
      trivial: { name: BASELINE, body: { query: TRIVIAL } },
      guest: { name: GUEST, ...page },
      changing: { name: `thread page (50 posts), guest, ${CHANGES_PER_SECOND} changes/s`, ...page, changes: true },
      signedIn: { name: 'thread page (50 posts), signed in', ...page, headers: { cookie: data.cookie } },
      computed: { name: 'thread page (50 posts), guest, answer cache off', ...page },
    };
    // The API as deployed (answer cache on), then once more with the cache off: what computing every page costs.
    for (const run of [
      { env: {}, benchmarks: [rows.trivial, rows.guest, rows.changing, rows.signedIn], fill: true },
      { env: { ANSWER_CACHE_MB: '0' }, benchmarks: [rows.trivial, rows.computed] },
    ]) {
      const api = await startApi({ databaseUrl: DATABASE_URL, port, env: { SEED_DEMO: 'false', ...run.env } });
      try {
        if (run.fill) fill = await fillAnswerCache(api.url, data.full);
        for (const c of connections) {
          let table = tables.find((t) => t.connections === c);
          if (!table) tables.push((table = { connections: c, runs: [] }));
          const results = [];
          for (const b of run.benchmarks) {
            console.log(`bench:threads: ${b.name}: ${WARMUP_SECONDS} s warm-up, ${duration} s at ${c} connections`);
            const writer = b.changes ? await startChanges(data.full) : undefined;
            try {
              results.push(await measure({ url: api.url, ...b, connections: c, durationSeconds: duration, warmupSeconds: WARMUP_SECONDS }));
            } finally {
              await writer?.stop();
            }
          }
          table.runs.push(results);
        }
      } finally {
        await api.stop();
      }
    }
  }

  console.log(`\nnode ${process.version}, ${cpus().length} CPUs, load average before ${loadBefore}, after ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  if (fill) console.log(`\nanswer cache filled with ${fill.pages} guest pages (every thread of the run once, ${CONNECTIONS_FILL} at a time) in ${(fill.ms / 1000).toFixed(1)} s: ${(fill.pages / (fill.ms / 1000)).toFixed(0)} pages/s computed`);
  for (const { connections: c, runs } of tables) {
    console.log(`\n${c} connections`);
    for (const results of runs) {
      report(results, BASELINE);
      if (c !== TARGET.connections) continue;
      const base = results[0];
      for (const r of results.slice(1)) {
        const ratio = r.requestsPerSecond / base.requestsPerSecond;
        const verdict = r.name === GUEST ? ` (target ≥ ${TARGET.ratio}) ${ratio >= TARGET.ratio ? 'PASS' : 'FAIL'}` : '';
        const p95 = r.name === GUEST ? ` (target < ${TARGET.p95}) ${r.p95 < TARGET.p95 ? 'PASS' : 'FAIL'}` : '';
        console.log(`  ${r.name}: ratio ${ratio.toFixed(2)}${verdict}, p95 ${r.p95.toFixed(2)} ms${p95}`);
      }
    }
  }
  console.log('\nSQL statements per thread page (counted on the wire):');
  for (const s of statements) {
    console.log(`  ${s.name.padEnd(34)} ${String(s.statements.length).padStart(3)}   (${s.posts} posts in the answer)`);
  }
  for (const text of statements[3].statements) console.log(`    ${text}`);
  const constant = statements[0].statements.length === statements[1].statements.length && statements[2].statements.length === statements[3].statements.length;
  console.log(`constant in page size: ${constant ? 'yes' : 'no'}`);
  process.exitCode = tables.some((t) => t.runs.some((results) => results.some((r) => r.failed))) || !constant ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench:threads: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
