import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handshakeStatus, liveClient, subscribe } from '../../test/live-client.js';

const main = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/**
 * The production server as `npm start` runs it: the web app, /graphql over HTTP and the
 * subscriptions WebSocket on one port, and a clean exit on SIGTERM with sockets still open.
 */
describe('the production server and WebSockets', () => {
  it('serves the web app, HTTP and WebSocket on one port and exits cleanly on SIGTERM with a socket open', async () => {
    if (!existsSync(main)) throw new Error('apps/api/dist/main.js is missing: build the API first.');
    const dir = await mkdtemp(join(tmpdir(), 'praxisforum-live-'));
    const web = join(dir, 'web');
    await mkdir(web);
    await writeFile(join(web, 'index.html'), '<!doctype html><title>Praxisforum</title>');
    // The embedded database: a fresh data directory, so nothing touches the shared test database.
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'info', PGLITE_DATA_DIR: join(dir, 'pglite'), WEB_DIST_DIR: web, SEED_DEMO: 'false' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [main], { env });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /ready at http:\/\/localhost:(\d+)/.exec(out);
          if (match) resolve(Number(match[1]));
        });
        void exited.then((code) => reject(new Error(`exited with ${code}`)));
      });
      const site = { baseUrl: `http://127.0.0.1:${port}` };
      const page = await fetch(`${site.baseUrl}/diskussionen`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('<title>Praxisforum</title>');
      expect(await handshakeStatus(site, { origin: site.baseUrl })).toBe(101);

      const client = liveClient(site, { keepOpen: true });
      const refused = await subscribe(client, `subscription { notificationCount }`).next();
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      let closeCode = 0;
      client.on('closed', (event) => (closeCode = (event as { code: number }).code));

      const stoppedAt = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(5_000);
      expect(closeCode).toBe(1001);
      await client.dispose();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
