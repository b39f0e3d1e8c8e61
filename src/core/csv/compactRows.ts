import type { CompactTable } from './compactTable';
import { isBlankRecord } from './prepareText';
import { scanRecords } from './scanRecords';
import { packIds, type RowIds } from './rowIds';
import { unpackNumbers } from './packedNumbers';
import {
  encodeLabeledHeader,
  encodeLabeledRow,
  encodeTitles,
  LABELED_LINE_END,
  labeledColumnName,
} from './labeledCsv';

/**
 * Reads the data rows of a compact table back from its text, in order, with the same record and
 * blank-line rules that built it, so row i here is row i of the numbers. Each row array is handed over
 * and dropped; nothing per row is kept.
 */
export function forEachDataRow(table: CompactTable, visit: (row: string[], index: number) => void): void {
  let seenHeader = false;
  // The header is the first non-blank record after the titles.
  let aboveHeader = table.titles.length + 1;
  let index = 0;
  const width = table.header.length;
  scanRecords(table.text, table.delimiter, table.newline, (row) => {
    if (index >= table.rowCount) return;
    const blank = isBlankRecord(row);
    if (!seenHeader) {
      if (!blank) aboveHeader--;
      seenHeader = aboveHeader === 0;
      return;
    }
    // One-column files keep blank records between rows as rows; trailing ones fall past rowCount.
    if (blank && width > 1) return;
    visit(row, index++);
  });
}

/** The identifiers of every row, as rowIdentifiers gives them, packed (null when they are 1..n). */
export function compactRowIds(table: CompactTable, identifierColumn: number | null): RowIds | null {
  if (identifierColumn === null) return null;
  // A CustomerID of exactly 1..n (blanks fall back to the row number too) needs no second pass.
  if (table.plainIntegers[identifierColumn] === true) {
    const values = unpackNumbers(table.numbers[identifierColumn], table.rowCount);
    let rowNumbers = true;
    for (let i = 0; i < values.length && rowNumbers; i++) {
      const value = values[i] ?? NaN;
      rowNumbers = Number.isNaN(value) || value === i + 1;
    }
    if (rowNumbers) return null;
  }
  const ids: string[] = [];
  forEachDataRow(table, (row, i) => {
    const cell = row[identifierColumn];
    ids.push(cell !== undefined && cell.trim() !== '' ? cell.trim() : String(i + 1));
  });
  return packIds(ids);
}

// Rows joined per part: big enough that the Blob has few parts, small enough to never double the file.
const ROWS_PER_PART = 16_384;

/**
 * The labeled CSV of a compact table as text parts (for a Blob), byte for byte what writeLabeledCsv
 * writes for the same table: a Cluster column (1-based label, '' for -1) and, with `clusterNames`, a
 * Segment column. Rows are read back from the text one at a time, so memory stays near the output size.
 */
export function writeCompactLabeledCsv(
  table: CompactTable,
  rowLabels: Int32Array,
  clusterNames?: readonly string[],
): { parts: string[]; columnName: string } {
  if (rowLabels.length !== table.rowCount) {
    throw new RangeError(
      `Column “Cluster” has ${rowLabels.length} values but the table has ${table.rowCount} rows.`,
    );
  }
  const columnName = labeledColumnName(table.header, 'Cluster');
  const names = [columnName];
  if (clusterNames !== undefined) names.push(labeledColumnName([...table.header, columnName], 'Segment'));
  const parts: string[] = [
    ...encodeTitles(table.titles, table.decimalComma).map((line) => line + LABELED_LINE_END),
    encodeLabeledHeader(table.header, names, table.decimalComma) + LABELED_LINE_END,
  ];
  let lines: string[] = [];
  const width = table.header.length;
  forEachDataRow(table, (row, i) => {
    const label = rowLabels[i] ?? -1;
    const added = [label < 0 ? '' : String(label + 1)];
    if (clusterNames !== undefined) added.push(label < 0 ? '' : (clusterNames[label] ?? ''));
    lines.push(encodeLabeledRow(row, width, added, table.decimalComma));
    if (lines.length === ROWS_PER_PART) {
      parts.push(lines.join(LABELED_LINE_END) + LABELED_LINE_END);
      lines = [];
    }
  });
  if (lines.length > 0) parts.push(lines.join(LABELED_LINE_END) + LABELED_LINE_END);
  return { parts, columnName };
}
