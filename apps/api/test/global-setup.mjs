// Runs once per test run, outside Jest's module system, so it uses the built API (dist/):
// `nx test api` builds it first. Creates a fresh database and applies the migrations once.
import { existsSync } from 'node:fs';
import pg from 'pg';

const dist = new URL('../dist/', import.meta.url);

export default async function globalSetup() {
  if (!existsSync(new URL('core/database/prepare-database.js', dist))) {
    throw new Error('apps/api/dist is missing: build the API first (npx nx test api does it for you).');
  }
  const { startEmbeddedPostgres } = await import(new URL('core/database/embedded-postgres.js', dist).href);
  const { runMigrations } = await import(new URL('core/database/prepare-database.js', dist).href);

  const serverUrl = process.env.DATABASE_URL;
  let db;
  if (serverUrl) {
    const name = `praxisforum_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = {
      url: url.toString(),
      embedded: false,
      dispose: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  } else {
    const embedded = await startEmbeddedPostgres('memory://');
    db = { url: embedded.url, embedded: true, dispose: embedded.stop };
  }
  await runMigrations({ url: db.url, embedded: db.embedded, description: 'test database', close: async () => {} });

  globalThis.__TEST_DATABASE__ = db;
  // Test workers start after this and inherit the environment.
  process.env.TEST_DATABASE_URL = db.url;
  process.env.TEST_DATABASE_EMBEDDED = db.embedded ? '1' : '';
  process.stdout.write(`\n[api tests] database: ${db.embedded ? 'embedded PGlite (in memory)' : `PostgreSQL, fresh database ${new URL(db.url).pathname.slice(1)}`}\n`);
}
