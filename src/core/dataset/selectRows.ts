/** What to do with a row whose clustering features have a missing value. */
export type MissingPolicy = 'drop' | 'mean';

export interface RowSelection {
  /** Feature columns for the rows that take part in clustering, complete (no NaN). */
  readonly columns: Float64Array[];
  /** rowOfPoint[p] is the table row (0-based) that clustered point p came from. */
  readonly rowOfPoint: Int32Array;
  /** Table rows (0-based) with at least one missing feature, in order. */
  readonly incompleteRows: number[];
  /** Mean of each feature over its present values (NaN for an all-missing column). */
  readonly fillValues: Float64Array;
}

/**
 * Chooses the rows to cluster from feature columns that use NaN for a missing cell.
 * 'drop' leaves incomplete rows out; 'mean' fills each hole with its column's mean over present values,
 * as pandas' `fillna(mean())` would. Rows are never reordered.
 * A column with no present value at all cannot be filled: under 'mean' its rows are left out too.
 */
export function selectRows(features: readonly Float64Array[], policy: MissingPolicy): RowSelection {
  const n = features[0]?.length ?? 0;
  const d = features.length;
  const fillValues = new Float64Array(d);
  features.forEach((column, j) => {
    let sum = 0;
    let count = 0;
    for (const value of column) {
      if (!Number.isNaN(value)) {
        sum += value;
        count += 1;
      }
    }
    fillValues[j] = count > 0 ? sum / count : Number.NaN;
  });

  const incompleteRows: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const complete = features.every((column) => !Number.isNaN(column[i] ?? Number.NaN));
    if (!complete) incompleteRows.push(i);
    const fillable =
      policy === 'mean' && features.every((_, j) => !Number.isNaN(fillValues[j] ?? Number.NaN));
    if (complete || fillable) kept.push(i);
  }

  const rowOfPoint = Int32Array.from(kept);
  const columns = features.map((column, j) => {
    const out = new Float64Array(rowOfPoint.length);
    const fill = fillValues[j] ?? Number.NaN;
    rowOfPoint.forEach((row, p) => {
      const value = column[row] ?? Number.NaN;
      out[p] = Number.isNaN(value) ? fill : value;
    });
    return out;
  });
  return { columns, rowOfPoint, incompleteRows, fillValues };
}
