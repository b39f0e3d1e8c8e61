import { createColumnTracker, type ColumnStats } from '../../../src/core/csv/columnTracker';
import { reportColumn, type ColumnReport } from '../../../src/core/csv/columnReport';
import { columnFormat } from '../../../src/core/csv/numberFormat';
import type { Table } from '../../../src/core/csv/table';

/**
 * Reports the kind and cell counts of every header column. A column is numeric when most of its
 * non-missing cells are numbers; identifier when its name says so (CustomerID, customer_id, ID, …) or
 * when it holds unique, nearly consecutive integers (a row number or an exported index); empty when it
 * has no non-missing cell; categorical otherwise. Cells beyond the header in long rows are not counted.
 */
export function describeColumns(table: Table): ColumnReport[] {
  return columnStatsOf(table).map((stats, index) => reportColumn(stats, index, table.header[index] ?? ''));
}

/** Every header column's {@link ColumnStats}, each read in its own number format. */
export function columnStatsOf(table: Table): ColumnStats[] {
  return table.header.map((_, index) => {
    const tracker = createColumnTracker(columnFormat(table, index), table.rows.length);
    table.rows.forEach((row, i) => tracker.add(row[index], table.rowLines?.[i] ?? i + 2));
    return tracker.stats();
  });
}
