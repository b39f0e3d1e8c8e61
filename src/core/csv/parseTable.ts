import { assessTable } from './assessTable';
import { describeColumns } from './describeColumns';
import { detectDecimalComma } from './detectDecimalComma';
import { detectDelimiter } from './detectDelimiter';
import { detectNotText } from './detectNotText';
import { findHeaderProblems } from './findHeaderProblems';
import { findRowProblems } from './findRowProblems';
import { listLines } from './listLines';
import { normalizeLineBreaks } from './normalizeLineBreaks';
import { MAX_LISTED_LINES } from './problem';
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
 */
export function parseTable(text: string, options: ParseOptions = {}): ParseOutcome {
  const problems: CsvProblem[] = [];
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const notText = detectNotText(input);
  if (notText) {
    if (notText.severity === 'error') return { table: null, problems: [notText] };
    problems.push(notText);
  }
  if (input.trim() === '') {
    return {
      table: null,
      problems: [{ code: 'empty-file', severity: 'error', message: 'The file is empty.' }],
    };
  }

  const breaks = normalizeLineBreaks(input);
  if (breaks.mixed) {
    problems.push({
      code: 'mixed-line-breaks',
      severity: 'warning',
      message:
        'Lines end in a mix of Windows, Unix and old Mac line breaks; each was read as the end of a row.',
    });
  }
  const forced = options.delimiter;
  const delimiter =
    forced && !/["\r\n\ufeff]/.test(forced) ? forced : detectDelimiter(breaks.text, breaks.newline);
  const records = readRecords(breaks.text, delimiter, breaks.newline);
  const open = records.unterminated;
  if (open.length > 0) {
    const where = listLines(open).replace(/^l/, 'L');
    problems.push({
      code: 'unterminated-quote',
      severity: 'warning',
      message:
        open.length === 1
          ? `${where} opens a quoted field that is never closed; that line was read without quote handling so the rest of the file is not swallowed into one cell.`
          : `${where} open quoted fields that are never closed; each was read without quote handling so the rest of the file is not swallowed into one cell.`,
      lines: open.slice(0, MAX_LISTED_LINES),
    });
  }
  if (records.malformed.length > 0) {
    problems.push({
      code: 'malformed-quote',
      severity: 'warning',
      message: `A quote appears inside a quoted field without being doubled on ${listLines(records.malformed)}; it was kept as text, but check those rows.`,
      lines: records.malformed.slice(0, MAX_LISTED_LINES),
    });
  }

  const isBlank = (row: readonly string[]): boolean => row.length === 1 && (row[0] ?? '').trim() === '';
  let first = 0;
  while (first < records.rows.length && isBlank(records.rows[first] ?? [])) first++;
  let end = records.rows.length;
  while (end > first && isBlank(records.rows[end - 1] ?? [])) end--;
  const header = records.rows[first] ?? [''];
  const headerLine = records.lines[first] ?? 1;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const blank: number[] = [];
  for (let i = first + 1; i < end; i++) {
    const row = records.rows[i] ?? [];
    const line = records.lines[i] ?? i + 1;
    if (header.length > 1 && isBlank(row)) {
      blank.push(line);
      continue;
    }
    rows.push(row);
    rowLines.push(line);
  }
  if (blank.length > 0) {
    problems.push({
      code: 'blank-lines',
      severity: 'warning',
      message: `Blank ${listLines(blank)} ${blank.length === 1 ? 'was' : 'were'} skipped.`,
      lines: blank.slice(0, MAX_LISTED_LINES),
    });
  }

  const table: Table = {
    header,
    rows,
    delimiter,
    decimalComma: detectDecimalComma(rows, delimiter),
    rowLines,
  };
  problems.push(...findHeaderProblems(header, headerLine));
  if (rows.length === 0) {
    problems.push({
      code: 'header-only',
      severity: 'error',
      message: `The file has a header on line ${headerLine} but no data rows.`,
      lines: [headerLine],
    });
    return { table, problems };
  }
  problems.push(...findRowProblems(header, rows, rowLines));
  problems.push(...assessTable(table, describeColumns(table)));
  return { table, problems };
}
