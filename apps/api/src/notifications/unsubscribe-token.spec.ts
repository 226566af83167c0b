import { DomainError } from '../core/errors/domain-error.js';
import { signUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS, verifyUnsubscribeToken } from './unsubscribe-token.js';

const SECRET = 'a-test-secret-that-is-long-enough-1234567890';
const USER = '3f0c6a52-8a4e-4c1e-9a44-0d6f1c1f2b7a';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
  return 'none';
};

describe('unsubscribe tokens', () => {
  it('round-trips the user id and uses only URL-safe characters', () => {
    const token = signUnsubscribeToken(SECRET, USER);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(SECRET, token)).toBe(USER);
  });

  it('refuses a token with any byte changed, another secret, or garbage', () => {
    const token = signUnsubscribeToken(SECRET, USER);
    const raw = Buffer.from(token, 'base64url');
    for (const index of [0, 17, raw.length - 1]) {
      const changed = Buffer.from(raw);
      changed[index] ^= 1;
      expect(code(() => verifyUnsubscribeToken(SECRET, changed.toString('base64url')))).toBe('TOKEN_INVALID');
    }
    expect(code(() => verifyUnsubscribeToken(`${SECRET}x`, token))).toBe('TOKEN_INVALID');
    expect(code(() => verifyUnsubscribeToken(SECRET, 'abc.def'))).toBe('TOKEN_INVALID');
    expect(code(() => verifyUnsubscribeToken(SECRET, ''))).toBe('TOKEN_INVALID');
  });

  it('expires after a year', () => {
    const issued = new Date('2025-01-01T00:00:00Z');
    const token = signUnsubscribeToken(SECRET, USER, issued);
    expect(verifyUnsubscribeToken(SECRET, token, new Date(issued.getTime() + 300 * 86_400_000))).toBe(USER);
    expect(code(() => verifyUnsubscribeToken(SECRET, token, new Date(issued.getTime() + (UNSUBSCRIBE_TOKEN_DAYS + 1) * 86_400_000)))).toBe('TOKEN_INVALID');
  });
});
