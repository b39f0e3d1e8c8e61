// RFC 4180: a field is quoted only when it must be, so the text the CSV reader sees is what the
// source's cells showed.
const NEEDS_QUOTES = /[",\r\n]/;

/** One field as RFC 4180 writes it: quoted (quotes doubled) only when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: the fields joined with commas, ended by LF. */
export function csvLine(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    line += csvField(fields[i] ?? '');
  }
  return `${line}\n`;
}

/** A cell value as a table source holds it (Parquet rows, already-typed workbook cells). */
export type CellValue = string | number | bigint | boolean | Date | null | undefined;

/**
 * A cell as text, the way the source shows it: numbers in their shortest round-trip form, booleans
 * TRUE/FALSE (as Excel writes them), dates as ISO 8601 ({@link isoDateText}), missing as empty. NaN
 * and infinities are written as empty: no spreadsheet shows them as numbers.
 */
export function cellText(value: CellValue): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? String(value) : '';
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    case 'undefined':
      return '';
    default:
      return value === null ? '' : isoDateText(value);
  }
}

/**
 * A UTC instant as ISO 8601: the date alone at midnight (a calendar date), else date and time with
 * milliseconds only when there are some; an invalid date is empty.
 */
export function isoDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}
