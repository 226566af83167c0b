import pg from 'pg';
import { readFileSync } from 'node:fs';
const sql = readFileSync('/tmp/perf/page.sql', 'utf8').replace(':slug', '$1');
const withHtml = sql.replace('p.archived_at, p.created_at, p.updated_at', 'p.archived_at, p.created_at, p.updated_at, p.sections_html');
const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/praxisforum_bench' });
await client.connect();
const slugs = (await client.query(`SELECT slug FROM practice WHERE state='published' AND slug LIKE 'bench-%' ORDER BY md5(slug)`)).rows.map((r) => r.slug);
const pid = (await client.query('select pg_backend_pid() as p')).rows[0].p;
const stat = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const mine = () => process.cpuUsage();
let k = 0;
async function run(name, text, n) {
  const c0 = stat(), m0 = mine(), t0 = performance.now();
  for (let i = 0; i < n; i++) await client.query({ name, text, values: [slugs[k++ % slugs.length]] });
  const m = process.cpuUsage(m0);
  return { pg: (stat() - c0) / n, node: (m.user + m.system) / 1000 / n, wall: (performance.now() - t0) / n };
}
for (let round = 0; round < 6; round++) {
  const asJson = `SELECT row_to_json(x) AS page FROM (${withHtml}) x`;
  for (const [name, text] of [['html', withHtml], ['json', asJson]]) {
    const r = await run(name, text, 1000);
    console.log(name.padEnd(6), `pg ${r.pg.toFixed(3)} ms  node ${r.node.toFixed(3)} ms  wall ${r.wall.toFixed(3)} ms`);
  }
}
await client.end();
