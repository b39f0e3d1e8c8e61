/** What a single cell holds once read as a potential number. */
export type CellKind = 'number' | 'missing' | 'text';

// Compared after trimming and lower-casing: spreadsheet, R, pandas, SQL and survey-tool spellings of "no value".
const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'null', 'nan', 'none', '#n/a', '#na', '?', '-', '--', '.']);

// Deliberately strict: no thousands separators, currency, units, hex or Infinity, so that "$15", "15k",
// "0x10" or "1,000" are reported as text instead of silently becoming a different number.
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
