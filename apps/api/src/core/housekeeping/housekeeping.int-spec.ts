import { buildUser, signedIn } from '../../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { uniqueTag } from '../../../test/factories/municipality.factory.js';
import { HousekeepingService } from './housekeeping.service.js';

describe('housekeeping', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('removes expired sessions, spent tokens, old rate-limit windows and old delivered mails, and keeps the rest', async () => {
    const user = await buildUser(t.dataSource);
    const live = await signedIn(t, user);
    await signedIn(t, user);
    await t.dataSource.query(
      `UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND id = (SELECT id FROM user_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1)`,
      [user.id],
    );
    const key = `test:${uniqueTag()}`;
    await t.dataSource.query(`INSERT INTO rate_limit (key, window_start, hits) VALUES ($1, now() - interval '2 days', 3), ($1 || ':fresh', now(), 1)`, [key]);
    const to = `${uniqueTag()}@example.org`;
    await t.dataSource.query(
      `INSERT INTO outbox (kind, payload, status, processed_at) VALUES ('email', $1, 'done', now() - interval '31 days'), ('email', $1, 'done', now() - interval '1 day')`,
      [JSON.stringify({ to })],
    );

    await t.app.get(HousekeepingService).run();

    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [user.id])).toEqual([{ n: 1 }]);
    expect((await live.gql(`{ me { id } }`)).data!.me).not.toBeNull();
    expect(await t.dataSource.query(`SELECT key FROM rate_limit WHERE key LIKE $1 ORDER BY key`, [`${key}%`])).toEqual([{ key: `${key}:fresh` }]);
    expect(await t.dataSource.query(`SELECT status FROM outbox WHERE payload->>'to' = $1`, [to])).toEqual([{ status: 'done' }]);
  });
});
