// Practice benchmark on the generated data set (npm run bench:generate): the practice page and the
// practice list against `{ __typename }` measured in the same run at each connection count, and the
// number of SQL statements per request, counted on the wire. Usage: see README.md, "Practice benchmark".
import { cpus, loadavg } from 'node:os';
import { assertBenchDatabase, BENCH_DATABASE_URL, shownUrl, withClient } from './lib/bench-db.mjs';
import { measure, parseCli, report, startApi } from './lib/harness.mjs';
import { startStatementCounter } from './lib/statement-counter.mjs';

const BASELINE = 'trivial { __typename }';
const TRIVIAL = '{ __typename }';
const PRACTICE_PAGE = `query PracticePage($slug: String!) {
  practice(slug: $slug) {
    title summary outcomes { label value unit asOf }
    municipality { name kind region } topics { slug nameDe } partnerMunicipalities { name }
    attachments { fileName url sizeBytes } adoptions { kind adoptedOn municipality { name } }
    problem { html } results { html }
  }
}`;
// What a list page shows per practice.
const list = (first) => `{ practices(first: ${first}) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { slug title summary workStatus publishedAt adoptionCount outcomes { label value unit } municipality { name } topics { slug nameDe } } }
} }`;
// Every relation a list could ask for, to show that the statement count stays flat with them too.
const richList = (first) => `{ practices(first: ${first}) {
  totalCount edges { node { slug title adoptionCount outcomes { label value unit } municipality { name kind region }
    topics { slug nameDe } partnerMunicipalities { name } attachments { fileName url sizeBytes }
    adoptions { kind adoptedOn municipality { name } } } }
} }`;

const TARGET = { connections: 10, ratio: 0.5, p95: 25 };
const WARMUP_SECONDS = 2;

const USAGE = `Usage: npm run bench:practices -- [options]
  --connections LIST   comma-separated connection counts, each measured with its own baseline (default 10,50)
  --duration S         seconds measured per benchmark, after a ${WARMUP_SECONDS} s warm-up (default 10)
  --port N             port of the spawned API (default 3303)
  --database-url URL   the generated database (default ${BENCH_DATABASE_URL}); loopback only,
                       named praxisforum_bench[_suffix]; DATABASE_URL is ignored on purpose
  --count-only         only count the SQL statements per request, no load`;

function fail(message) {
  console.error(`bench:practices: ${message}`);
  process.exit(2);
}

function readOptions() {
  const { values, integer } = parseCli(
    {
      connections: { type: 'string', default: '10,50' },
      duration: { type: 'string', default: '10' },
      port: { type: 'string', default: '3303' },
      'database-url': { type: 'string', default: BENCH_DATABASE_URL },
      'count-only': { type: 'boolean', default: false },
    },
    USAGE,
    fail,
  );
  const connections = values.connections.split(',').map((part) => Number(part.trim()));
  if (connections.length === 0 || connections.some((c) => !Number.isInteger(c) || c < 1 || c > 200)) {
    fail('--connections must be a comma-separated list of whole numbers from 1 to 200');
  }
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
    countOnly: values['count-only'],
  };
}

/** Published generated practices in a fixed shuffled order, and what the data set holds. */
async function readDataSet(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const exists = await client.query(`SELECT to_regclass('public.practice') IS NOT NULL AS ok`);
    if (!exists.rows[0].ok) return { slugs: [] };
    const { rows } = await client.query(`SELECT slug FROM practice WHERE state = 'published' AND slug LIKE 'bench-%' ORDER BY md5(slug)`);
    const { rows: counts } = await client.query(`SELECT (SELECT count(*)::int FROM practice) AS practices,
      (SELECT count(*)::int FROM practice WHERE state = 'published') AS published, (SELECT count(*)::int FROM municipality) AS municipalities,
      (SELECT count(*)::int FROM adoption) AS adoptions, (SELECT count(*)::int FROM practice_attachment) AS attachments`);
    return { slugs: rows.map((r) => r.slug), counts: counts[0] };
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

/**
 * SQL statements per request, counted on the wire between an unmodified API and PostgreSQL.
 * One request at a time; each query runs REPEAT times after a warm-up, so the first use of a pooled
 * connection or a stray background statement would show up as a difference between runs.
 */
async function countStatements({ databaseUrl, port, slugs }) {
  const REPEAT = 3;
  const { hostname, port: databasePort } = new URL(databaseUrl);
  const counter = await startStatementCounter({ upstream: { host: hostname, port: Number(databasePort || 5432) } });
  // The outbox poller would otherwise run a statement every second; at 60 s it stays out of the windows.
  const api = await startApi({ databaseUrl: counter.databaseUrl(databaseUrl), port, env: { OUTBOX_POLL_MS: '60000' } });
  const cases = [
    { name: BASELINE, query: TRIVIAL },
    ...slugs.slice(0, 5).map((slug, i) => ({ name: `practice(slug) #${i + 1}`, query: PRACTICE_PAGE, variables: { slug }, group: 'practice page' })),
    { name: 'practices(first: 20)', query: list(20) },
    { name: 'practices(first: 100)', query: list(100) },
    { name: 'practices(first: 20), every relation', query: richList(20) },
    { name: 'practices(first: 100), every relation', query: richList(100) },
  ];
  try {
    for (const c of cases) await graphql(api.url, c.query, c.variables); // warm-up: pool connections, caches
    await sleep(200);
    const results = [];
    for (const c of cases) {
      const counts = [];
      let texts = [];
      for (let i = 0; i < REPEAT; i++) {
        const before = counter.snapshot();
        const data = await graphql(api.url, c.query, c.variables);
        await sleep(50); // anything the API sends after answering (it should send nothing)
        const statements = counter.since(before);
        counts.push(statements.length);
        texts = statements.map((s) => s.text.replace(/\s+/g, ' ').trim());
        if (i === 0 && data.practices) c.rows = data.practices.edges.length;
      }
      results.push({ ...c, counts, texts });
    }
    return results;
  } finally {
    await api.stop();
    await counter.close();
  }
}

const countLabel = (counts) => (counts.every((n) => n === counts[0]) ? String(counts[0]) : `${Math.min(...counts)}–${Math.max(...counts)} (varies)`);

function printStatements(results) {
  console.log('\nSQL statements per request (counted on the wire: simple Query + extended Execute messages; 3 runs each)');
  for (const r of results) console.log(`  ${r.name.padEnd(40)} ${countLabel(r.counts).padStart(4)}${r.rows !== undefined ? `   (${r.rows} practices in the answer)` : ''}`);
  const byName = new Map(results.map((r) => [r.name, r]));
  const page = results.filter((r) => r.group === 'practice page').flatMap((r) => r.counts);
  const l20 = byName.get('practices(first: 20)').counts;
  const l100 = byName.get('practices(first: 100)').counts;
  const r20 = byName.get('practices(first: 20), every relation').counts;
  const r100 = byName.get('practices(first: 100), every relation').counts;
  const same = (a, b) => a.every((n) => n === a[0]) && b.every((n) => n === a[0]);
  console.log(`\nSQL statements per list page: first 20 → ${countLabel(l20)}, first 100 → ${countLabel(l100)} (same: ${same(l20, l100) ? 'yes' : 'no'})`);
  console.log(`  with every relation: first 20 → ${countLabel(r20)}, first 100 → ${countLabel(r100)} (same: ${same(r20, r100) ? 'yes' : 'no'})`);
  console.log(`SQL statements per practice page: ${countLabel(page)} (5 different practices)`);
  for (const name of ['practice(slug) #1', 'practices(first: 20)', 'practices(first: 20), every relation']) {
    console.log(`\n  statements of ${name}:`);
    for (const [i, text] of byName.get(name).texts.entries()) console.log(`    ${i + 1}. ${text.length > 150 ? `${text.slice(0, 150)}…` : text}`);
  }
  return same(l20, l100) && same(r20, r100);
}

function printTargets(tables) {
  console.log(`\nTargets (practice page at ${TARGET.connections} connections):`);
  const table = tables.find((t) => t.connections === TARGET.connections);
  if (!table) {
    console.log(`  not measured: run with --connections including ${TARGET.connections}`);
    return;
  }
  const base = table.results.find((r) => r.name === BASELINE);
  const page = table.results.find((r) => r.name.startsWith('practice(slug)'));
  if (base.failed || page.failed) {
    console.log('  FAIL: the benchmark or its baseline had errors');
    return;
  }
  const ratio = page.requestsPerSecond / base.requestsPerSecond;
  console.log(`  throughput ratio to { __typename } ≥ ${TARGET.ratio.toFixed(2)}: ${ratio.toFixed(2)}  ${ratio >= TARGET.ratio ? 'PASS' : 'FAIL'}`);
  console.log(`  p95 < ${TARGET.p95} ms: ${page.p95.toFixed(2)} ms  ${page.p95 < TARGET.p95 ? 'PASS' : 'FAIL'}`);
  for (const other of tables.filter((t) => t.connections !== TARGET.connections)) {
    const b = other.results.find((r) => r.name === BASELINE);
    const p = other.results.find((r) => r.name.startsWith('practice(slug)'));
    if (!b.failed && !p.failed) {
      console.log(`  (for information, ${other.connections} connections: ratio ${(p.requestsPerSecond / b.requestsPerSecond).toFixed(2)}, p95 ${p.p95.toFixed(2)} ms)`);
    }
  }
}

async function main() {
  const options = readOptions();
  const loadBefore = loadavg().map((n) => n.toFixed(2)).join(' ');
  const perConnection = 4 * (options.duration + WARMUP_SECONDS + 15);
  const budgetMs = (2 * 130 + (options.countOnly ? 0 : options.connections.length * perConnection)) * 1_000;
  const watchdog = setTimeout(() => {
    console.error(`bench:practices: gave up after ${Math.round(budgetMs / 1000)} s`);
    process.exit(1); // the exit handler in harness.mjs kills the API
  }, budgetMs);
  watchdog.unref();

  const { slugs, counts } = await readDataSet(options.databaseUrl);
  if (slugs.length < 100) {
    fail(`${shownUrl(options.databaseUrl)} holds ${slugs.length} generated published practices: run \`npm run bench:generate\` first`);
  }
  console.log(
    `bench:practices: ${shownUrl(options.databaseUrl)}: ${counts.practices} practices (${counts.published} published), ` +
      `${counts.municipalities} municipalities, ${counts.adoptions} adoptions, ${counts.attachments} attachment rows; ` +
      `the practice page cycles through ${slugs.length} published slugs`,
  );

  console.log(`bench:practices: counting SQL statements (API behind the counting proxy, port ${options.port})`);
  const statementResults = await countStatements({ databaseUrl: options.databaseUrl, port: options.port, slugs });

  const tables = [];
  if (!options.countOnly) {
    console.log(`bench:practices: starting the API on 127.0.0.1:${options.port} (direct connection to PostgreSQL)`);
    const api = await startApi({ databaseUrl: options.databaseUrl, port: options.port });
    console.log(`bench:practices: ready after ${(api.startupMs / 1000).toFixed(1)} s`);
    // One counter for all connections: every request asks for the next slug, so no two requests in a
    // row read the same practice and the whole list is walked before any slug comes again.
    let next = 0;
    const nextPracticeRequest = (request) => {
      request.body = JSON.stringify({ query: PRACTICE_PAGE, variables: { slug: slugs[next++ % slugs.length] } });
      return request;
    };
    const benchmarks = [
      { name: BASELINE, body: { query: TRIVIAL } },
      { name: 'practice(slug), varied slugs', body: { query: PRACTICE_PAGE, variables: { slug: slugs[0] } }, setupRequest: nextPracticeRequest },
      { name: 'practices(first: 20)', body: { query: list(20) } },
      { name: 'practices(first: 100)', body: { query: list(100) } },
    ];
    try {
      for (const connections of options.connections) {
        const results = [];
        for (const benchmark of benchmarks) {
          console.log(`bench:practices: ${benchmark.name}: ${WARMUP_SECONDS} s warm-up, ${options.duration} s at ${connections} connections`);
          results.push(await measure({ url: api.url, ...benchmark, connections, durationSeconds: options.duration, warmupSeconds: WARMUP_SECONDS }));
        }
        tables.push({ connections, results });
      }
    } finally {
      await api.stop();
    }
  }

  console.log(
    `\nnode ${process.version}, ${cpus().length} CPUs, load average before the run ${loadBefore} (1/5/15 min), after ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; ${options.duration} s per benchmark after a ${WARMUP_SECONDS} s warm-up; p50/p95/p99 exact over all responses`,
  );
  for (const { connections, results } of tables) {
    console.log(`\n${connections} connections`);
    report(results, BASELINE);
  }
  if (tables.length) printTargets(tables);
  const constant = printStatements(statementResults);
  const failed = tables.some((t) => t.results.some((r) => r.failed));
  process.exitCode = failed || !constant ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench:practices: ${error.message}`);
  process.exitCode = 1;
});
