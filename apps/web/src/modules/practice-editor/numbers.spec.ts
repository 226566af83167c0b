import { numberForInput, parseLocaleNumber } from './numbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['1.234,5', 'de', 1234.5],
    ['1234.5', 'de', 1234.5],
    ['1234,5', 'de', 1234.5],
    ['1,234.5', 'de', 1234.5],
    ['1.234', 'de', 1234],
    ['12.500.000', 'de', 12_500_000],
    ['1,5', 'de', 1.5],
    ['0,25', 'de', 0.25],
    [' 48 ', 'de', 48],
    ['1 234,5', 'de', 1234.5],
    ['-3,5', 'de', -3.5],
    ['−3', 'de', -3],
    ['1.234', 'en', 1.234],
    ['1,234', 'en', 1234],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'en', 1234.5],
    ['1234,5', 'en', 1234.5],
  ])('reads %j (%s) as %d', (text, lng, expected) => {
    expect(parseLocaleNumber(text, lng)).toBe(expected);
  });

  it('returns undefined for empty input and NaN for words or broken groups', () => {
    expect(parseLocaleNumber('  ', 'de')).toBeUndefined();
    expect(parseLocaleNumber('zwölf', 'de')).toBeNaN();
    expect(parseLocaleNumber('1.2.3', 'de')).toBeNaN();
    expect(parseLocaleNumber('1,2,3.4', 'en')).toBeNaN();
    expect(parseLocaleNumber('12a', 'de')).toBeNaN();
  });
});

describe('numberForInput', () => {
  it('writes the decimal mark of the language without grouping', () => {
    expect(numberForInput(1234.5, 'de')).toBe('1234,5');
    expect(numberForInput(1234.5, 'en')).toBe('1234.5');
    expect(numberForInput(null, 'de')).toBe('');
  });
});
