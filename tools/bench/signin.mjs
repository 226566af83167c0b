// Sign-in latency benchmark: what the argon2id parameters (the API's defaults, ARGON2_MEMORY_KIB
// 65536, ARGON2_TIME_COST 3) cost per sign-in, against `{ __typename }` measured in the same run.
// Usage and the meaning of the figures: see README.md, "Sign-in benchmark".
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measure, parseCli, REPO_ROOT, report, startApi } from './lib/harness.mjs';

// The API's defaults (apps/api/src/core/config/config.ts); they are what this benchmark measures.
const ARGON2 = { algorithm: 2 /* Argon2id */, memoryCost: 65536, timeCost: 3, parallelism: 1 };
// Fresh on every run (dropped and recreated): never `test`, `praxisforum_bench` or your own database.
const DATABASE_NAME = 'praxisforum_bench_signin';
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DATABASE_NAME}`;

// The API's limits (accounts.service.ts): 10 sign-ins per account and 50 per client IP in 15 min.
const PER_ACCOUNT = 8; // stay below 10 with a margin
const PASSWORD = 'bench-signin-Kx7-correct-horse';
const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }';
const email = (index) => `bench-signin-${index}@example.test`;
// A distinct client address per request (only a header; the API sees it through TRUST_PROXY=1).
const address = (n) => `127.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const HEADERS = { 'x-praxisforum-csrf': '1' };
const BASELINE = 'trivial { __typename }';
const WARMUP_SECONDS = 2;

const USAGE = `Usage: npm run bench:signin -- [options]
  --connections N       concurrent connections of the main run (default 10; a 1-connection run follows)
  --duration S          seconds measured per benchmark, after a ${WARMUP_SECONDS} s warm-up (default 10)
  --port N              port of the spawned API (default 3301)
  --max-rate R          upper estimate of sign-ins per second, sizes the account pool and caps
                        each run (default: max(50, 3 × CPUs ÷ hash time))
  --clear-ip-counter    work around an API that ignores X-Forwarded-For (see README.md)`;

function fail(message, code = 2) {
  console.error(`bench:signin: ${message}`);
  process.exit(code);
}

function readOptions() {
  const { values, integer } = parseCli(
    {
      connections: { type: 'string', default: '10' },
      duration: { type: 'string', default: '10' },
      port: { type: 'string', default: '3301' },
      'max-rate': { type: 'string' },
      'clear-ip-counter': { type: 'boolean', default: false },
    },
    USAGE,
    fail,
  );
  return {
    connections: integer('connections', 1, 100),
    duration: integer('duration', 1, 120),
    port: integer('port', 1024, 65535),
    maxRate: values['max-rate'] === undefined ? undefined : integer('max-rate', 1, 10_000),
    clearIpCounter: values['clear-ip-counter'],
  };
}

const requireFromApi = createRequire(join(REPO_ROOT, 'apps/api/package.json'));
const requireFromRoot = createRequire(join(REPO_ROOT, 'package.json'));

async function withClient(url, work) {
  const pg = requireFromApi('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreateDatabase() {
  await withClient(ADMIN_URL, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  });
}

/** Average wall time of `count` runs of `work` after one run that is not counted. */
async function timeAverage(work, count = 5) {
  await work();
  const startedAt = performance.now();
  for (let i = 0; i < count; i += 1) await work();
  return (performance.now() - startedAt) / count;
}

async function main() {
  const options = readOptions();
  if (!existsSync(join(REPO_ROOT, 'apps/api/dist/main.js'))) {
    fail('apps/api/dist/main.js is missing: build the API first (cd /work/main && npx nx run api:build)', 1);
  }
  const loadBefore = loadavg()[0].toFixed(2);

  // 1. One argon2id hash with the API's parameters, in this process (the API does the same work per sign-in).
  const argon2 = requireFromRoot('@node-rs/argon2');
  const hashMs = await timeAverage(() => argon2.hash(PASSWORD, ARGON2));
  const passwordHash = await argon2.hash(PASSWORD, ARGON2);
  const verifyMs = await timeAverage(() => argon2.verify(passwordHash, PASSWORD));
  console.log(
    `bench:signin: argon2id m=${ARGON2.memoryCost} KiB t=${ARGON2.timeCost} p=${ARGON2.parallelism}: ` +
      `hash ${hashMs.toFixed(1)} ms, verify ${verifyMs.toFixed(1)} ms (average of 5, in-process)`,
  );

  // 2. Size the account pool from an upper estimate of the sign-in rate; every run is capped at that rate too.
  const maxRate = options.maxRate ?? Math.max(50, Math.ceil((3 * cpus().length * 1000) / hashMs));
  const runs = [options.connections, ...(options.connections === 1 ? [] : [1])];
  const secondsPerRun = WARMUP_SECONDS + options.duration;
  // setupRequest also runs once per connection when autocannon builds its clients: count those too.
  const budget = runs.reduce((sum, connections) => sum + Math.ceil(maxRate * secondsPerRun) + 2 * connections * 2, 0) + 10;
  const accounts = Math.ceil(budget / PER_ACCOUNT);

  const budgetMs = 150_000 + runs.length * 2 * (secondsPerRun + 15) * 1_000;
  const watchdog = setTimeout(() => {
    console.error(`bench:signin: gave up after ${Math.round(budgetMs / 1000)} s`);
    process.exit(1); // the exit handler in harness.mjs kills the API
  }, budgetMs);
  watchdog.unref();

  await recreateDatabase();
  console.log(`bench:signin: database ${DATABASE_NAME} recreated; starting the API on 127.0.0.1:${options.port}`);
  const api = await startApi({
    databaseUrl: DATABASE_URL,
    port: options.port,
    env: { TRUST_PROXY: '1', LOG_LEVEL: 'warn', ARGON2_MEMORY_KIB: String(ARGON2.memoryCost), ARGON2_TIME_COST: String(ARGON2.timeCost) },
  });
  console.log(`bench:signin: ready after ${(api.startupMs / 1000).toFixed(1)} s`);

  const pg = requireFromApi('pg');
  const db = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5_000 });
  let clearTimer;
  const results = [];
  let used = 0;
  try {
    await db.connect();
    // 3. N verified accounts with the same password (hence the same hash), straight into the table.
    await db.query(
      `INSERT INTO app_user (email, email_verified_at, password_hash, display_name)
       SELECT 'bench-signin-' || i || '@example.test', now(), $1, 'Bench ' || i FROM generate_series(0, $2 - 1) AS i`,
      [passwordHash, accounts + 1], // the last one is for the probe below
    );
    console.log(`bench:signin: ${accounts} accounts (≤ ${PER_ACCOUNT} sign-ins each, budget ${accounts * PER_ACCOUNT} requests, ≤ ${maxRate} req/s per run)`);

    // 4. Probe: does the API count the client address from X-Forwarded-For? Otherwise every request
    // shares one IP counter and the 51st sign-in of the run is refused.
    const probeAddress = '127.254.254.254';
    const probe = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': probeAddress, ...HEADERS },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: email(accounts), p: PASSWORD } }),
      signal: AbortSignal.timeout(10_000),
    });
    const probeBody = await probe.json();
    if (!probeBody.data?.signIn?.id) fail(`a single sign-in failed (${probe.status}): ${JSON.stringify(probeBody).slice(0, 400)}`, 1);
    const { rows: ipKeys } = await db.query(`SELECT key, hits FROM rate_limit WHERE key LIKE 'signin:ip:%'`);
    const honoured = ipKeys.some((row) => row.key === `signin:ip:${probeAddress}`);
    if (!honoured) {
      const seen = ipKeys.map((row) => row.key.slice('signin:ip:'.length)).join(', ') || 'none';
      const explanation =
        `the API ignores X-Forwarded-For despite TRUST_PROXY=1 (client address seen: ${seen}, sent: ${probeAddress}); ` +
        `every sign-in shares one IP counter, limited to 50 per 15 min`;
      if (!options.clearIpCounter) {
        fail(`${explanation}. Fix the API (Express "trust proxy"), or run with --clear-ip-counter to measure anyway.`, 1);
      }
      console.log(`bench:signin: WARNING: ${explanation}; --clear-ip-counter: deleting the signin:ip:* counters every 200 ms`);
      const clearer = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5_000 });
      await clearer.connect();
      let clearing = false;
      clearTimer = setInterval(() => {
        if (clearing) return;
        clearing = true;
        clearer
          .query(`DELETE FROM rate_limit WHERE key LIKE 'signin:ip:%'`)
          .catch(() => {})
          .finally(() => {
            clearing = false;
          });
      }, 200);
      clearTimer.stopClient = () => clearer.end();
    } else {
      console.log('bench:signin: X-Forwarded-For is honoured (one IP counter per request)');
    }

    // 5. Measure: baseline and sign-in at N connections, then both at 1 connection.
    const signInRequest = (req) => {
      const n = used;
      used += 1;
      req.headers['x-forwarded-for'] = address(n + 1);
      req.body = JSON.stringify({ query: SIGN_IN, variables: { e: email(n % accounts), p: PASSWORD } });
      return req;
    };
    for (const connections of runs) {
      const common = { url: api.url, connections, durationSeconds: options.duration, warmupSeconds: WARMUP_SECONDS, headers: HEADERS };
      const label = (name) => (runs.length > 1 ? `${name} @${connections}` : name);
      console.log(`bench:signin: ${connections} connection(s): ${WARMUP_SECONDS} s warm-up + ${options.duration} s each`);
      results.push(await measure({ ...common, name: label(BASELINE), body: { query: '{ __typename }' } }));
      results.push(
        await measure({
          ...common,
          name: label('signIn (argon2id verify)'),
          body: { query: SIGN_IN, variables: { e: email(0), p: PASSWORD } }, // replaced per request
          setupRequest: signInRequest,
          maxRequestsPerSecond: maxRate,
        }),
      );
    }
  } finally {
    clearInterval(clearTimer);
    await clearTimer?.stopClient();
    await db.end().catch(() => {});
    await api.stop();
  }

  console.log(
    `\nnode ${process.version}, ${cpus().length} CPUs, load average before the run ${loadBefore}; ` +
      `${options.duration} s per benchmark after a ${WARMUP_SECONDS} s warm-up; p50/p95/p99 exact over all responses`,
  );
  const verdict = hashMs < 50 ? 'BELOW' : hashMs > 150 ? 'ABOVE' : 'within';
  console.log(
    `argon2id m=${ARGON2.memoryCost} KiB t=${ARGON2.timeCost} p=1: one hash ${hashMs.toFixed(1)} ms, one verify ${verifyMs.toFixed(1)} ms ` +
      `(in-process, average of 5); target 50–150 ms per hash: ${verdict}`,
  );
  console.log(`sign-in requests sent: ${used} of a budget of ${accounts * PER_ACCOUNT} (${accounts} accounts × ${PER_ACCOUNT})\n`);
  for (const connections of runs) {
    const suffix = runs.length > 1 ? ` @${connections}` : '';
    report(
      results.filter((result) => result.connections === connections),
      `${BASELINE}${suffix}`,
    );
    console.log('');
  }
  if (used > accounts * PER_ACCOUNT) {
    console.log(`bench:signin: the request budget was exceeded (${used} > ${accounts * PER_ACCOUNT}): raise --max-rate`);
    process.exitCode = 1;
    return;
  }
  process.exitCode = results.some((result) => result.failed) ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench:signin: ${error.message}`);
  process.exitCode = 1;
});
