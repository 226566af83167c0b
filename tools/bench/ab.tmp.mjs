import { measure, startApi } from './lib/harness.mjs';
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/praxisforum_bench_threads';
for (const round of [1, 2]) for (const [label, main] of [['new', undefined], ['old', '/tmp/old/apps/api/dist/main.js']]) {
  const api = await startApi({ databaseUrl: DATABASE_URL, port: 3312, env: { SEED_DEMO: 'false' }, main });
  try {
    const t = await measure({ url: api.url, name: 'trivial', body: { query: '{ __typename }' }, connections: 10, durationSeconds: 8, warmupSeconds: 2 });
    console.log(round, label, t.requestsPerSecond.toFixed(0), 'p95', t.p95.toFixed(1));
  } finally { await api.stop(); }
}
