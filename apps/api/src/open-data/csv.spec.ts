import { csvField, csvRow, joinList, neutraliseFormula, parseCsv, UTF8_BOM } from './csv.js';
import { CSV_HEADER, formatOutcome } from './practice-export.js';

describe('CSV cells (RFC 4180)', () => {
  it('leaves plain text alone and quotes commas, quotes, CR and LF', () => {
    expect(csvField('Sprachcafé Ulm')).toBe('Sprachcafé Ulm');
    expect(csvField('Ulm, Neu-Ulm')).toBe('"Ulm, Neu-Ulm"');
    expect(csvField('das „Café“ "Treff"')).toBe('"das „Café“ ""Treff"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('Zeile 1\r\nZeile 2')).toBe('"Zeile 1\r\nZeile 2"');
  });

  it('writes empty cells for null, numbers as numbers and booleans as true/false', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12500)).toBe('12500');
    expect(csvField(7.5)).toBe('7.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+49 711 123', '-1+1', '@SUM(A1:A2)', '\tcmd', '\rcmd'])(
    'neutralises the formula start of %j with a leading apostrophe',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
      expect(parseCsv(csvRow([text]))[0][0]).toBe(`'${text}`);
    },
  );

  it('does not touch text that merely contains formula characters, nor numbers', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(' =1')).toBe(' =1');
    expect(csvField(-5)).toBe('-5');
  });

  it('ends every record with CRLF and reads back to the same values', () => {
    const values = ['Kommune, Stadt', 'say "hi"', 'two\nlines', '=1+2', '', 'Ümlaut ß'];
    const line = csvRow(values);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(parseCsv(line)).toEqual([['Kommune, Stadt', 'say "hi"', 'two\nlines', "'=1+2", '', 'Ümlaut ß']]);
    expect(parseCsv(UTF8_BOM + line + line)).toHaveLength(2);
  });
});

describe('list cells', () => {
  it('joins with | and escapes | and \\ inside values', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a', 'b'])).toBe('a|b');
    expect(joinList(['Bund|Land', 'C:\\x'])).toBe('Bund\\|Land|C:\\\\x');
  });

  it('formats outcomes as label=value unit@asOf', () => {
    expect(formatOutcome({ label: 'Teilnehmende', value: 120, unit: 'Personen', asOf: '2024-12-31', source: null })).toBe('Teilnehmende=120 Personen@2024-12-31');
    expect(formatOutcome({ label: 'Quote', value: 0.25, unit: '', asOf: '2024-06-30', source: 'Bericht' })).toBe('Quote=0.25@2024-06-30');
  });
});

describe('the documented columns', () => {
  it('keep their order (a public interface: add at the end, never reorder)', () => {
    expect(CSV_HEADER).toEqual([
      'slug', 'url', 'title', 'summary', 'is_example', 'municipality_slug', 'municipality_name', 'municipality_kind', 'region',
      'partner_municipalities', 'topics', 'target_groups', 'work_status', 'period_start', 'period_end', 'problem', 'approach',
      'results', 'outcomes', 'outcome_count', 'cost_one_off_eur', 'cost_yearly_eur', 'funding_sources', 'staff_hours_per_month',
      'partners', 'success_factors', 'obstacles', 'transferability', 'transferable_kinds', 'transferable_sizes', 'adoption_count',
      'adopted_by', 'published_at', 'updated_at',
    ]);
  });
});
