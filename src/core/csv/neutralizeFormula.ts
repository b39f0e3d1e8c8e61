import { classifyCell } from './parseNumericCell';

// Characters that make Excel, LibreOffice or Google Sheets evaluate a cell as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * Makes a cell safe to open in a spreadsheet: a non-numeric cell starting with `=`, `+`, `-`, `@`, tab,
 * CR or LF gets a leading `'`, which spreadsheets show as a plain-text marker. Numbers such as `-3.5` or
 * `+4` (and `-3,5` when `decimalComma`) stay untouched so numeric columns remain numeric, as does the
 * lone `-` used as a missing-value marker, which spreadsheets already read as text.
 */
export function neutralizeFormula(cell: string, decimalComma = false): string {
  if (!FORMULA_START.test(cell) || cell === '-') return cell;
  if (classifyCell(cell, decimalComma).kind === 'number') return cell;
  return `'${cell}`;
}
