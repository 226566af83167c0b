import { parseArgs } from 'node:util';
// Reusable pieces for every Praxisforum benchmark: start the API, load it with autocannon,
// print the figures as a ratio to the trivial query (see /work/shared/DESIGN.md, "Targets").
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const API_MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 5_000;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Benchmarks only ever talk to this machine: a load test against someone else's server is an attack. */
/**
 * Parses a benchmark's flags (node:util parseArgs options), prints the usage for --help, and
 * returns the values with an `integer(flag, min, max)` reader; `fail` reports bad input.
 */
export function parseCli(options, usage, fail) {
  let values;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    fail(`${error.message}\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  // Upper bounds keep a run bounded in time and sane for a 2-core machine.
  const integer = (flag, min, max) => {
    const value = Number(values[flag]);
    if (!Number.isInteger(value) || value < min || value > max) fail(`--${flag} must be a whole number from ${min} to ${max}`);
    return value;
  };
  return { values, integer };
}

export function assertLoopback(url, what = 'URL') {
  const { hostname } = new URL(url);
  if (!LOOPBACK_HOSTS.has(hostname)) {
    throw new Error(`${what} must point at a loopback address (127.0.0.1, ::1, localhost), not "${hostname}"`);
  }
}

const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

// Checked up front because otherwise /ready could be answered by whatever already holds the port.
function assertPortFree(port) {
  return new Promise((resolveFree, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} on 127.0.0.1 is in use; choose another port`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree()));
  });
}

async function isReady(url) {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

// Every started API, so that exit and signal handlers can reach them.
const running = new Set();

function killGroup(child, signal) {
  try {
    // Negative pid: the whole process group (the API may spawn the embedded database).
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

process.once('exit', () => {
  for (const api of running) api.killNow();
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    process.stderr.write(`\nbench: ${signal}, stopping the API\n`);
    Promise.all([...running].map((api) => api.stop())).finally(() => process.exit(130));
  });
}

/**
 * Spawns `node apps/api/dist/main.js` bound to 127.0.0.1 and waits for GET /ready.
 * Without databaseUrl the API uses PGlite in a fresh temporary directory (removed on stop),
 * so a run never touches the developer's data/pglite.
 * `nodeArgs` go before the script (e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']: Node refuses
 * --cpu-prof in NODE_OPTIONS; the API exits normally on SIGTERM, so the profile is written);
 * `main` runs another build of the API (e.g. a scratch copy with a change to compare).
 */
export async function startApi({ databaseUrl, port = 3300, env = {}, nodeArgs = [], main = API_MAIN } = {}) {
  if (databaseUrl) assertLoopback(databaseUrl, 'DATABASE_URL');
  await assertPortFree(port);

  const pgliteDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'praxisforum-bench-'));
  const childEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    // A benchmark measures the steady state: the first start's background search-index build would
    // load the machine for minutes on a generated data set (bench:search builds it with reindex).
    SEARCH_REBUILD_ON_START: 'false',
    // The API as it runs in production (the Docker image sets NODE_ENV=production): graphql-js and
    // Express leave out development-only checks there. Production requires a real secret.
    NODE_ENV: 'production',
    UNSUBSCRIBE_SECRET: 'benchmark-only-unsubscribe-secret-never-used-for-mail',
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  delete childEnv.DATABASE_URL;
  if (databaseUrl) childEnv.DATABASE_URL = databaseUrl;
  else childEnv.PGLITE_DATA_DIR = pgliteDir;

  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: REPO_ROOT,
    env: childEnv,
    detached: true, // own process group, so stop() also reaches grandchildren
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the tail of the output to explain a failed start; the API's own logs are otherwise noise here.
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const cleanup = () => {
    if (!pgliteDir) return;
    rmSync(pgliteDir, { recursive: true, force: true });
    rmSync(`${pgliteDir}.lock`, { force: true }); // PGlite keeps its lock file beside the directory
  };
  const api = {
    url: `http://127.0.0.1:${port}`,
    startupMs: undefined,
    killNow() {
      if (!hasExited) killGroup(child, 'SIGKILL');
      running.delete(api);
      cleanup();
    },
    async stop() {
      if (!running.has(api)) return;
      if (!hasExited) {
        killGroup(child, 'SIGTERM');
        const timedOut = await Promise.race([exited.then(() => false), sleep(STOP_GRACE_MS).then(() => true)]);
        if (timedOut) {
          killGroup(child, 'SIGKILL');
          await exited;
        }
      }
      // The API exits when its group leader is gone, but a stray grandchild must not survive it.
      killGroup(child, 'SIGKILL');
      running.delete(api);
      cleanup();
    },
  };
  running.add(api);

  const startedAt = Date.now();
  while (!(await isReady(api.url))) {
    if (hasExited) {
      const { code, signal } = await exited;
      api.killNow();
      throw new Error(`the API exited (${signal ?? `code ${code}`}) before it was ready:\n${output.trim()}`);
    }
    if (Date.now() - startedAt > READY_TIMEOUT_MS) {
      await api.stop();
      throw new Error(`the API was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${output.trim()}`);
    }
    await sleep(100);
  }
  api.startupMs = Date.now() - startedAt;
  return api;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// A GraphQL error usually comes with status 200, so the status alone proves nothing.
function hasGraphqlErrors(body) {
  if (!body.includes('"errors"')) return false; // cheap path: parsing every body would load the client
  try {
    const parsed = JSON.parse(body);
    return parsed.errors !== undefined || parsed.data == null;
  } catch {
    return true;
  }
}

function runAutocannon(options, onResponse) {
  return new Promise((resolveRun, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolveRun(result)));
    if (onResponse) instance.on('response', onResponse);
  });
}

/**
 * Loads POST /graphql with `body` (or `bodies`, rotated per request on each connection) and
 * returns throughput and latency. Percentiles are exact (nearest rank) over every response's
 * latency as reported by autocannon's `response` event, in ms with sub-ms resolution:
 * autocannon's own histogram has no p95 and rounds to whole milliseconds.
 * A warm-up run (not counted) first lets V8 optimise and the database fill its caches.
 */
export async function measure({
  url,
  name,
  body,
  bodies,
  connections = 10,
  durationSeconds = 10,
  warmupSeconds = 2,
  timeoutSeconds = 10,
  headers = {},
  setupRequest,
  maxRequestsPerSecond,
}) {
  assertLoopback(url);
  const payloads = (bodies ?? [body]).map((payload) => (typeof payload === 'string' ? payload : JSON.stringify(payload)));
  if (payloads.length === 0 || payloads.some((payload) => !payload)) throw new Error(`${name}: no request body`);

  const counts = { graphqlErrors: 0, non2xx: 0 };
  let sampleErrors = [];
  const requests = payloads.map((payload) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
    // Optional per-request variation (autocannon rebuilds the request before each send when set).
    ...(setupRequest ? { setupRequest } : {}),
    onResponse(status, responseBody) {
      const failed = status < 200 || status >= 300 ? 'non2xx' : hasGraphqlErrors(responseBody) ? 'graphqlErrors' : undefined;
      if (!failed) return;
      counts[failed] += 1;
      if (sampleErrors.length < 3) sampleErrors.push(`${status} ${responseBody.trim().slice(0, 300)}`);
    },
  }));
  const options = { url: `${url}/graphql`, connections, timeout: timeoutSeconds, requests };
  // A hard cap on requests per run (on top of the duration), for benchmarks with a request budget
  // such as rate-limited mutations: the run ends at the duration or the cap, whichever comes first.
  const cap = (seconds) =>
    maxRequestsPerSecond ? { maxOverallRequests: Math.max(connections, Math.ceil(maxRequestsPerSecond * seconds)) } : {};

  if (warmupSeconds > 0) {
    await runAutocannon({ ...options, duration: warmupSeconds, ...cap(warmupSeconds) });
    counts.graphqlErrors = 0;
    counts.non2xx = 0;
    sampleErrors = [];
  }

  const latencies = [];
  const result = await runAutocannon({ ...options, duration: durationSeconds, ...cap(durationSeconds) }, (_client, _status, _bytes, responseTime) =>
    latencies.push(responseTime),
  );
  latencies.sort((a, b) => a - b);

  // Socket errors and timeouts are failures too, not just slow requests (autocannon's `errors` includes timeouts).
  const errors = counts.graphqlErrors + counts.non2xx + result.errors;
  return {
    name,
    connections,
    durationSeconds: result.duration,
    requests: latencies.length,
    requestsPerSecond: result.requests.mean,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    non2xx: counts.non2xx,
    graphqlErrors: counts.graphqlErrors,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    sampleErrors,
    failed: errors > 0 || latencies.length === 0,
  };
}

/** Prints one table for a run; throughput ratios are relative to the baseline measured in the same run. */
export function report(results, baselineName) {
  const baseline = results.find((result) => result.name === baselineName);
  const base = baseline && !baseline.failed ? baseline.requestsPerSecond : undefined;
  const ms = (value) => (Number.isFinite(value) ? value.toFixed(2) : '-');
  const rows = results.map((result) => [
    result.name,
    result.requestsPerSecond.toFixed(0),
    ms(result.p50),
    ms(result.p95),
    ms(result.p99),
    base ? (result.requestsPerSecond / base).toFixed(2) : '-',
    String(result.errors),
    result.failed ? 'FAILED' : 'ok',
  ]);
  const header = ['benchmark', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', `ratio`, 'errors', 'status'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(`ratio = req/s ÷ req/s of "${baselineName}" in this run${base ? '' : ' (baseline failed: no ratio)'}`);

  for (const result of results.filter((r) => r.failed)) {
    console.log(
      `\n${result.name} FAILED: ${result.non2xx} non-2xx, ${result.graphqlErrors} GraphQL error bodies, ` +
        `${result.socketErrors} socket errors, ${result.timeouts} timeouts, ${result.requests} responses`,
    );
    for (const sample of result.sampleErrors) console.log(`  ${sample}`);
  }
}
