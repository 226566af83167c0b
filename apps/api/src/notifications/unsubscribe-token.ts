import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../core/errors/domain-error.js';

/** Links in old mails keep working for a year; after that the settings page is the way. */
export const UNSUBSCRIBE_TOKEN_DAYS = 365;
const PURPOSE = 'unsubscribe-notification-mails';
const UUID_BYTES = 16;
const TIME_BYTES = 6;
const MAC_BYTES = 32;

function mac(secret: string, userId: string, issuedAt: number): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}\n${userId}\n${issuedAt}`).digest();
}

const uuidToBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const bytesToUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * A stateless one-click unsubscribe token: user id, issue time (seconds) and an HMAC-SHA256 over
 * both and the purpose, base64url in one piece (no dots, so it survives mail clients and the
 * link pattern of the web page). Nothing is stored: the secret is the only key.
 */
export function signUnsubscribeToken(secret: string, userId: string, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const time = Buffer.alloc(TIME_BYTES);
  time.writeUIntBE(issuedAt, 0, TIME_BYTES);
  return Buffer.concat([uuidToBytes(userId), time, mac(secret, userId, issuedAt)]).toString('base64url');
}

/** The user id of a valid token; TOKEN_INVALID for anything tampered, foreign or expired. */
export function verifyUnsubscribeToken(secret: string, token: string, now = new Date()): string {
  const invalid = () => new DomainError('TOKEN_INVALID', 'This unsubscribe link is not valid (any more). Change your e-mail settings on your account page.');
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]+$/.test(token)) throw invalid();
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== UUID_BYTES + TIME_BYTES + MAC_BYTES) throw invalid();
  const userId = bytesToUuid(raw.subarray(0, UUID_BYTES));
  const issuedAt = raw.readUIntBE(UUID_BYTES, TIME_BYTES);
  const expected = mac(secret, userId, issuedAt);
  if (!timingSafeEqual(expected, raw.subarray(UUID_BYTES + TIME_BYTES))) throw invalid();
  const ageSeconds = now.getTime() / 1000 - issuedAt;
  if (ageSeconds > UNSUBSCRIBE_TOKEN_DAYS * 86_400 || ageSeconds < -300) throw invalid();
  return userId;
}
