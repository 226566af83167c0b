import type { TFunction } from 'i18next';
import { ATTACHMENT_TYPES } from '@praxisforum/domain';
import { formatDate, formatNumber } from '../../ui/format';
import type { OutcomeView } from './graphql/types';

/** Whole euros: costs are stored as integers. */
export function formatEur(value: number, lng: string | undefined): string {
  return formatNumber(value, lng, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}

/** Figures keep up to two decimals (rates such as 12.5 %), without trailing zeros. */
export function formatFigure(value: number, lng: string | undefined): string {
  return formatNumber(value, lng, { maximumFractionDigits: 2 });
}

/** "48 Personen"; the unit is free text written by the municipality. */
export function formatOutcomeValue(outcome: Pick<OutcomeView, 'value' | 'unit'>, lng: string | undefined): string {
  return `${formatFigure(outcome.value, lng)} ${outcome.unit}`;
}

/** "Teilnehmende: 48 Personen (Stand 31. Dezember 2024)" for places where a table does not fit. */
export function outcomeLine(t: TFunction, outcome: OutcomeView, lng: string | undefined): string {
  return t('practices.outcomes.line', {
    label: outcome.label,
    value: formatOutcomeValue(outcome, lng),
    asOf: formatDate(outcome.asOf, lng),
  });
}

const SIZE_UNITS = [
  { unit: 'gigabyte', factor: 1e9 },
  { unit: 'megabyte', factor: 1e6 },
  { unit: 'kilobyte', factor: 1e3 },
] as const;

/** File sizes in decimal units (kB, MB), as Intl names them in the UI language. */
export function formatFileSize(bytes: number, lng: string | undefined): string {
  const match = SIZE_UNITS.find(({ factor }) => bytes >= factor);
  if (!match) return formatNumber(bytes, lng, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  return formatNumber(bytes / match.factor, lng, { style: 'unit', unit: match.unit, maximumFractionDigits: 1 });
}

/** "PDF", "DOCX" …: the type as people know it from file names. */
export function fileTypeLabel(mimeType: string): string {
  const extension = (ATTACHMENT_TYPES as Record<string, string | undefined>)[mimeType];
  return extension ? extension.toUpperCase() : mimeType;
}

/** The period of the work: "seit …", "… bis …", or undefined when no start is known. */
export function formatPeriod(t: TFunction, start: string | null, end: string | null, lng: string | undefined): string | undefined {
  if (start && end) return t('practices.period.range', { start: formatDate(start, lng), end: formatDate(end, lng) });
  if (start) return t('practices.period.since', { start: formatDate(start, lng) });
  if (end) return t('practices.period.until', { end: formatDate(end, lng) });
  return undefined;
}

/** Today in Berlin as YYYY-MM-DD, the API's notion of "not in the future". */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}
