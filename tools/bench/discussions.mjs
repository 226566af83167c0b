// Discussion benchmark: generates threads and posts on top of the practice data set (first run, or
// --generate), then measures the thread page (thread + first 50 posts with authors and reactions)
// against `{ __typename }` in the same run, and counts its SQL statements for 5 and 50 posts.
// Usage: see README.md, "Discussion benchmark".
import { cpus, loadavg } from 'node:os';
import { assertBenchDatabase, BENCH_DATABASE_URL, shownUrl, withClient } from './lib/bench-db.mjs';
import { DISCUSSION_DEFAULTS, generateDiscussions } from './lib/generate-discussions.mjs';
import { measure, parseCli, report, startApi } from './lib/harness.mjs';
import { startStatementCounter } from './lib/statement-counter.mjs';

const BASELINE = 'trivial { __typename }';
const TRIVIAL = '{ __typename }';
const threadPage = (first) => `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id title kind tags locked pinned postCount createdAt space { type title path } author { id displayName }
    acceptedAnswer { id number author { displayName } body { html } }
    posts(first: ${first}) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node {
        id number createdAt editedAt deleted hidden helpfulCount viewerReacted accepted
        author { id displayName } body { html } quoted { number author { displayName } excerpt }
      } }
    }
  }
}`;
const TARGET = { connections: 10, ratio: 0.35, p95: 40 };
const WARMUP_SECONDS = 2;

const USAGE = `Usage: npm run bench:discussions -- [options]
  --connections LIST   comma-separated connection counts, each with its own baseline (default 10,50)
  --duration S         seconds measured per benchmark after a ${WARMUP_SECONDS} s warm-up (default 10)
  --port N             port of the spawned API (default 3304)
  --database-url URL   the generated database (default ${BENCH_DATABASE_URL}); loopback only, praxisforum_bench[_suffix]
  --threads N --posts N --users N --seed S
                       size of the generated discussions (defaults ${DISCUSSION_DEFAULTS.threads}, ${DISCUSSION_DEFAULTS.posts}, ${DISCUSSION_DEFAULTS.users}, ${DISCUSSION_DEFAULTS.seed})
  --generate           generate again even if generated threads exist
  --reset              remove the generated threads and accounts, then stop
  --count-only         only count SQL statements, no load`;

function fail(message) {
  console.error(`bench:discussions: ${message}`);
  process.exit(2);
}

function readOptions() {
  const { values, integer } = parseCli(
    {
      connections: { type: 'string', default: '10,50' },
      duration: { type: 'string', default: '10' },
      port: { type: 'string', default: '3304' },
      'database-url': { type: 'string', default: BENCH_DATABASE_URL },
      threads: { type: 'string', default: String(DISCUSSION_DEFAULTS.threads) },
      posts: { type: 'string', default: String(DISCUSSION_DEFAULTS.posts) },
      users: { type: 'string', default: String(DISCUSSION_DEFAULTS.users) },
      seed: { type: 'string', default: String(DISCUSSION_DEFAULTS.seed) },
      generate: { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      'count-only': { type: 'boolean', default: false },
    },
    USAGE,
    fail,
  );
  const connections = values.connections.split(',').map((part) => Number(part.trim()));
  if (connections.length === 0 || connections.some((c) => !Number.isInteger(c) || c < 1 || c > 200)) fail('--connections must list whole numbers from 1 to 200');
  try {
    assertBenchDatabase(values['database-url']);
  } catch (error) {
    fail(error.message);
  }
  return {
    connections,
    duration: integer('duration', 1, 120),
    port: integer('port', 1024, 65535),
    databaseUrl: values['database-url'],
    threads: integer('threads', 1, 100_000),
    posts: integer('posts', 1, 5_000_000),
    users: integer('users', 1, 500_000),
    seed: integer('seed', 0, 2 ** 31 - 1),
    generate: values.generate,
    reset: values.reset,
    countOnly: values['count-only'],
  };
}

/** Generated threads with at least 50 visible posts, in a fixed shuffled order. */
async function readThreads(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT id FROM thread WHERE title LIKE '[bench] %' AND post_count >= 50 AND hidden_at IS NULL AND deleted_at IS NULL ORDER BY md5(id::text)`,
    );
    const { rows: counts } = await client.query(
      `SELECT (SELECT count(*)::int FROM thread) AS threads, (SELECT count(*)::int FROM post) AS posts,
              (SELECT count(*)::int FROM post_reaction) AS reactions, (SELECT count(*)::int FROM app_user) AS users`,
    );
    return { ids: rows.map((r) => r.id), counts: counts[0] };
  });
}

async function graphql(url, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors || !body.data) throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body).slice(0, 400)}`);
  return body.data;
}

const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

async function countStatements({ databaseUrl, port, ids }) {
  const { hostname, port: databasePort } = new URL(databaseUrl);
  const counter = await startStatementCounter({ upstream: { host: hostname, port: Number(databasePort || 5432) } });
  const api = await startApi({ databaseUrl: counter.databaseUrl(databaseUrl), port, env: { OUTBOX_POLL_MS: '60000' } });
  const cases = [
    { name: 'thread page, 5 posts', query: threadPage(5) },
    { name: 'thread page, 50 posts', query: threadPage(50) },
    { name: 'thread page, 100 posts', query: threadPage(100) },
  ];
  try {
    for (const c of cases) await graphql(api.url, c.query, { id: ids[0] });
    await sleep(200);
    const results = [];
    for (const c of cases) {
      const counts = [];
      let texts = [];
      for (const id of ids.slice(1, 4)) {
        const before = counter.snapshot();
        const data = await graphql(api.url, c.query, { id });
        await sleep(50);
        const statements = counter.since(before);
        counts.push(statements.length);
        texts = statements.map((s) => s.text.replace(/\s+/g, ' ').trim());
        c.rows = data.thread.posts.edges.length;
      }
      results.push({ ...c, counts, texts });
    }
    return results;
  } finally {
    await api.stop();
    await counter.close();
  }
}

async function main() {
  const options = readOptions();
  const loadBefore = loadavg().map((n) => n.toFixed(2)).join(' ');
  if (options.reset) {
    const result = await generateDiscussions({ databaseUrl: options.databaseUrl, reset: true });
    console.log(`bench:discussions: removed ${JSON.stringify(result.removed)} in ${result.seconds.toFixed(1)} s`);
    return;
  }
  let { ids, counts } = await readThreads(options.databaseUrl);
  if (options.generate || ids.length === 0) {
    console.log(`bench:discussions: generating ${options.threads} threads, ${options.posts} posts, accounts up to ${options.users} in ${shownUrl(options.databaseUrl)}`);
    const result = await generateDiscussions({ databaseUrl: options.databaseUrl, threads: options.threads, posts: options.posts, users: options.users, seed: options.seed });
    const t = result.timings;
    console.log(
      `bench:discussions: generated ${result.threads} threads, ${result.posts} posts, ${result.reactions} reactions, ${result.users} new accounts in ${result.seconds.toFixed(1)} s ` +
        `(${Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')})`,
    );
    ({ ids, counts } = await readThreads(options.databaseUrl));
  }
  if (ids.length < 10) fail('fewer than 10 generated threads with 50 posts: run with --generate');
  console.log(`bench:discussions: ${counts.threads} threads, ${counts.posts} posts, ${counts.reactions} reactions, ${counts.users} accounts; ${ids.length} threads with ≥ 50 posts`);

  const statements = await countStatements({ databaseUrl: options.databaseUrl, port: options.port, ids });
  console.log('\nSQL statements per thread page (guest, counted on the wire, 3 different threads each)');
  for (const r of statements) console.log(`  ${r.name.padEnd(28)} ${r.counts.join(' / ')}   (${r.rows} posts in the answer)`);
  const flat = statements.every((r) => r.counts.every((n) => n === statements[0].counts[0]));
  console.log(`  constant in page size: ${flat ? 'yes' : 'NO'}`);
  for (const [i, text] of statements[1].texts.entries()) console.log(`    ${i + 1}. ${text.length > 160 ? `${text.slice(0, 160)}…` : text}`);

  const tables = [];
  if (!options.countOnly) {
    const api = await startApi({ databaseUrl: options.databaseUrl, port: options.port });
    console.log(`\nbench:discussions: API ready after ${(api.startupMs / 1000).toFixed(1)} s`);
    let next = 0;
    const query = threadPage(50);
    const nextThread = (request) => {
      request.body = JSON.stringify({ query, variables: { id: ids[next++ % ids.length] } });
      return request;
    };
    try {
      for (const connections of options.connections) {
        const results = [];
        for (const b of [
          { name: BASELINE, body: { query: TRIVIAL } },
          { name: 'thread page (50 posts), varied threads', body: { query, variables: { id: ids[0] } }, setupRequest: nextThread },
        ]) {
          console.log(`bench:discussions: ${b.name}: ${WARMUP_SECONDS} s warm-up, ${options.duration} s at ${connections} connections`);
          results.push(await measure({ url: api.url, ...b, connections, durationSeconds: options.duration, warmupSeconds: WARMUP_SECONDS }));
        }
        tables.push({ connections, results });
      }
    } finally {
      await api.stop();
    }
  }
  console.log(
    `\nnode ${process.version}, ${cpus().length} CPUs, load average before ${loadBefore}, after ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ` +
      `${options.duration} s per benchmark after ${WARMUP_SECONDS} s warm-up`,
  );
  for (const { connections, results } of tables) {
    console.log(`\n${connections} connections`);
    report(results, BASELINE);
  }
  const table = tables.find((t) => t.connections === TARGET.connections);
  if (table) {
    const [base, page] = table.results;
    if (base.failed || page.failed) console.log('\nTargets: FAIL (errors during the run)');
    else {
      const ratio = page.requestsPerSecond / base.requestsPerSecond;
      console.log(`\nTargets (thread page at ${TARGET.connections} connections):`);
      console.log(`  throughput ratio ≥ ${TARGET.ratio}: ${ratio.toFixed(2)}  ${ratio >= TARGET.ratio ? 'PASS' : 'FAIL'}`);
      console.log(`  p95 < ${TARGET.p95} ms: ${page.p95.toFixed(2)} ms  ${page.p95 < TARGET.p95 ? 'PASS' : 'FAIL'}`);
    }
  }
  console.log(`  SQL statements constant in page size: ${flat ? 'PASS' : 'FAIL'}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:discussions: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
