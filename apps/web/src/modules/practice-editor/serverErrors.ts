import type { TFunction } from 'i18next';
import { CombinedGraphQLErrors } from '@apollo/client';
import { PRACTICE_LIMITS } from '@praxisforum/domain';
import { apiErrors } from '../../ui/errors';
import { apiErrorMessage, errorMessages } from '../../ui/problems';
import type { FieldErrors } from './formValues';

/** What a failed save or state change means for the editor. */
export interface EditorFailure {
  /** Someone else saved meanwhile (CONFLICT with `currentVersion`). */
  versionConflict: boolean;
  /** The practice is no longer editable in its state (CONFLICT with `state`), e.g. it went to review. */
  stateConflict: boolean;
  /** Problems per field, keyed like the API's paths (`outcomes.2.unit`). */
  fields: FieldErrors;
  /** Required sections still missing before submission (`extensions.missing`). */
  missing: string[];
  /** Everything else, translated. */
  general: string[];
}

function extension(error: unknown, name: string): unknown {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.map((e) => e.extensions?.[name]).find((value) => value !== undefined);
}

/** `outcomes.2.unit` → `outcomes.unit`: texts are per kind of field, not per row. */
const textKey = (path: string) =>
  path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('_');

/**
 * Reads a failed editor mutation. Field problems get the editor's text for that field (the API's
 * own sentence only as a fallback); required sections reported for a submission are listed
 * separately, since they are not wrong input but missing content.
 */
export function readEditorFailure(t: TFunction, error: unknown): EditorFailure {
  const errors = apiErrors(error);
  const failure: EditorFailure = { versionConflict: false, stateConflict: false, fields: {}, missing: [], general: [] };
  if (errors.length === 0) {
    failure.general = errorMessages(t, error);
    return failure;
  }
  const missing = extension(error, 'missing');
  if (Array.isArray(missing)) failure.missing = missing.filter((m): m is string => typeof m === 'string');
  for (const e of errors) {
    if (e.code === 'CONFLICT') {
      if (typeof extension(error, 'currentVersion') === 'number') failure.versionConflict = true;
      else failure.stateConflict = true;
      continue;
    }
    const entries = Object.entries(e.fields).filter(([path]) => !failure.missing.includes(path));
    for (const [path, messages] of entries) {
      // The shared limits are available to every text, e.g. "höchstens {{outcomeUnitMax}} Zeichen".
      failure.fields[path] ??= t(`practiceEditor.serverErrors.${textKey(path)}`, {
        ...PRACTICE_LIMITS,
        defaultValue: messages[0] ?? t('errors.unknown'),
      });
    }
    if (entries.length === 0 && failure.missing.length === 0) failure.general.push(apiErrorMessage(t, e, 'practiceEditor'));
  }
  return failure;
}
