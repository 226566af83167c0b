// The benchmark database: where it is, the checks that keep generated data out of anyone's real
// database, and a pg client for the bench scripts (`pg` comes from the API's dependencies).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assertLoopback, REPO_ROOT } from './harness.mjs';

export const BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/praxisforum_bench';
const BENCH_NAME = /^praxisforum_bench(_[a-z0-9_]+)?$/;

// Loaded on first use, so scripts that never touch PostgreSQL do not need it.
const loadPg = () => createRequire(join(REPO_ROOT, 'apps/api/package.json'))('pg');

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * For scripts that write bulk data: loopback only, and only a database named praxisforum_bench
 * (or praxisforum_bench_<suffix>), so never `test`, `postgres` or a developer's own database,
 * whatever DATABASE_URL says.
 */
export function assertBenchDatabase(url) {
  assertLoopback(url, 'the database URL');
  const name = databaseName(url);
  if (!BENCH_NAME.test(name)) {
    throw new Error(`refusing to use database "${name}": bench data goes only into praxisforum_bench or praxisforum_bench_<suffix>`);
  }
}

/** A connected pg client; the caller ends it. */
export async function openClient(url) {
  const client = new (loadPg().Client)({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  return client;
}

export async function withClient(url, work) {
  const client = await openClient(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database if it does not exist (connecting to `postgres` on the same server for that). */
export async function ensureDatabase(url) {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return withClient(admin.toString(), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount > 0) return false;
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    return true;
  });
}

/** A URL for display: the password masked. */
export function shownUrl(url) {
  const shown = new URL(url);
  shown.password = shown.password ? '***' : '';
  return shown.toString();
}

/**
 * A generator's record of the data set it wrote (sizes, seed, version), kept as a comment so that
 * a second run can see the data is there: `read` gives the comment's SQL (one row, column
 * `comment`), `target` what to COMMENT ON (e.g. `TABLE thread`). Null when there is none.
 */
export function commentMarker(name, { read, target }) {
  return {
    async read(client) {
      const { rows } = await client.query(read);
      const comment = rows[0]?.comment ?? '';
      if (!comment.startsWith(`${name} `)) return null;
      try {
        return JSON.parse(comment.slice(name.length + 1));
      } catch {
        return null;
      }
    },
    async write(client, marker) {
      const literal = marker === null ? 'NULL' : `'${`${name} ${JSON.stringify(marker)}`.replaceAll("'", "''")}'`;
      await client.query(`COMMENT ON ${await target(client)} IS ${literal}`);
    },
  };
}
