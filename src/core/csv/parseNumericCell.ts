import { readFormattedNumber, type ColumnNumberFormat, type FormattedNumber } from './numberFormat';

/** What a single cell holds once read as a potential number. */
export type CellKind = 'number' | 'missing' | 'text';

// Compared after trimming and lower-casing: spreadsheet, R, pandas, SQL and survey-tool spellings of "no value".
const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'null', 'nan', 'none', '#n/a', '#na', '?', '-', '--', '.']);

// The strict form: no thousands separators, currency, units, hex or Infinity. Formatted numbers ("$15",
// "15k", "1,000") are read by readCell in a column's own format, never by guessing cell by cell.
const DOT_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;

/** True when a cell is an explicit or implicit hole: empty/whitespace, NA, N/A, NULL, NaN, None, #N/A, ?, - … */
export function isMissingToken(cell: string): boolean {
  return MISSING_TOKENS.has(cell.trim().toLowerCase());
}

/**
 * Classifies one cell. `value` is the parsed number for kind `number` and NaN otherwise. With
 * `decimalComma` only a comma is a decimal separator ("15,5"), and a dotted "15.5" is text, because in
 * such files a dot is usually a thousands separator and guessing would silently scale values.
 */
export function classifyCell(cell: string, decimalComma: boolean): { kind: CellKind; value: number } {
  if (isMissingToken(cell)) return { kind: 'missing', value: NaN };
  return classifyPresentCell(cell.trim(), decimalComma);
}

/**
 * {@link classifyCell} for a cell already known to be trimmed and not a missing-value token (say, one
 * starting and ending with a digit): skips the token lookup, the costly part on a million rows.
 */
export function classifyPresentCell(
  trimmed: string,
  decimalComma: boolean,
): { kind: CellKind; value: number } {
  const pattern = decimalComma ? COMMA_NUMBER : DOT_NUMBER;
  if (!pattern.test(trimmed)) return { kind: 'text', value: NaN };
  const value = Number(decimalComma ? trimmed.replace(',', '.') : trimmed);
  // "1e999" matches the pattern but overflows; an infinite coordinate would break clustering.
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', value: NaN };
}

/** A cell read in its column's format: strict numbers first, then written-out ones ("15,000", "$15k"). */
export interface ReadCell {
  readonly kind: CellKind;
  readonly value: number;
  /** Present when only the formatting made it a number. */
  readonly formatted?: FormattedNumber;
}

/**
 * Reads one cell of a column whose numbers are written in `format` (see decideColumnFormats): missing
 * tokens are holes, strict numbers are numbers, and so are numbers with thousands separators, currency,
 * `%` or a `k` suffix; anything else ("0x10", "15 thousand") is text.
 */
export function readCell(cell: string, format: ColumnNumberFormat): ReadCell {
  const decimalComma = format.decimal === ',';
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  // A cell starting and ending with a digit has no surrounding space and is no missing-value token.
  const plain =
    first >= 48 && first <= 57 && last >= 48 && last <= 57
      ? classifyPresentCell(cell, decimalComma)
      : classifyCell(cell, decimalComma);
  if (plain.kind !== 'text') return plain;
  const formatted = readFormattedNumber(cell.trim(), format);
  return formatted === null ? plain : { kind: 'number', value: formatted.value, formatted };
}
