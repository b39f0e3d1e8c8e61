import { assessColumns } from './assessColumns';
import {
  createColumnTracker,
  type ColumnTracker,
  type ColumnStats,
  type FormattedCells,
} from './columnTracker';
import { detectDecimalComma } from './detectDecimalComma';
import { reportColumn, type ColumnReport } from './columnReport';
import { findHeaderProblems } from './findHeaderProblems';
import { findHeaderRow, HEADER_SEARCH_RECORDS, titleLinesProblem, type TitleLine } from './findHeaderRow';
import { createRowTracker, type RowTracker } from './rowTracker';
import {
  createSummaryScout,
  findSummaryRows,
  summaryRowsProblem,
  type SummaryRow,
  type SummaryScout,
} from './findSummaryRows';
import { decideColumnFormats, type ColumnNumberFormat } from './numberFormat';
import { packNumbers, type PackedNumbers } from './packedNumbers';
import type { ParseOptions } from './table';
import {
  blankLinesProblem,
  headerOnlyProblem,
  isBlankRecord,
  prepareText,
  quoteProblems,
} from './prepareText';
import type { CsvProblem } from './problem';
import { scanRecords, type RecordQuirks } from './scanRecords';

/**
 * A parsed CSV without one array per row: the text itself (rows are read back from it for export) and
 * one column of numbers per header column, packed. What {@link readCompactTable} builds for large files.
 */
export interface CompactTable {
  /** Column names exactly as written. */
  readonly header: string[];
  /** Records above the header (a report title, an export date), kept for the download. */
  readonly titles: readonly TitleLine[];
  readonly rowCount: number;
  readonly delimiter: string;
  readonly decimalComma: boolean;
  /** Per header column, how its numbers are written (decimal mark, thousands unit). */
  readonly numberFormats: readonly ColumnNumberFormat[];
  /** Total, subtotal and average rows: kept in the table and the download, left out of clustering. */
  readonly summaryRows: readonly SummaryRow[];
  /** The file's text after BOM removal and line-break unification, as the records were split from it. */
  readonly text: string;
  readonly newline: '\n' | '\r\n' | '\r';
  /**
   * Per header column, its number in each row (NaN for a missing, text or absent cell), packed: read a
   * column with unpackNumbers(table.numbers[index], table.rowCount).
   */
  readonly numbers: PackedNumbers[];
  /** Per header column: every cell blank or a plain integer (see ColumnStats.plainIntegers). */
  readonly plainIntegers: boolean[];
  /** The header's 1-based line (after any title and leading blank lines), for exports that re-read the file. */
  readonly headerLine: number;
  /** Per header column, the cells read as numbers only through their formatting ("15,000", "$15k"). */
  readonly formatted: readonly FormattedCount[];
}

/** How many cells of a column needed their formatting read, and what it carried. */
export type FormattedCount = Omit<FormattedCells, 'examples'>;

/** Result of {@link readCompactTable}: the same table, problems and column reports as the reference parseTable (tests/reference/csv) gives. */
export interface CompactOutcome {
  readonly table: CompactTable | null;
  readonly problems: CsvProblem[];
  readonly columns: ColumnReport[];
}

// The decimal style is decided on the first rows, as detectDecimalComma does on a full table.
export const DECIMAL_SAMPLE_ROWS = 1000;

/** The decimal style and each column's number format, decided on the first data rows. */
export function decideFormats(
  names: readonly string[],
  sampleRows: readonly (readonly string[])[],
  delimiter: string,
): { decimalComma: boolean; numberFormats: ColumnNumberFormat[] } {
  const decimalComma = detectDecimalComma(sampleRows, delimiter);
  return { decimalComma, numberFormats: decideColumnFormats(names, names.length, sampleRows, decimalComma) };
}
// Progress is reported every this many records: often enough to move a bar, rarely enough to cost nothing.
const PROGRESS_EVERY = 16_384;

/**
 * Reads a CSV text exactly as the reference parseTable does (same records, header, blank-line rules, problems
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
  let titles: TitleLine[] = [];
  // The first records, held until the header among them is found (see findHeaderRow).
  let lead: { row: string[]; line: number }[] | null = [];
  let leadFilled = 0;
  const blank: number[] = [];
  // Blank records seen since the last row: skipped (or, in a one-column file, rows) only if a row follows.
  let pendingBlank: number[] = [];
  let sample: { row: string[]; line: number }[] | null = [];
  let columns: ColumnTracker[] = [];
  let numberFormats: ColumnNumberFormat[] = [];
  const tracking: { rows: RowTracker | null } = { rows: null };
  const scout = createSummaryScout();
  let decimalComma = false;
  let rowCount = 0;
  let rowsAdded = 0;
  let records = 0;
  let lastEnd = 0;

  const start = (names: readonly string[], rows: readonly { row: string[]; line: number }[]): void => {
    const sampleRows = rows.map((r) => r.row);
    ({ decimalComma, numberFormats } = decideFormats(names, sampleRows, delimiter));
    // Sized from the sample's average row length, so the columns rarely grow (each growth is a copy).
    const capacity = lastEnd > 0 ? Math.ceil(((body.length * records) / lastEnd) * 1.02) + 16 : 1024;
    columns = numberFormats.map((format) => createColumnTracker(format, capacity));
    tracking.rows = createRowTracker(names.length);
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
    scout.add(row, rowsAdded++, line);
    for (let c = 0; c < columns.length; c++) columns[c]?.add(row[c], line);
  };
  const flushSample = (): void => {
    if (sample === null || header === null) return;
    const buffered = sample;
    sample = null;
    start(header, buffered);
    for (const { row, line } of buffered) addRow(row, line);
  };
  const afterHeader = (row: string[], line: number): void => {
    const current = header as string[];
    if (isBlankRecord(row)) {
      pendingBlank.push(line);
      return;
    }
    for (const at of pendingBlank) {
      if (current.length > 1) blank.push(at);
      else take([''], at);
    }
    pendingBlank = [];
    take(row, line);
  };
  // Picks the header among the buffered first records, then replays the records below it.
  const settleHeader = (): void => {
    if (lead === null) return;
    const buffered = lead;
    lead = null;
    const filled = buffered.filter((r) => !isBlankRecord(r.row));
    const at = findHeaderRow(filled.map((r) => r.row));
    const chosen = filled[at];
    if (chosen === undefined) return;
    header = chosen.row;
    headerLine = chosen.line;
    titles = filled.slice(0, at).map((r) => ({ cells: r.row, line: r.line }));
    for (const record of buffered.slice(buffered.indexOf(chosen) + 1)) afterHeader(record.row, record.line);
  };

  const quirks = scanRecords(body, delimiter, newline, (row, line, end) => {
    lastEnd = end;
    if (++records % PROGRESS_EVERY === 0) onProgress?.(end, body.length);
    if (lead !== null) {
      // Leading blank records are dropped, as editors and exports add them invisibly.
      if (lead.length === 0 && isBlankRecord(row)) return;
      lead.push({ row, line });
      if (!isBlankRecord(row) && ++leadFilled > HEADER_SEARCH_RECORDS) settleHeader();
      return;
    }
    afterHeader(row, line);
  });
  settleHeader();
  onProgress?.(body.length, body.length);
  const finalHeader: string[] = header ?? [''];
  if (header === null) header = finalHeader;
  flushSample();
  if (tracking.rows === null) start(finalHeader, []);

  return finishCompactTable({
    problems,
    text: body,
    delimiter,
    newline,
    header: finalHeader,
    headerLine,
    titles,
    rowCount,
    decimalComma,
    numberFormats,
    quirks,
    blank,
    stats: columns.map((c) => c.stats()),
    scout,
    rowProblems: () => tracking.rows?.problems() ?? [],
  });
}

/** Everything a reading of the records gathered, for {@link finishCompactTable}. */
export interface GatheredTable {
  /** The problems found so far (encoding, line breaks): the rest are added after them. */
  readonly problems: CsvProblem[];
  readonly text: string;
  readonly delimiter: string;
  readonly newline: '\n' | '\r\n' | '\r';
  readonly header: string[];
  readonly headerLine: number;
  readonly titles: TitleLine[];
  readonly rowCount: number;
  readonly decimalComma: boolean;
  readonly numberFormats: ColumnNumberFormat[];
  readonly quirks: RecordQuirks;
  readonly blank: readonly number[];
  readonly stats: ColumnStats[];
  readonly scout: SummaryScout;
  readonly rowProblems: () => CsvProblem[];
}

/**
 * The table, its problems (in the order the analyst reads them) and column reports from what the
 * records gave: shared by the serial reading and the one merged from ranges (readTableInRanges).
 */
export function finishCompactTable(gathered: GatheredTable): CompactOutcome {
  const { problems, header: finalHeader, headerLine, titles, rowCount, stats } = gathered;
  problems.push(...quoteProblems(gathered.quirks));
  problems.push(...titleLinesProblem(titles, headerLine));
  problems.push(...blankLinesProblem(gathered.blank));
  problems.push(...findHeaderProblems(finalHeader, headerLine));
  const reports = stats.map((s, index) => reportColumn(s, index, finalHeader[index] ?? ''));
  const numbers = stats.map((s) => s.values);
  const summaryRows = rowCount === 0 ? [] : findSummaryRows(gathered.scout, numbers, reports, rowCount);
  const table: CompactTable = {
    header: finalHeader,
    titles,
    rowCount,
    delimiter: gathered.delimiter,
    decimalComma: gathered.decimalComma,
    numberFormats: gathered.numberFormats,
    summaryRows,
    text: gathered.text,
    newline: gathered.newline,
    numbers: numbers.map(packNumbers),
    plainIntegers: stats.map((s) => s.plainIntegers),
    headerLine,
    formatted: stats.map(({ formatted: f }) => ({
      count: f.count,
      grouping: f.grouping,
      currency: f.currency,
      percent: f.percent,
      thousands: f.thousands,
    })),
  };
  if (rowCount === 0) {
    problems.push(headerOnlyProblem(headerLine));
    return { table, problems, columns: reports };
  }
  problems.push(...gathered.rowProblems());
  problems.push(...summaryRowsProblem(summaryRows, finalHeader));
  problems.push(...assessColumns(rowCount, finalHeader.length, reports, (report) => stats[report.index]));
  return { table, problems, columns: reports };
}
