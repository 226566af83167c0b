import { localeFor } from '../i18n';

const TIME_ZONE = 'Europe/Berlin';

/** Formats an ISO date ("2018-05-28") or date-time; returns the input if it cannot be parsed. */
export function formatDate(iso: string, lng: string | undefined): string {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  // A bare date means a calendar day: anchor it at noon UTC so no time zone shifts the day.
  const date = dateOnly
    ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 12))
    : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(lng), { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

export function formatDateTime(iso: string, lng: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(lng), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

export function formatNumber(value: number, lng: string | undefined, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeFor(lng), options).format(value);
}
