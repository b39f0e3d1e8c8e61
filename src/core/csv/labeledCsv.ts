import { neutralizeFormula } from './neutralizeFormula';

// CRLF is what RFC 4180 specifies and what Excel on Windows writes; every reader we care about accepts it.
const LINE_END = '\r\n';

/**
 * A name for a new column that does not clash with the header: `wanted` itself, or `wanted_2`,
 * `wanted_3`, … (compared case-insensitively, since spreadsheets and pandas users treat
 * "cluster" and "Cluster" as the same column).
 */
export function labeledColumnName(header: readonly string[], wanted = 'Cluster'): string {
  const taken = new Set(header.map((name) => name.trim().toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The export's header line (no line end): the original names, then the added ones. */
export function encodeLabeledHeader(
  header: readonly string[],
  addedNames: readonly string[],
  decimalComma: boolean,
): string {
  return [...header, ...addedNames].map((cell) => encodeCell(cell, decimalComma)).join(',');
}

/**
 * One data row of the export (no line end), exactly as the reference writeLabeledCsv (tests/reference/csv) writes it: padded to
 * `width`, then the added values, then a long row's extra cells. Exported for writers that stream rows.
 */
export function encodeLabeledRow(
  row: readonly string[],
  width: number,
  addedValues: readonly string[],
  decimalComma: boolean,
): string {
  const cells = row.slice(0, width);
  while (cells.length < width) cells.push('');
  cells.push(...addedValues);
  for (let j = width; j < row.length; j++) cells.push(row[j] ?? '');
  return cells.map((cell) => encodeCell(cell, decimalComma)).join(',');
}

/** The export's lines above the header (no line ends): the file's title records, cells as written. */
export function encodeTitles(
  titles: readonly { readonly cells: readonly string[] }[],
  decimalComma: boolean,
): string[] {
  return titles.map((title) => title.cells.map((cell) => encodeCell(cell, decimalComma)).join(','));
}

/** The line end the export uses (CRLF). */
export const LABELED_LINE_END = LINE_END;

function encodeCell(cell: string, decimalComma: boolean): string {
  const safe = neutralizeFormula(cell, decimalComma);
  // Quoting ; tab and | too (RFC 4180 allows quoting any field) keeps delimiter detection from mistaking
  // them for the separator when the export is read back.
  const mustQuote = safe !== cell || /[",;|\t\r\n]/.test(safe) || /^\s|\s$/.test(safe);
  return mustQuote ? `"${safe.replace(/"/g, '""')}"` : safe;
}
