// Engine-level search benchmark: PostgresSearch straight on PostgreSQL, without the API around it.
// Fills praxisforum_bench_pgsearch with the synthetic documents of lib/search-docs.mjs through the
// engine's own index(), then times typical queries (1 client) and the varied query set at 10
// concurrent clients, and can EXPLAIN (ANALYZE, BUFFERS) the statements of one query.
// Needs the built API (apps/api/dist). Usage:
//   node search-engine.mjs [--index] [--scale 1] [--rounds 20] [--seconds 10] [--explain "Integartion"]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertBenchDatabase, ensureDatabase } from './lib/bench-db.mjs';
import { REPO_ROOT } from './lib/harness.mjs';
import { generateSearchDocuments, SEARCH_DEFAULTS, searchBenchQueries } from './lib/search-docs.mjs';

const { values } = parseArgs({
  options: {
    index: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '10' },
    explain: { type: 'string' },
    filters: { type: 'string', default: '{}' },
    sort: { type: 'string', default: 'relevance' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/praxisforum_bench_pgsearch' },
  },
});
const url = values['database-url'];
assertBenchDatabase(url);
await ensureDatabase(url);

const dist = (path) => pathToFileURL(join(REPO_ROOT, 'apps/api/dist', path)).href;
const { runMigrations } = await import(dist('core/database/prepare-database.js'));
const { PostgresSearch } = await import(dist('search/engines/postgres-search.js'));
const { DataSource } = createRequire(join(REPO_ROOT, 'apps/api/package.json'))('typeorm');

await runMigrations({ url, embedded: false, description: 'bench', close: async () => {} });
const dataSource = new DataSource({ type: 'postgres', url, extra: { max: Number(values.clients) } });
await dataSource.initialize();
const engine = new PostgresSearch(dataSource);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n) => n.toFixed(1).padStart(7);

if (values.index) {
  const scale = Number(values.scale);
  const counts = Object.fromEntries(Object.entries(SEARCH_DEFAULTS).map(([k, v]) => [k, k === 'seed' ? v : Math.round(v * scale)]));
  const total = counts.municipalities + counts.practices + counts.threads + counts.posts;
  console.log(`indexing ${total} documents`, counts);
  await engine.clear();
  const started = performance.now();
  let batch = [];
  let done = 0;
  for (const doc of generateSearchDocuments(counts)) {
    batch.push(doc);
    if (batch.length === 1000) {
      await engine.index(batch);
      done += batch.length;
      batch = [];
      if (done % 20000 === 0) process.stdout.write(`  ${done} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  }
  if (batch.length) await engine.index(batch);
  console.log(`indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const t = performance.now();
  await dataSource.query('VACUUM ANALYZE search_document');
  await dataSource.query('VACUUM ANALYZE search_term');
  console.log(`vacuum analyze ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const [{ docs, terms, size }] = await dataSource.query(
  `SELECT (SELECT count(*) FROM search_document WHERE NOT removed)::int AS docs, (SELECT count(*) FROM search_term)::int AS terms,
          pg_size_pretty(pg_total_relation_size('search_document')) AS size`,
);
console.log(`index: ${docs} documents, ${terms} vocabulary terms, search_document ${size}`);

const query = (text, filters = {}, sort = 'relevance') => ({ text, filters, sort, offset: 0, limit: 20 });

if (values.explain !== undefined) {
  // Capture the engine's statements (TypeORM queries and prepared ones on the pg pool), then run
  // each again under EXPLAIN.
  const statements = [];
  const original = dataSource.query.bind(dataSource);
  dataSource.query = (text, params) => {
    statements.push({ text, params });
    return original(text, params);
  };
  const pool = dataSource.driver.master;
  const poolQuery = pool.query.bind(pool);
  pool.query = (config, values) => {
    if (typeof config === 'object') statements.push({ text: config.text, params: config.values });
    return poolQuery(config, values);
  };
  await engine.search(query(values.explain, JSON.parse(values.filters), values.sort));
  dataSource.query = original;
  pool.query = poolQuery;
  for (const { text, params } of statements) {
    const plan = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
    console.log(`\n${text.trim().split('\n')[0].slice(0, 100)} …  params ${JSON.stringify(params).slice(0, 300)}`);
    console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
  }
  await dataSource.destroy();
  process.exit(0);
}

// 1 client: typical queries, each `rounds` times.
const typical = [
  ['Sprachcafe ehrenamt'], ['Integartion'], ['Planung'], ['Flüchtlinge Wohnung'], ['Integrationslotsen Landkreis'],
  ['Integration'], ['Ehrenamtliche'], ['Kinder'], ['Integra'], ['"runder Tisch"'], [''], ['', { kinds: ['practice'] }],
  ['', { topics: ['sprache'] }], ['Integration', { topics: ['sprache'], kinds: ['practice'] }], ['Integration', {}, 'date'],
];
// 1 client on a connection of its own: wall time, and the CPU time the database backend (read from
// /proc, PostgreSQL on this machine) and this process spent — unlike wall time, CPU time hardly
// changes when other work shares the machine.
const single = new DataSource({ type: 'postgres', url, extra: { max: 1 } });
await single.initialize();
const singleEngine = new PostgresSearch(single);
const [{ pid }] = await single.query('SELECT pg_backend_pid() AS pid');
const backendCpu = () => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / 100); // clock ticks (100 Hz) → ms
  } catch {
    return NaN; // not on this machine
  }
};
const nodeCpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
console.log(`\n1 client, ms per search ${' '.repeat(26)}p50     p95     max   db cpu  js cpu   total`);
for (const [text, filters = {}, sort = 'relevance'] of typical) {
  const times = [];
  let result;
  await singleEngine.search(query(text, filters, sort)); // warm: vocabulary answers, synonyms
  const db0 = backendCpu();
  const js0 = nodeCpu();
  for (let i = 0; i < Number(values.rounds); i++) {
    const t = performance.now();
    result = await singleEngine.search(query(text, filters, sort));
    times.push(performance.now() - t);
  }
  const db = (backendCpu() - db0) / times.length;
  const js = (nodeCpu() - js0) / times.length;
  times.sort((a, b) => a - b);
  const label = `${JSON.stringify(text)}${Object.keys(filters).length ? ` ${JSON.stringify(filters)}` : ''}${sort === 'date' ? ' (date)' : ''}`;
  console.log(
    `  ${label.padEnd(48)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(times.at(-1))} ${ms(db)} ${ms(js)} ` +
      `${String(result.total).padStart(7)}${result.correctedQuery ? `  did you mean: ${result.correctedQuery}` : ''}`,
  );
}

// Suggestions, 1 client.
{
  const times = [];
  const db0 = backendCpu();
  const js0 = nodeCpu();
  for (const text of ['In', 'Integ', 'Integrationsl', 'Sprachc', 'Integartion', 'Wohn', 'Ehrenamtl', 'Flü']) {
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await singleEngine.suggest(text, 8);
      times.push(performance.now() - t);
    }
  }
  const db = (backendCpu() - db0) / times.length;
  const js = (nodeCpu() - js0) / times.length;
  times.sort((a, b) => a - b);
  console.log(`\nsuggest, 1 client: p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  max ${ms(times.at(-1))}  db cpu ${ms(db)}  js cpu ${ms(js)}`);
}

// The varied query set on one client: CPU per search (the cost that decides throughput).
{
  const queries = searchBenchQueries(200);
  for (const q of queries) await singleEngine.search({ ...q, offset: 0, limit: 20 }); // warm
  const db0 = backendCpu();
  const js0 = nodeCpu();
  const t0 = performance.now();
  for (const q of queries) await singleEngine.search({ ...q, offset: 0, limit: 20 });
  const n = queries.length;
  console.log(
    `\n${n} varied queries, 1 client: wall ${ms((performance.now() - t0) / n)} ms, db cpu ${ms((backendCpu() - db0) / n)} ms, ` +
      `js cpu ${ms((nodeCpu() - js0) / n)} ms per search`,
  );
}
await single.destroy();

// N clients over the varied query set for `seconds`.
{
  const queries = searchBenchQueries(200);
  const clients = Number(values.clients);
  const until = performance.now() + Number(values.seconds) * 1000;
  const times = [];
  const slow = new Map();
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const q = queries[next++ % queries.length];
        const t = performance.now();
        await engine.search({ ...q, offset: 0, limit: 20 });
        const took = performance.now() - t;
        times.push(took);
        const key = `${JSON.stringify(q.text)} ${JSON.stringify(q.filters)} ${q.sort}`;
        slow.set(key, Math.max(slow.get(key) ?? 0, took));
      }
    }),
  );
  times.sort((a, b) => a - b);
  console.log(
    `\n${clients} clients, ${queries.length} varied queries, ${values.seconds} s: ${(times.length / Number(values.seconds)).toFixed(0)} searches/s, ` +
      `p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1))}`,
  );
  console.log('slowest queries (max ms):');
  for (const [key, took] of [...slow].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms(took)}  ${key}`);
}
await dataSource.destroy();
