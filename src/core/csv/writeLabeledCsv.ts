import { neutralizeFormula } from './neutralizeFormula';
import type { Table } from './parseTable';

/** A column appended to the export, such as the cluster label. */
export interface LabelColumn {
  readonly name: string;
  /** One value per data row, in table order; '' for a row left out of clustering. */
  readonly values: readonly string[];
}

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

/**
 * Writes the table with extra columns as comma-delimited RFC 4180 text with CRLF line ends (and a final
 * CRLF), no BOM; title lines found above the header come first, as they were. Every original cell keeps its exact text, so `0001` stays `0001` and a decimal-comma
 * `15,5` stays `15,5` (quoted). Cells are quoted when they contain a comma, quote, line break, `;`, tab
 * or `|`, or start/end with whitespace. Formula-like text gets a `'` prefix (see {@link neutralizeFormula}); numbers
 * are never prefixed. Ragged rows: a short row is padded with empty cells to the header's width so the
 * added columns line up under their names; a long row's extra cells follow the added columns, so nothing
 * is dropped. Throws a RangeError when an added column's length differs from the row count, since
 * misaligned labels would silently put customers in the wrong segment.
 */
export function writeLabeledCsv(table: Table, added: readonly LabelColumn[]): string {
  for (const column of added) {
    if (column.values.length !== table.rows.length) {
      throw new RangeError(
        `Column “${column.name}” has ${column.values.length} values but the table has ${table.rows.length} rows.`,
      );
    }
  }
  const width = table.header.length;
  const out: string[] = [
    ...encodeTitles(table.titles ?? [], table.decimalComma),
    encodeLabeledHeader(
      table.header,
      added.map((column) => column.name),
      table.decimalComma,
    ),
  ];
  table.rows.forEach((row, i) => {
    out.push(
      encodeLabeledRow(
        row,
        width,
        added.map((column) => column.values[i] ?? ''),
        table.decimalComma,
      ),
    );
  });
  return out.join(LINE_END) + LINE_END;
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
 * One data row of the export (no line end), exactly as {@link writeLabeledCsv} writes it: padded to
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
