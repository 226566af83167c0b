import { SEARCH_LIMITS } from '@praxisforum/domain';

/**
 * Cuts a query to the limits (200 characters, 10 words) instead of refusing it: a pasted paragraph
 * still searches its beginning, and the page says it was cut. Whitespace runs count as one.
 */
export function cutQuery(raw: string): { text: string; truncated: boolean } {
  const collapsed = raw.replace(/\s+/gu, ' ').trim();
  let words = collapsed ? collapsed.split(' ') : [];
  let truncated = false;
  if (words.length > SEARCH_LIMITS.queryMaxWords) {
    words = words.slice(0, SEARCH_LIMITS.queryMaxWords);
    truncated = true;
  }
  let text = words.join(' ');
  if (text.length > SEARCH_LIMITS.queryMaxLength) {
    // Cut at the last word boundary within the limit (by code points: no broken emoji).
    const chars = [...text].slice(0, SEARCH_LIMITS.queryMaxLength).join('');
    const lastSpace = chars.lastIndexOf(' ');
    text = (lastSpace > SEARCH_LIMITS.queryMaxLength / 2 ? chars.slice(0, lastSpace) : chars).trim();
    truncated = true;
  }
  return { text, truncated };
}

/** Offset of the UTC instant from Berlin wall time at that instant, in minutes (60 or 120). */
function berlinOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - instant.getTime()) / 60_000);
}

/**
 * The UTC instants a Berlin calendar day (YYYY-MM-DD) starts and ends at: a date filter means the
 * day as people in Baden-Württemberg see it. Undefined for a date that does not exist (2026-02-30).
 */
export function berlinDay(isoDate: string): { start: Date; end: Date } | undefined {
  const [y, m, d] = isoDate.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  const check = new Date(midnightUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  const startOf = (utcMidnight: number) => new Date(utcMidnight - berlinOffsetMinutes(new Date(utcMidnight)) * 60_000);
  const start = startOf(midnightUtc);
  const nextStart = startOf(midnightUtc + 86_400_000);
  return { start, end: new Date(nextStart.getTime() - 1) };
}
