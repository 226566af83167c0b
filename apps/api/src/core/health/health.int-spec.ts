import { startTestApp } from '../../../test/test-app.js';

describe('health endpoints', () => {
  it('reports liveness and readiness while the database answers', async () => {
    const t = await startTestApp();
    try {
      const health = await fetch(`${t.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${t.baseUrl}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
    } finally {
      await t.close();
    }
  });

  it('reports not ready (503) but still alive when the database connection is gone', async () => {
    const t = await startTestApp();
    try {
      await t.dataSource.destroy();
      const ready = await fetch(`${t.baseUrl}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable' });
      expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
