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
 * Chooses the rows to cluster from feature columns that use NaN for a missing cell. `excluded` rows
 * (summary rows such as a "Total" line) never take part: not clustered, not filled, not in the means.
 * 'drop' leaves incomplete rows out; 'mean' fills each hole with its column's mean over present values,
 * as pandas' `fillna(mean())` would. Rows are never reordered.
 * A column with no present value at all cannot be filled: under 'mean' its rows are left out too.
 */
export function selectRows(
  features: readonly Float64Array[],
  policy: MissingPolicy,
  excluded: readonly number[] = [],
): RowSelection {
  const n = features[0]?.length ?? 0;
  const d = features.length;
  const left = new Uint8Array(n);
  for (const row of excluded) if (row >= 0 && row < n) left[row] = 1;
  const fillValues = new Float64Array(d);
  features.forEach((column, j) => {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const value = column[i] ?? Number.NaN;
      if (left[i] === 0 && !Number.isNaN(value)) {
        sum += value;
        count += 1;
      }
    }
    fillValues[j] = count > 0 ? sum / count : Number.NaN;
  });

  const incompleteRows: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (left[i] === 1) continue;
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
