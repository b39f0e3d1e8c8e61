import { assessColumns } from '../../../src/core/csv/assessColumns';
import type { ColumnReport } from '../../../src/core/csv/columnReport';
import type { CsvProblem } from '../../../src/core/csv/problem';
import type { Table } from '../../../src/core/csv/table';
import { columnStatsOf } from './describeColumns';

/**
 * Warnings for text cells inside numeric columns ("0x10", "15 thousand"), which are read as missing
 * rather than guessed, notes on numbers read through their formatting ("15,000", "$15k"), and errors
 * that make a well-formed table unusable for segmentation: too few data rows, or fewer than two numeric
 * (non-identifier) columns to cluster on.
 */
export function assessTable(table: Table, reports: readonly ColumnReport[]): CsvProblem[] {
  const stats = columnStatsOf(table);
  return assessColumns(table.rows.length, table.header.length, reports, (report) => stats[report.index]);
}
