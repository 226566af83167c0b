import { measure, startApi } from './lib/harness.mjs';
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/praxisforum_bench_threads';
const api = await startApi({ databaseUrl: DATABASE_URL, port: 3313, env: { SEED_DEMO: 'false' }, nodeArgs: ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] });
try {
  const t = await measure({ url: api.url, name: 'trivial', body: { query: '{ __typename }' }, connections: 10, durationSeconds: 10, warmupSeconds: 1 });
  console.log(t.requestsPerSecond.toFixed(0));
} finally { await api.stop(); }
