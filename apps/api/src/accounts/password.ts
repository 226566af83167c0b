import { readFileSync } from 'node:fs';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { LIMITS } from '@praxisforum/domain';
import { DomainError } from '../core/errors/domain-error.js';

// Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export const PASSWORD_MIN = LIMITS.passwordMin;
export const PASSWORD_MAX = LIMITS.passwordMax;

const common = new Set(
  readFileSync(new URL('../../assets/common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line && !line.startsWith('#')),
);

/** NIST 800-63B style: length, and not a known common password; no composition rules. */
export function checkPasswordStrength(password: string, context: string[] = []): void {
  if (password.length < PASSWORD_MIN) {
    throw new DomainError('WEAK_PASSWORD', `The password must have at least ${PASSWORD_MIN} characters.`, { fields: { password: ['too_short'] } });
  }
  if (password.length > PASSWORD_MAX) {
    throw new DomainError('WEAK_PASSWORD', `The password may have at most ${PASSWORD_MAX} characters.`, { fields: { password: ['too_long'] } });
  }
  const lower = password.toLowerCase();
  const sameCharacter = /^(.)\1+$/.test(password);
  const isContext = context.some((c) => c && lower === c.toLowerCase());
  if (common.has(lower) || sameCharacter || isContext) {
    throw new DomainError('WEAK_PASSWORD', 'This password is too common or easy to guess. Please choose another one.', {
      fields: { password: ['common'] },
    });
  }
}

export interface Argon2Params {
  memoryKib: number;
  timeCost: number;
}

export function hashPassword(password: string, params: Argon2Params): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: params.memoryKib, timeCost: params.timeCost, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
