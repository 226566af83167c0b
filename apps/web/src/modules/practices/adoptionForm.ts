import type { TFunction } from 'i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { currentLanguage } from '../../i18n';
import { apiErrors } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { apiErrorMessage, noProblems, type FormProblems } from '../../ui/problems';
import type { AdoptionKind, OutcomeInput } from '../../graphql/generated';
import type { AdoptionView } from './graphql/types';

export const OUTCOME_FIELDS = ['label', 'value', 'unit', 'asOf', 'source'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export interface OutcomeRow {
  /** Stable React key of the row (rows can be removed from the middle). */
  key: string;
  label: string;
  /** As typed: "12,5" in German, "12.5" in English. */
  value: string;
  unit: string;
  asOf: string;
  source: string;
}

export interface AdoptionFormValues {
  municipalitySlug: string;
  kind: AdoptionKind | '';
  adoptedOn: string;
  changes: string;
  results: string;
  outcomes: OutcomeRow[];
}

/** Field names as the API reports them: `adoptedOn`, `outcomes.0.unit` … */
export type AdoptionField = 'municipalitySlug' | 'kind' | 'adoptedOn' | 'changes' | 'results' | 'outcomes' | `outcomes.${number}.${OutcomeField}`;

const TOP_FIELDS = ['municipalitySlug', 'kind', 'adoptedOn', 'changes', 'results', 'outcomes'] as const;

export function outcomeField(index: number, field: OutcomeField): AdoptionField {
  return `outcomes.${index}.${field}`;
}

let rowCounter = 0;
export function emptyOutcomeRow(): OutcomeRow {
  rowCounter += 1;
  return { key: `row-${rowCounter}`, label: '', value: '', unit: '', asOf: '', source: '' };
}

/** The form's starting values: empty for a new adoption, the adoption's for an edit. */
export function initialValues(adoption: AdoptionView | undefined, municipalitySlug: string, lng: string | undefined): AdoptionFormValues {
  if (!adoption) return { municipalitySlug, kind: '', adoptedOn: '', changes: '', results: '', outcomes: [] };
  return {
    municipalitySlug: adoption.municipality.slug,
    kind: adoption.kind,
    adoptedOn: adoption.adoptedOn,
    changes: adoption.changes,
    results: adoption.results,
    outcomes: adoption.outcomes.map((o) => ({
      ...emptyOutcomeRow(),
      label: o.label,
      value: formatNumber(o.value, lng, { useGrouping: false, maximumFractionDigits: 20 }),
      unit: o.unit,
      asOf: o.asOf,
      source: o.source ?? '',
    })),
  };
}

// Strict per language, so "1.234" is never silently read as 1.234 by a German user or the reverse:
// anything ambiguous is refused with an example of the expected form.
const NUMBER_DE = /^[-−+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const NUMBER_EN = /^[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A figure as typed in the UI language; undefined if it is not a number. */
export function parseFigure(text: string, lng: string | undefined): number | undefined {
  const compact = text.trim().replace(/\s/g, '');
  if (!compact) return undefined;
  const german = currentLanguage(lng) === 'de';
  if (!(german ? NUMBER_DE : NUMBER_EN).test(compact)) return undefined;
  const normalised = (german ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '')).replace('−', '-');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface CheckOptions {
  /** Today in Berlin (YYYY-MM-DD). */
  today: string;
  lng: string | undefined;
  /** Recording needs a municipality; an edit keeps the adoption's. */
  needsMunicipality: boolean;
}

/** The checks the API applies (same limits), so most problems show before sending. */
export function checkAdoption(t: TFunction, values: AdoptionFormValues, { today, lng, needsMunicipality }: CheckOptions) {
  const fields: Partial<Record<AdoptionField, string>> = {};
  const e = (key: string, options: Record<string, unknown> = {}) => t(`practices.adoption.errors.${key}`, options);

  if (needsMunicipality && !values.municipalitySlug) fields.municipalitySlug = e('municipalitySlug');
  if (!values.kind) fields.kind = e('kind');
  if (!values.adoptedOn) fields.adoptedOn = e('adoptedOnRequired');
  else if (!isCalendarDate(values.adoptedOn)) fields.adoptedOn = e('adoptedOn');
  else if (values.adoptedOn > today) fields.adoptedOn = e('adoptedOnFuture');
  if (values.changes.trim().length > L.adoptionChangesMax) fields.changes = e('changes', { max: L.adoptionChangesMax });
  if (values.results.trim().length > L.adoptionResultsMax) fields.results = e('results', { max: L.adoptionResultsMax });
  if (values.outcomes.length > L.outcomesMax) fields.outcomes = e('outcomes', { max: L.outcomesMax });

  values.outcomes.forEach((row, i) => {
    const n = i + 1;
    const label = row.label.trim();
    if (!label) fields[outcomeField(i, 'label')] = e('outcomeLabelRequired', { n });
    else if (label.length > L.outcomeLabelMax) fields[outcomeField(i, 'label')] = e('outcomeLabelTooLong', { n, max: L.outcomeLabelMax });

    const value = parseFigure(row.value, lng);
    if (!row.value.trim()) fields[outcomeField(i, 'value')] = e('outcomeValueRequired', { n });
    else if (value === undefined) fields[outcomeField(i, 'value')] = e('outcomeValueNumber', { n });
    else if (Math.abs(value) > L.outcomeValueMax)
      fields[outcomeField(i, 'value')] = e('outcomeValueRange', { n, max: formatNumber(L.outcomeValueMax, lng) });

    const unit = row.unit.trim();
    if (!unit) fields[outcomeField(i, 'unit')] = e('outcomeUnitRequired', { n });
    else if (unit.length > L.outcomeUnitMax) fields[outcomeField(i, 'unit')] = e('outcomeUnitTooLong', { n, max: L.outcomeUnitMax });

    if (!row.asOf) fields[outcomeField(i, 'asOf')] = e('outcomeAsOfRequired', { n });
    else if (!isCalendarDate(row.asOf)) fields[outcomeField(i, 'asOf')] = e('outcomeAsOf', { n });
    else if (row.asOf > today) fields[outcomeField(i, 'asOf')] = e('outcomeAsOfFuture', { n });

    if (row.source.trim().length > L.outcomeSourceMax) fields[outcomeField(i, 'source')] = e('outcomeSourceTooLong', { n, max: L.outcomeSourceMax });
  });
  return fields;
}

/** The outcomes as the API takes them; call only after `checkAdoption` found nothing. */
export function toOutcomeInputs(rows: readonly OutcomeRow[], lng: string | undefined): OutcomeInput[] {
  return rows.map((row) => ({
    label: row.label.trim(),
    value: parseFigure(row.value, lng) ?? Number.NaN,
    unit: row.unit.trim(),
    asOf: row.asOf,
    source: row.source.trim() || null,
  }));
}

const OUTCOME_PATH = /^outcomes\.(\d+)\.(label|value|unit|asOf|source)$/;
const CAPITALISED: Record<OutcomeField, string> = { label: 'Label', value: 'Value', unit: 'Unit', asOf: 'AsOf', source: 'Source' };

/**
 * A failed save as form problems. BAD_USER_INPUT names fields like `adoptedOn` or
 * `outcomes.0.unit`: those messages go next to the field, in our words (the API's are English
 * developer sentences); everything else is translated by its code.
 */
export function adoptionProblems(t: TFunction, error: unknown, values: AdoptionFormValues): FormProblems<AdoptionField> {
  const problems = noProblems<AdoptionField>();
  const errors = apiErrors(error);
  if (errors.length === 0) {
    problems.general.push(t('errors.network'));
    return problems;
  }
  for (const apiError of errors) {
    const paths = Object.keys(apiError.fields);
    // Without field paths, or with paths this form has no field for: say it in general words.
    let unplaced = paths.length === 0;
    for (const rawPath of paths) {
      const path = rawPath.replace(/^input\./, '');
      const outcome = OUTCOME_PATH.exec(path);
      let field: AdoptionField | undefined;
      let message: string | undefined;
      if (outcome && Number(outcome[1]) < values.outcomes.length) {
        const index = Number(outcome[1]);
        const name = outcome[2] as OutcomeField;
        field = outcomeField(index, name);
        message = t(`practices.adoption.errors.outcome${CAPITALISED[name]}`, { n: index + 1 });
      } else if ((TOP_FIELDS as readonly string[]).includes(path)) {
        field = path as AdoptionField;
        const max = path === 'changes' ? L.adoptionChangesMax : path === 'results' ? L.adoptionResultsMax : L.outcomesMax;
        message = t(`practices.adoption.errors.${path}`, { max });
      }
      if (field && message) problems.fields[field] ??= message;
      else unplaced = true;
    }
    if (unplaced) problems.general.push(apiErrorMessage(t, apiError, 'practices.adoption'));
  }
  return problems;
}
