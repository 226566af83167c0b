import { formatDate, formatDateTime } from './format';

describe('date formatting', () => {
  it('formats calendar days in German and British English without shifting the day', () => {
    expect(formatDate('2018-05-28', 'de')).toBe('28. Mai 2018');
    expect(formatDate('2018-05-28', 'en')).toBe('28 May 2018');
  });

  it('shows times in Berlin time', () => {
    expect(formatDateTime('2026-07-01T22:30:00Z', 'de')).toBe('2. Juli 2026 um 00:30');
  });

  it('returns unparseable input unchanged', () => {
    expect(formatDate('demnächst', 'de')).toBe('demnächst');
  });
});
