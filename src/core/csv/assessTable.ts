import { TEXT_EXAMPLES as EXAMPLES } from './columnTracker';
import type { ColumnReport } from './describeColumns';
import type { Table } from './parseTable';
import { classifyCell } from './parseNumericCell';
import { MAX_LISTED_LINES } from './problem';
import type { CsvProblem } from './problem';

/** Fewest data rows that can be split into segments (k-means needs at least k ≥ 2 points). */
export const MIN_DATA_ROWS = 2;

/**
 * Warnings for text cells inside numeric columns ("$15", "15k", "0x10"), which are read as missing rather
 * than guessed, and errors that make a well-formed table unusable for segmentation: too few data rows, or fewer than two
 * numeric (non-identifier) columns to cluster on.
 */
export function assessTable(table: Table, reports: readonly ColumnReport[]): CsvProblem[] {
  return assessColumns(table.rows.length, table.header.length, reports, (report) =>
    textCellSamples(table, report),
  );
}

/** Where a numeric column's text cells are: the first lines and a few quoted examples. */
export interface TextCellSamples {
  readonly lines: readonly number[];
  readonly examples: readonly string[];
}

/**
 * {@link assessTable} from counts alone, for a reader that keeps no rows: `samples` gives the text cells
 * of a numeric column that has some.
 */
export function assessColumns(
  rows: number,
  headerLength: number,
  reports: readonly ColumnReport[],
  samples: (report: ColumnReport) => TextCellSamples,
): CsvProblem[] {
  const problems: CsvProblem[] = [];
  if (rows > 0 && rows < MIN_DATA_ROWS) {
    problems.push({
      code: 'too-few-rows',
      severity: 'error',
      message: `The file has only ${rows} data row${rows === 1 ? '' : 's'}; segmentation needs at least ${MIN_DATA_ROWS} customers.`,
    });
  }
  const numeric = reports.filter((r) => r.kind === 'numeric');
  for (const report of numeric) {
    if (report.nonNumeric > 0) problems.push(describeTextCells(report, samples(report)));
  }
  if (numeric.length < 2) {
    const found =
      numeric.length === 0 ? 'No column is numeric' : `Only one column, “${numeric[0]?.name}”, is numeric`;
    const hint =
      headerLength === 1
        ? ' The whole file was read as a single column: no comma, semicolon, tab or pipe separates the header.'
        : '';
    problems.push({
      code: 'too-few-numeric-columns',
      severity: 'error',
      message: `${found}; segmentation needs at least two numeric columns, such as annual income and spending score.${hint}`,
    });
  }
  return problems;
}

function textCellSamples(table: Table, report: ColumnReport): TextCellSamples {
  const lines: number[] = [];
  const examples: string[] = [];
  table.rows.forEach((row, i) => {
    const cell = row[report.index];
    if (cell === undefined || classifyCell(cell, table.decimalComma).kind !== 'text') return;
    const line = table.rowLines?.[i] ?? i + 2;
    if (lines.length < MAX_LISTED_LINES) lines.push(line);
    if (examples.length < EXAMPLES) examples.push(`“${cell}” on line ${line}`);
  });
  return { lines, examples };
}

function describeTextCells(report: ColumnReport, { lines, examples }: TextCellSamples): CsvProblem {
  const n = report.nonNumeric;
  const more = n > examples.length ? `, and ${n - examples.length} more` : '';
  return {
    code: 'non-numeric-cells',
    severity: 'warning',
    message: `Column “${report.name}” is numeric but has ${n} cell${n === 1 ? '' : 's'} that ${n === 1 ? 'is not a plain number' : 'are not plain numbers'} (${examples.join(', ')}${more}); ${n === 1 ? 'it is' : 'they are'} treated as missing.`,
    lines: [...lines],
  };
}
