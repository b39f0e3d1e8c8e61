import { assessTable } from './assessTable';
import { describeColumns } from './describeColumns';
import { detectDecimalComma } from './detectDecimalComma';
import { findHeaderProblems } from './findHeaderProblems';
import { findRowProblems } from './findRowProblems';
import {
  blankLinesProblem,
  headerOnlyProblem,
  isBlankRecord,
  prepareText,
  quoteProblems,
} from './prepareText';
import type { CsvProblem } from './problem';
import { readRecords } from './readRecords';

/** A CSV file as written: header and cells are the original text, nothing renamed, trimmed or converted. */
export interface Table {
  /** Column names exactly as written (a UTF-8 BOM removed); duplicates, `__proto__` and markup survive. */
  readonly header: string[];
  /** Every data row in file order, cells as original text; ragged rows keep their own length. */
  readonly rows: string[][];
  /** The delimiter detected (',' ';' '\t' '|') or forced. */
  readonly delimiter: string;
  /** True when numbers are written with a decimal comma ("15,5"). */
  readonly decimalComma: boolean;
  /** 1-based file line on which each row starts, for messages; absent on hand-built tables. */
  readonly rowLines?: number[];
}

/** Options for {@link parseTable}. */
export interface ParseOptions {
  /** Forces a delimiter instead of detecting one. Ignored when empty or a quote or line break. */
  readonly delimiter?: string;
}

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

  let first = 0;
  while (first < records.rows.length && isBlankRecord(records.rows[first] ?? [])) first++;
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
  problems.push(...blankLinesProblem(blank));

  const table: Table = {
    header,
    rows,
    delimiter,
    decimalComma: detectDecimalComma(rows, delimiter),
    rowLines,
  };
  problems.push(...findHeaderProblems(header, headerLine));
  if (rows.length === 0) {
    problems.push(headerOnlyProblem(headerLine));
    return { table, problems };
  }
  problems.push(...findRowProblems(header, rows, rowLines));
  problems.push(...assessTable(table, describeColumns(table)));
  return { table, problems };
}
