import { i18n } from '../../i18n';
import { fileTypeLabel, formatEur, formatFileSize, formatPeriod } from './format';

const t = i18n.t.bind(i18n);

describe('practice formatting', () => {
  it('formats file sizes in decimal units of the UI language', () => {
    expect(formatFileSize(512, 'de')).toBe('512 Byte');
    expect(formatFileSize(48_000, 'de')).toBe('48 kB');
    expect(formatFileSize(1_234_567, 'de')).toBe('1,2 MB');
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
  });

  it('names file types as people know them from file names', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('application/vnd.oasis.opendocument.text')).toBe('ODT');
    expect(fileTypeLabel('text/plain')).toBe('text/plain');
  });

  it('formats whole euros', () => {
    expect(formatEur(12000, 'de')).toBe('12.000\u00a0€');
    expect(formatEur(12000, 'en')).toBe('€12,000');
  });

  it('describes open and closed periods', () => {
    expect(formatPeriod(t, '2019-02-01', null, 'de')).toBe('seit 1. Februar 2019');
    expect(formatPeriod(t, '2019-02-01', '2022-12-31', 'de')).toBe('1. Februar 2019 bis 31. Dezember 2022');
    expect(formatPeriod(t, null, null, 'de')).toBeUndefined();
  });
});
