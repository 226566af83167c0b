import { currentLanguage, localeFor } from '../../i18n';

/** Spaces (also the narrow no-break ones Intl uses) and apostrophes group digits; ignore them. */
const GROUPING_SPACES = /[\s\u00a0\u202f'’]/g;
const THOUSANDS = /^\d{1,3}(?:[.,]\d{3})+$/;

/**
 * Reads a number as people type it, in either notation: "1.234,5", "1234,5", "1234.5",
 * "1,234.5", "-3" and "−3" (typographic minus). With both separators the last one is the
 * decimal mark. A lone separator is ambiguous ("1.234"): in German it groups thousands when it is
 * followed by exactly three digits, otherwise it is the decimal mark; in English a lone "." is the
 * decimal mark and a lone "," groups thousands in the same way. Returns undefined for empty input
 * and NaN for text that is not a number.
 */
export function parseLocaleNumber(text: string, lng?: string): number | undefined {
  let s = text.replace(GROUPING_SPACES, '').replace(/^[−–]/, '-');
  if (s === '') return undefined;
  const negative = s.startsWith('-');
  if (negative || s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return Number.NaN;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || fraction.includes(group)) return Number.NaN;
    if (intPart.includes(group) && !THOUSANDS.test(intPart)) return Number.NaN;
    normalized = `${intPart.replaceAll(group, '')}.${fraction}`;
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    if (!sep) normalized = s;
    else {
      const parts = s.split(sep);
      const groups = parts.length > 2 || (THOUSANDS.test(s) && (currentLanguage(lng) === 'de' || sep === ','));
      if (groups) {
        if (!THOUSANDS.test(s)) return Number.NaN;
        normalized = parts.join('');
      } else normalized = `${parts[0]}.${parts[1]}`;
    }
  }
  if (normalized.startsWith('.') || normalized.endsWith('.')) normalized = normalized.replace(/^\./, '0.').replace(/\.$/, '');
  const value = Number(normalized);
  return negative ? -value : value;
}

/** A stored number as the input shows it: the locale's decimal mark, no grouping, no rounding. */
export function numberForInput(value: number | null | undefined, lng?: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(localeFor(lng), { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}
