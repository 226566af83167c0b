import { type EntityManager } from 'typeorm';
import { hashToken, newToken } from '../core/auth/tokens.js';
import { DomainError } from '../core/errors/domain-error.js';

export type TokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export const TOKEN_HOURS: Record<TokenPurpose, number> = { verify_email: 48, reset_password: 1, change_email: 48 };

export async function issueUserToken(manager: EntityManager, userId: string, purpose: TokenPurpose, email?: string, hours = TOKEN_HOURS[purpose]) {
  const token = newToken();
  await manager.query(`INSERT INTO user_token (token_hash, user_id, purpose, email, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`, [
    hashToken(token),
    userId,
    purpose,
    email ?? null,
    hours,
  ]);
  return token;
}

/**
 * Takes a one-time token (single use, within its lifetime) inside the caller's transaction and
 * marks it used; refuses unknown, used and expired tokens, each with its own code.
 */
export async function consumeUserToken(manager: EntityManager, token: string, purposes: TokenPurpose[]) {
  const rows = await manager.query<{ id: string; user_id: string; purpose: TokenPurpose; email: string | null; expired: boolean; used: boolean }[]>(
    `SELECT id, user_id, purpose, email, expires_at <= now() AS expired, used_at IS NOT NULL AS used
       FROM user_token WHERE token_hash = $1 AND purpose = ANY($2::text[]) FOR UPDATE`,
    [hashToken(token), purposes],
  );
  const row = rows[0];
  if (!row) throw new DomainError('TOKEN_INVALID', 'This link is not valid. Please check that you copied it completely.');
  if (row.used) throw new DomainError('TOKEN_USED', 'This link has already been used.');
  if (row.expired) throw new DomainError('TOKEN_EXPIRED', 'This link has expired. Please request a new one.');
  await manager.query(`UPDATE user_token SET used_at = now() WHERE id = $1`, [row.id]);
  return { userId: row.user_id, purpose: row.purpose, email: row.email };
}
