import type { TFunction } from 'i18next';
import { LIMITS } from '@praxisforum/domain';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client-side checks with the limits the API applies; the API checks again. Undefined means fine. */
export function checkEmail(t: TFunction, value: string): string | undefined {
  const email = value.trim();
  if (!email) return t('errors.fields.email.required', LIMITS);
  if (email.length > LIMITS.emailMax || !EMAIL_PATTERN.test(email)) return t('errors.fields.email.invalid', LIMITS);
  return undefined;
}

export function checkDisplayName(t: TFunction, value: string): string | undefined {
  const name = value.trim();
  if (!name) return t('errors.fields.displayName.required', LIMITS);
  if (name.length < LIMITS.displayNameMin || name.length > LIMITS.displayNameMax) return t('errors.fields.displayName.invalid', LIMITS);
  return undefined;
}

/** A new password: long enough, not too long (the API also refuses common ones). */
export function checkNewPassword(t: TFunction, value: string): string | undefined {
  if (!value) return t('errors.fields.password.required', LIMITS);
  if (value.length < LIMITS.passwordMin) return t('errors.fields.password.too_short', LIMITS);
  if (value.length > LIMITS.passwordMax) return t('errors.fields.password.too_long', LIMITS);
  return undefined;
}

/** An existing password: only required. */
export function checkPasswordGiven(t: TFunction, value: string): string | undefined {
  return value ? undefined : t('errors.fields.password.required', LIMITS);
}

/** Keeps only the fields that have a message. */
export function collect<F extends string>(checks: Record<F, string | undefined>): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  for (const [field, message] of Object.entries(checks) as [F, string | undefined][]) {
    if (message) result[field] = message;
  }
  return result;
}
