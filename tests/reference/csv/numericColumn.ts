import type { Table } from '../../../src/core/csv/table';
import { columnFormat } from '../../../src/core/csv/numberFormat';
import { readCell } from '../../../src/core/csv/parseNumericCell';

/**
 * The numbers of one column, one per data row. NaN marks a missing cell, a text cell and a cell absent
 * from a short ragged row, so callers decide how to treat holes instead of receiving invented zeros.
 */
export function numericColumn(table: Table, index: number): Float64Array {
  const values = new Float64Array(table.rows.length);
  const format = columnFormat(table, index);
  table.rows.forEach((row, i) => {
    const cell = row[index];
    values[i] = cell === undefined ? NaN : readCell(cell, format).value;
  });
  return values;
}
