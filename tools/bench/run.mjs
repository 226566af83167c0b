// Benchmarks the Praxisforum API: the trivial query as the baseline, then each benchmark as a
// ratio to it, all in one run on one machine. Usage: see README.md.
import { Socket } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { BENCH_DATABASE_URL, ensureDatabase } from './lib/bench-db.mjs';
import { assertLoopback, measure, parseCli, report, startApi } from './lib/harness.mjs';

const BASELINE = 'trivial { __typename }';
const BENCHMARKS = [
  { name: BASELINE, body: { query: '{ __typename }' } },
  {
    name: 'municipalities(first: 50)',
    body: {
      query: '{ municipalities(first: 50) { totalCount edges { node { slug name kind region programmes { name } } } } }',
    },
  },
];
const LOCAL_POSTGRES = { host: '127.0.0.1', port: 5432 };

const USAGE = `Usage: npm run bench -- [options]
  --database postgres|pglite  database for the spawned API (default: postgres if DATABASE_URL
                              is set or PostgreSQL answers on 127.0.0.1:5432, else pglite)
  --connections N             concurrent connections (default 10)
  --duration S                seconds measured per benchmark, after a 2 s warm-up (default 10)
  --port N                    port for the spawned API (default 3300)
  --url URL                   benchmark an already running server (loopback only) instead`;

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function readOptions() {
  const { values, integer } = parseCli(
    {
      database: { type: 'string' },
      connections: { type: 'string', default: '10' },
      duration: { type: 'string', default: '10' },
      port: { type: 'string', default: '3300' },
      url: { type: 'string' },
    },
    USAGE,
    fail,
  );
  if (values.database && !['postgres', 'pglite'].includes(values.database)) fail('--database must be postgres or pglite');
  if (values.url && values.database) fail('--url and --database exclude each other: the running server has its own database');
  if (values.url) {
    try {
      assertLoopback(values.url, '--url');
    } catch (error) {
      fail(error.message);
    }
  }
  return {
    database: values.database,
    connections: integer('connections', 1, 1000),
    duration: integer('duration', 1, 300),
    port: integer('port', 1024, 65535),
    url: values.url?.replace(/\/$/, ''),
  };
}

function postgresAnswers({ host, port }) {
  return new Promise((resolveAnswer) => {
    const socket = new Socket();
    const done = (answered) => {
      socket.destroy();
      resolveAnswer(answered);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

async function chooseDatabase(requested) {
  const database = requested ?? (process.env.DATABASE_URL || (await postgresAnswers(LOCAL_POSTGRES)) ? 'postgres' : 'pglite');
  if (database === 'pglite') return { label: 'PGlite (temporary data directory)', databaseUrl: undefined };
  // An explicit DATABASE_URL is the caller's choice and is used as is; otherwise the bench database.
  const databaseUrl = process.env.DATABASE_URL || BENCH_DATABASE_URL;
  assertLoopback(databaseUrl, 'DATABASE_URL');
  // The bench database is separate from `test` and the developer's own, so runs cannot disturb them.
  if (!process.env.DATABASE_URL && (await ensureDatabase(databaseUrl))) console.log(`bench: created database ${new URL(databaseUrl).pathname.slice(1)}`);
  const shown = new URL(databaseUrl);
  shown.password = shown.password ? '***' : '';
  return { label: `PostgreSQL ${shown}`, databaseUrl };
}

async function main() {
  const options = readOptions();
  // Other work on the machine skews every figure; the load average before we add ours makes that visible.
  const loadBefore = loadavg()[0].toFixed(2);
  // Hard limit for the whole run: start-up, then warm-up + measurement + slack per benchmark.
  const budgetMs = 130_000 + BENCHMARKS.length * (options.duration + 2 + 15) * 1_000;
  const watchdog = setTimeout(() => {
    console.error(`bench: gave up after ${Math.round(budgetMs / 1000)} s`);
    process.exit(1); // the exit handler in harness.mjs kills the API
  }, budgetMs);
  watchdog.unref();

  let api;
  let target = options.url;
  if (!target) {
    const { label, databaseUrl } = await chooseDatabase(options.database);
    console.log(`bench: starting the API on 127.0.0.1:${options.port} with ${label}`);
    api = await startApi({ databaseUrl, port: options.port });
    console.log(`bench: ready after ${(api.startupMs / 1000).toFixed(1)} s`);
    target = api.url;
  } else {
    console.log(`bench: using the running server at ${target}`);
  }

  const results = [];
  try {
    for (const benchmark of BENCHMARKS) {
      console.log(`bench: ${benchmark.name}: 2 s warm-up, ${options.duration} s at ${options.connections} connections`);
      results.push(await measure({ url: target, ...benchmark, connections: options.connections, durationSeconds: options.duration }));
    }
  } finally {
    await api?.stop();
  }

  console.log(
    `\nnode ${process.version}, ${cpus().length} CPUs, load average before the run ${loadBefore}; ${options.connections} connections, ` +
      `${options.duration} s per benchmark; p50/p95/p99 exact over all responses\n`,
  );
  report(results, BASELINE);
  process.exitCode = results.some((result) => result.failed) ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
