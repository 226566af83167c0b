import { startTestApp } from '../../../test/test-app.js';
import { uniqueTag } from '../../../test/factories/municipality.factory.js';

const SIGN_IN = `mutation ($e: String!) { signIn(input: { email: $e, password: "wrong password!" }) { id } }`;

async function signInFrom(baseUrl: string, address: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-praxisforum-csrf': '1', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: `${uniqueTag()}@example.org` } }),
  });
  return ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
}

describe('client addresses for rate limits', () => {
  it('behind a proxy (TRUST_PROXY=1), counts sign-in attempts per forwarded client address', async () => {
    const t = await startTestApp({ trustProxy: 1 });
    try {
      expect(await signInFrom(t.baseUrl, '203.0.113.7')).toBe('INVALID_CREDENTIALS');
      const rows = await t.dataSource.query(`SELECT hits FROM rate_limit WHERE key = 'signin:ip:203.0.113.7'`);
      expect(rows).toEqual([{ hits: 1 }]);
    } finally {
      await t.close();
    }
  });

  it('without a proxy, ignores X-Forwarded-For so clients cannot pick their own address', async () => {
    const t = await startTestApp({ trustProxy: 0 });
    try {
      await signInFrom(t.baseUrl, '198.51.100.9');
      expect(await t.dataSource.query(`SELECT key FROM rate_limit WHERE key = 'signin:ip:198.51.100.9'`)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
