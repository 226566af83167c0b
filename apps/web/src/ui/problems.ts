import type { TFunction } from 'i18next';
import { LIMITS } from '@praxisforum/domain';
import { apiErrors, type ApiError } from './errors';

/** What went wrong with a form submission: messages per field, and the rest. */
export interface FormProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  general: string[];
}

export function noProblems<F extends string>(): FormProblems<F> {
  return { fields: {}, general: [] };
}

export function hasProblems(problems: FormProblems<string>): boolean {
  return problems.general.length > 0 || Object.keys(problems.fields).length > 0;
}

const TOKEN = /^[a-z][a-z_]*$/i;

/**
 * Translates the API's message about one input field. Codes such as `too_short` or `wrong` have
 * their own text (`errors.fields.<field>.<code>`); validator sentences fall back to the field's
 * general text (`errors.fields.<field>.invalid`), and only then to the server's words.
 */
export function fieldMessage(t: TFunction, field: string, messages: readonly string[]): string {
  const first = messages[0] ?? '';
  const keys = [...(TOKEN.test(first) ? [`errors.fields.${field}.${first}`] : []), `errors.fields.${field}.invalid`];
  // The shared limits are available to every text, e.g. "mindestens {{passwordMin}} Zeichen".
  return t(keys, { ...LIMITS, defaultValue: first || t('errors.unknown') });
}

/**
 * The text for an API error, chosen by its code: first `<context>.errors.<CODE>` (a page can say
 * it more precisely), then `errors.<CODE>`, and the server's message only as a last resort.
 */
export function apiErrorMessage(t: TFunction, error: ApiError, context?: string): string {
  if (!error.code) return error.message || t('errors.unknown');
  const keys = [...(context ? [`${context}.errors.${error.code}`] : []), `errors.${error.code}`];
  if (error.code === 'RATE_LIMITED') {
    const count = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t(keys, { count, defaultValue: error.message });
  }
  return t(keys, { defaultValue: error.message });
}

/** All messages of a failed operation, translated by code; a network text for transport failures. */
export function errorMessages(t: TFunction, error: unknown, context?: string): string[] {
  const errors = apiErrors(error);
  if (errors.length === 0) return [t('errors.network')];
  return errors.map((e) => apiErrorMessage(t, e, context));
}

interface Options<F extends string> {
  /** The form's fields: problems the API reports for them are shown next to them. */
  fields: readonly F[];
  /** API field names that mean a differently named form field (e.g. `password` → `newPassword`). */
  aliases?: Partial<Record<string, F>>;
  /** Prefix for page-specific texts of error codes, see `apiErrorMessage`. */
  context?: string;
}

/** Turns a failed mutation into form problems: field messages next to fields, the rest as general messages. */
export function problemsFromError<F extends string>(t: TFunction, error: unknown, options: Options<F>): FormProblems<F> {
  const problems = noProblems<F>();
  const errors = apiErrors(error);
  if (errors.length === 0) {
    problems.general.push(t('errors.network'));
    return problems;
  }
  for (const e of errors) {
    const fieldEntries = Object.entries(e.fields).filter(([, messages]) => messages.length > 0);
    for (const [path, messages] of fieldEntries) {
      // Nested inputs are reported as "input.email": the last segment names the field.
      const name = path.split('.').pop() ?? path;
      const target = options.aliases?.[name] ?? (options.fields.includes(name as F) ? (name as F) : undefined);
      const message = fieldMessage(t, name, messages);
      if (target && !problems.fields[target]) problems.fields[target] = message;
      else if (!target) problems.general.push(message);
    }
    if (fieldEntries.length === 0) problems.general.push(apiErrorMessage(t, e, options.context));
  }
  return problems;
}
