import { Writable } from 'node:stream';
import { pino } from 'pino';
import { buildUser, signedIn } from '../../../test/factories/user.factory.js';
import { startTestApp } from '../../../test/test-app.js';

describe('request log', () => {
  it('writes one line per request with path, operation, status, duration and the user id, and nothing personal', async () => {
    const lines: Record<string, any>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>));
        done();
      },
    });
    const t = await startTestApp({}, pino({ level: 'info' }, sink));
    try {
      const user = await buildUser(t.dataSource);
      const browser = await signedIn(t, user);
      await browser.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-praxisforum-csrf': '1' },
        body: JSON.stringify({ query: 'query MyTopics { topics { slug } }', operationName: 'MyTopics' }),
      });
      const line = lines.find((l) => l.operation === 'MyTopics');
      expect(line).toMatchObject({ req: { method: 'POST', path: '/graphql' }, userId: user.id, res: { status: 200 }, msg: expect.stringMatching(/^POST \/graphql 200 \d+ ms$/) });
      expect(typeof line!.responseTime).toBe('number');
      const text = JSON.stringify(line);
      expect(text).not.toContain(user.email);
      expect(text).not.toContain('pf_session');
    } finally {
      await t.close();
    }
  });
});
