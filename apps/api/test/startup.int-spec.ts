import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Starts the built API as `npm start` does and reads what a person would see. */
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

interface Started {
  child: ChildProcess;
  port: number;
  stop(): Promise<number | null>;
}

function run(env: Record<string, string>): ChildProcess {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  return spawn(process.execPath, [main], { env: { ...base, PORT: '0', LOG_FORMAT: 'json', LOG_LEVEL: 'info', WEB_DIST_DIR: '/nonexistent', ...env } });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

async function start(env: Record<string, string>): Promise<Started> {
  const child = run(env);
  const exited = exitOf(child);
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready at http:\/\/localhost:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(({ code, stderr }) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  return {
    child,
    port,
    stop: async () => {
      child.kill('SIGTERM');
      return (await exited).code;
    },
  };
}

async function count(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ municipalities(first: 50) { totalCount } }' }),
  });
  return ((await response.json()) as { data: { municipalities: { totalCount: number } } }).data.municipalities.totalCount;
}

describe('starting the API', () => {
  beforeAll(() => {
    if (!existsSync(main)) throw new Error('apps/api/dist/main.js is missing: build the API first.');
  });

  it('refuses a malformed DATABASE_URL with one clear line', async () => {
    const { code, stderr } = await exitOf(run({ DATABASE_URL: 'mysql://root@localhost/praxisforum' }));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['praxisforum: Invalid DATABASE_URL: the scheme must be postgres:// or postgresql://, not mysql://.']);
  });

  it('says in one line when PostgreSQL cannot be reached', async () => {
    const { code, stderr } = await exitOf(run({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/praxisforum' }));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'praxisforum: cannot use the database (PostgreSQL at 127.0.0.1:1/praxisforum): connection refused (is the server running and the port right?)',
    ]);
  });

  it('runs on the embedded database, keeps its data across restarts, and refuses a second instance on the same data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pglite-'));
    const dataDir = join(dir, 'pglite');
    try {
      const first = await start({ PGLITE_DATA_DIR: dataDir });
      expect(await count(first.port)).toBe(23);
      const response = await fetch(`http://127.0.0.1:${first.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-praxisforum-csrf': '1' },
        body: JSON.stringify({ query: 'mutation { submitAccessibilityFeedback(input: { message: "Bitte größere Schrift im Menü." }) { id } }' }),
      });
      const { data } = (await response.json()) as { data: { submitAccessibilityFeedback: { id: string } } };

      const second = await exitOf(run({ PGLITE_DATA_DIR: dataDir }));
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/is in use by process \d+ \(is Praxisforum already running\?\)/);

      expect(await first.stop()).toBe(0);
      expect(existsSync(`${dataDir}.lock`)).toBe(false);

      const again = await start({ PGLITE_DATA_DIR: dataDir });
      try {
        expect(await count(again.port)).toBe(23);
        expect((await fetch(`http://127.0.0.1:${again.port}/ready`)).status).toBe(200);
      } finally {
        await again.stop();
      }
      // The stored feedback survived the restart: read the data directory directly once the app is gone.
      const { PGlite } = await import('@electric-sql/pglite');
      const db = await PGlite.create({ dataDir });
      const rows = await db.query<{ message: string }>(`SELECT message FROM accessibility_feedback WHERE id = $1`, [data.submitAccessibilityFeedback.id]);
      await db.close();
      expect(rows.rows).toEqual([{ message: 'Bitte größere Schrift im Menü.' }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  // Only with a PostgreSQL server: the embedded test database serves one session at a time.
  (process.env.DATABASE_URL ? it : it.skip)('runs on PostgreSQL when DATABASE_URL is set', async () => {
    // No example practices in the database other suites share (they count and list practices).
    const app = await start({ DATABASE_URL: process.env.TEST_DATABASE_URL!, SEED_DEMO: 'false' });
    try {
      expect(await count(app.port)).toBeGreaterThanOrEqual(23);
    } finally {
      await app.stop();
    }
  });
});
