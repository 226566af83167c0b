import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

describe('serving the web app from the API port', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = await mkdtemp(join(tmpdir(), 'web-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><html lang="de"><title>Praxisforum</title><div id="root"></div></html>');
    await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    t = await startTestApp({ webDistDir: dist });
  });
  afterAll(() => t.close());

  it('serves the app shell for the home page and for client-side routes', async () => {
    for (const path of ['/', '/kommunen/landkreis-loerrach', '/barrierefreiheit']) {
      const response = await fetch(`${t.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache lifetime and 404 for missing ones', async () => {
    const asset = await fetch(`${t.baseUrl}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${t.baseUrl}/assets/missing.js`)).status).toBe(404);
  });

  it('sends security headers that forbid external scripts and framing', async () => {
    const response = await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('leaves /graphql and /health to the API', async () => {
    expect(await (await fetch(`${t.baseUrl}/health`, { headers: { accept: 'text/html' } })).json()).toEqual({ status: 'ok' });
  });
});
