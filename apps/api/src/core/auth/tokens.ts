import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or an e-mail link: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only hashes of secrets are stored, so a leaked database cannot sign anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
