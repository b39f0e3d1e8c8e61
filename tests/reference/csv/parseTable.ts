import { detectDecimalComma } from '../../../src/core/csv/detectDecimalComma';
import { findHeaderProblems } from '../../../src/core/csv/findHeaderProblems';
import {
  findHeaderRow,
  HEADER_SEARCH_RECORDS,
  titleLinesProblem,
  type TitleLine,
} from '../../../src/core/csv/findHeaderRow';
import {
  createSummaryScout,
  findSummaryRows,
  summaryRowsProblem,
} from '../../../src/core/csv/findSummaryRows';
import { decideColumnFormats } from '../../../src/core/csv/numberFormat';
import {
  blankLinesProblem,
  headerOnlyProblem,
  isBlankRecord,
  prepareText,
  quoteProblems,
} from '../../../src/core/csv/prepareText';
import type { CsvProblem } from '../../../src/core/csv/problem';
import type { ParseOptions, Table } from '../../../src/core/csv/table';
import { assessTable } from './assessTable';
import { describeColumns } from './describeColumns';
import { findRowProblems } from './findRowProblems';
import { numericColumn } from './numericColumn';
import { readRecords } from './readRecords';

/** Result of {@link parseTable}. */
export interface ParseOutcome {
  /**
   * The table, or null when no table can be read (empty file, not text). A table can come with errors
   * (header only, too few rows or numeric columns): check `problems` for severity 'error' before clustering.
   */
  readonly table: Table | null;
  readonly problems: CsvProblem[];
}

/**
 * Reads a CSV text into a {@link Table} and lists every problem found. Never throws. Blank lines: in a
 * file of one column an empty line is a customer with a missing value and is kept; in wider files a
 * blank line cannot be a row (it has one field) and is skipped with a warning. Blank lines at the end
 * of the file are dropped silently, as editors add them invisibly.
 *
 * The app reads files with the streaming readCompactTable, which keeps no array per row; this
 * whole-table reader is its specification (the tests check both give the same table, problems and
 * export) and the simple API for code that wants rows in hand.
 */
export function parseTable(text: string, options: ParseOptions = {}): ParseOutcome {
  const prepared = prepareText(text, options.delimiter);
  if (!prepared.ok) return { table: null, problems: prepared.problems };
  const { delimiter } = prepared;
  const problems = prepared.problems;
  const records = readRecords(prepared.text, delimiter, prepared.newline);
  problems.push(...quoteProblems(records));

  // The header is searched among the first non-blank records; those above it are titles.
  const filled: number[] = [];
  for (let i = 0; i < records.rows.length && filled.length <= HEADER_SEARCH_RECORDS; i++) {
    if (!isBlankRecord(records.rows[i] ?? [])) filled.push(i);
  }
  const headerAt = findHeaderRow(filled.map((i) => records.rows[i] ?? []));
  const first = filled[headerAt] ?? records.rows.length;
  const titles: TitleLine[] = filled
    .slice(0, headerAt)
    .map((i) => ({ cells: records.rows[i] ?? [], line: records.lines[i] ?? i + 1 }));
  let end = records.rows.length;
  while (end > first && isBlankRecord(records.rows[end - 1] ?? [])) end--;
  const header = records.rows[first] ?? [''];
  const headerLine = records.lines[first] ?? 1;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const blank: number[] = [];
  for (let i = first + 1; i < end; i++) {
    const row = records.rows[i] ?? [];
    const line = records.lines[i] ?? i + 1;
    if (header.length > 1 && isBlankRecord(row)) {
      blank.push(line);
      continue;
    }
    rows.push(row);
    rowLines.push(line);
  }
  problems.push(...titleLinesProblem(titles, headerLine));
  problems.push(...blankLinesProblem(blank));

  const decimalComma = detectDecimalComma(rows, delimiter);
  const sampled = rows.slice(0, DECIMAL_SAMPLE_ROWS);
  const base: Table = {
    header,
    titles,
    rows,
    delimiter,
    decimalComma,
    numberFormats: decideColumnFormats(header, header.length, sampled, decimalComma),
    rowLines,
  };
  problems.push(...findHeaderProblems(header, headerLine));
  if (rows.length === 0) {
    problems.push(headerOnlyProblem(headerLine));
    return { table: { ...base, summaryRows: [] }, problems };
  }
  problems.push(...findRowProblems(header, rows, rowLines));
  const reports = describeColumns(base);
  const scout = createSummaryScout();
  rows.forEach((row, i) => scout.add(row, i, rowLines[i] ?? i + 2));
  const summaryRows = findSummaryRows(
    scout,
    header.map((_, c) => numericColumn(base, c)),
    reports,
    rows.length,
  );
  problems.push(...summaryRowsProblem(summaryRows, header));
  problems.push(...assessTable(base, reports));
  return { table: { ...base, summaryRows }, problems };
}

// The rows each column's number format and the file's decimal style are decided on (as the streaming reader does).
const DECIMAL_SAMPLE_ROWS = 1000;
