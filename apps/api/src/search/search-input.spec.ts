import { SEARCH_LIMITS } from '@praxisforum/domain';
import { berlinDay, cutQuery } from './search-input.js';

describe('cutQuery', () => {
  it('keeps a normal query as typed, whitespace collapsed', () => {
    expect(cutQuery('  Sprachcafé   Ehrenamt ')).toEqual({ text: 'Sprachcafé Ehrenamt', truncated: false });
  });

  it('cuts a query of more than 10 words to its first 10 and says so', () => {
    const words = Array.from({ length: 14 }, (_, i) => `wort${i}`);
    const { text, truncated } = cutQuery(words.join(' '));
    expect(truncated).toBe(true);
    expect(text.split(' ')).toEqual(words.slice(0, SEARCH_LIMITS.queryMaxWords));
  });

  it('cuts a query of more than 200 characters at a word boundary', () => {
    const long = Array.from({ length: 8 }, () => 'Integrationsbeauftragtenkonferenz').join(' ');
    const { text, truncated } = cutQuery(long);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(SEARCH_LIMITS.queryMaxLength);
    expect(text.endsWith('Integrationsbeauftragtenkonferenz')).toBe(true);
  });

  it('never splits an emoji when cutting one long word', () => {
    const { text } = cutQuery('😀'.repeat(250));
    expect([...text].every((c) => c === '😀')).toBe(true);
    expect([...text]).toHaveLength(SEARCH_LIMITS.queryMaxLength);
  });

  it('turns a blank query into the empty browse query', () => {
    expect(cutQuery(' \n\t ')).toEqual({ text: '', truncated: false });
  });
});

describe('berlinDay', () => {
  it('starts a winter day at 23:00 UTC the day before', () => {
    expect(berlinDay('2026-01-15')).toEqual({ start: new Date('2026-01-14T23:00:00.000Z'), end: new Date('2026-01-15T22:59:59.999Z') });
  });

  it('starts a summer day at 22:00 UTC the day before', () => {
    expect(berlinDay('2026-07-01')!.start).toEqual(new Date('2026-06-30T22:00:00.000Z'));
  });

  it('gives the day clocks go forward 23 hours', () => {
    const day = berlinDay('2026-03-29')!;
    expect(day.end.getTime() + 1 - day.start.getTime()).toBe(23 * 3_600_000);
  });

  it('refuses a date that does not exist', () => {
    expect(berlinDay('2026-02-30')).toBeUndefined();
  });
});
