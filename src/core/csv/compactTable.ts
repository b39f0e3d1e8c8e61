import { assessColumns } from './assessTable';
import { createColumnTracker, type ColumnTracker, type ColumnStats } from './columnTracker';
import { detectDecimalComma } from './detectDecimalComma';
import { reportColumn, type ColumnReport } from './describeColumns';
import { findHeaderProblems } from './findHeaderProblems';
import { createRowTracker, type RowTracker } from './findRowProblems';
import type { ParseOptions } from './parseTable';
import {
  blankLinesProblem,
  headerOnlyProblem,
  isBlankRecord,
  prepareText,
  quoteProblems,
} from './prepareText';
import type { CsvProblem } from './problem';
import { scanRecords } from './readRecords';

/**
 * A parsed CSV without one array per row: the text itself (rows are read back from it for export) and
 * one column of numbers per header column. What {@link readCompactTable} builds for large files.
 */
export interface CompactTable {
  /** Column names exactly as written. */
  readonly header: string[];
  readonly rowCount: number;
  readonly delimiter: string;
  readonly decimalComma: boolean;
  /** The file's text after BOM removal and line-break unification, as the records were split from it. */
  readonly text: string;
  readonly newline: '\n' | '\r\n' | '\r';
  /** Per header column, its number in each row; NaN for a missing, text or absent cell. */
  readonly numbers: Float64Array[];
  /** Per header column: every cell blank or a plain integer (see ColumnStats.plainIntegers). */
  readonly plainIntegers: boolean[];
}

/** Result of {@link readCompactTable}: the same table, problems and column reports as parseTable gives. */
export interface CompactOutcome {
  readonly table: CompactTable | null;
  readonly problems: CsvProblem[];
  readonly columns: ColumnReport[];
}

// The decimal style is decided on the first rows, as detectDecimalComma does on a full table.
const DECIMAL_SAMPLE_ROWS = 1000;
// Progress is reported every this many records: often enough to move a bar, rarely enough to cost nothing.
const PROGRESS_EVERY = 16_384;

/**
 * Reads a CSV text exactly as {@link parseTable} does (same records, header, blank-line rules, problems
 * and column reports), but streams the records into per-column statistics and number columns instead of
 * keeping rows. `onProgress(done, total)` counts characters.
 */
export function readCompactTable(
  text: string,
  options: ParseOptions = {},
  onProgress?: (done: number, total: number) => void,
): CompactOutcome {
  const prepared = prepareText(text, options.delimiter);
  if (!prepared.ok) return { table: null, problems: prepared.problems, columns: [] };
  const { delimiter, newline } = prepared;
  const body = prepared.text;
  const problems = prepared.problems;

  let header: string[] | null = null;
  let headerLine = 1;
  const blank: number[] = [];
  // Blank records seen since the last row: skipped (or, in a one-column file, rows) only if a row follows.
  let pendingBlank: number[] = [];
  let sample: { row: string[]; line: number }[] | null = [];
  let columns: ColumnTracker[] = [];
  const tracking: { rows: RowTracker | null } = { rows: null };
  let decimalComma = false;
  let rowCount = 0;
  let records = 0;
  let lastEnd = 0;

  const start = (width: number, rows: readonly { row: string[]; line: number }[]): void => {
    decimalComma = detectDecimalComma(
      rows.map((r) => r.row),
      delimiter,
    );
    // Sized from the sample's average row length, so the columns rarely grow (each growth is a copy).
    const capacity = lastEnd > 0 ? Math.ceil(((body.length * records) / lastEnd) * 1.02) + 16 : 1024;
    columns = Array.from({ length: width }, () => createColumnTracker(decimalComma, capacity));
    tracking.rows = createRowTracker(width);
  };
  const take = (row: string[], line: number): void => {
    rowCount++;
    if (sample !== null) {
      sample.push({ row, line });
      if (sample.length < DECIMAL_SAMPLE_ROWS) return;
      flushSample();
      return;
    }
    addRow(row, line);
  };
  const addRow = (row: readonly string[], line: number): void => {
    tracking.rows?.add(row, line);
    for (let c = 0; c < columns.length; c++) columns[c]?.add(row[c], line);
  };
  const flushSample = (): void => {
    if (sample === null || header === null) return;
    const buffered = sample;
    sample = null;
    start(header.length, buffered);
    for (const { row, line } of buffered) addRow(row, line);
  };

  const quirks = scanRecords(body, delimiter, newline, (row, line, end) => {
    lastEnd = end;
    if (++records % PROGRESS_EVERY === 0) onProgress?.(end, body.length);
    const isBlank = isBlankRecord(row);
    if (header === null) {
      if (isBlank) return;
      header = row;
      headerLine = line;
      return;
    }
    if (isBlank) {
      pendingBlank.push(line);
      return;
    }
    for (const at of pendingBlank) {
      if (header.length > 1) blank.push(at);
      else take([''], at);
    }
    pendingBlank = [];
    take(row, line);
  });
  onProgress?.(body.length, body.length);
  const finalHeader: string[] = header ?? [''];
  if (header === null) header = finalHeader;
  flushSample();
  if (tracking.rows === null) start(finalHeader.length, []);

  problems.push(...quoteProblems(quirks));
  problems.push(...blankLinesProblem(blank));
  problems.push(...findHeaderProblems(finalHeader, headerLine));
  const stats: ColumnStats[] = columns.map((c) => c.stats());
  const reports = stats.map((s, index) => reportColumn(s, index, finalHeader[index] ?? ''));
  const table: CompactTable = {
    header: finalHeader,
    rowCount,
    delimiter,
    decimalComma,
    text: body,
    newline,
    numbers: stats.map((s) => s.values),
    plainIntegers: stats.map((s) => s.plainIntegers),
  };
  if (rowCount === 0) {
    problems.push(headerOnlyProblem(headerLine));
    return { table, problems, columns: reports };
  }
  problems.push(...(tracking.rows?.problems() ?? []));
  problems.push(
    ...assessColumns(rowCount, finalHeader.length, reports, (report) => {
      const s = stats[report.index];
      return { lines: s?.textLines ?? [], examples: s?.textExamples ?? [] };
    }),
  );
  return { table, problems, columns: reports };
}
