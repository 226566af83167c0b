/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a header row. A field is quoted when it contains
 * a comma, a double quote, CR or LF; double quotes inside are doubled.
 *
 * Spreadsheet formula injection (CWE-1236): a text cell starting with `=`, `+`, `-`, `@`, tab or
 * CR would be run as a formula by Excel or LibreOffice. Such cells get a leading `'`, which the
 * spreadsheet shows as plain text. Only text is neutralised: numbers we write ourselves (costs,
 * counts) are never prefixed.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** Byte order mark: without it Excel reads UTF-8 as Windows-1252 and umlauts break. */
export const UTF8_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe for spreadsheets: prefixed with `'` when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, neutralised and quoted as needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF line end. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}

/**
 * Several values in one cell, separated by `|`. A `|` or `\` inside a value is escaped with a
 * backslash (`\|`, `\\`), so the list can be split back without loss.
 */
export function joinList(values: readonly (string | number)[]): string {
  return values.map((v) => String(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

/** Reads RFC 4180 CSV back into records (for round-trip tests and tools; the BOM is skipped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const start = text.startsWith(UTF8_BOM) ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
