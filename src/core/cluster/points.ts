/** Column-major dataset: columns[j][i] is feature j of point i. */
export interface Points {
  readonly n: number;
  readonly d: number;
  readonly columns: readonly Float64Array[];
}

/**
 * Wraps feature columns as Points after checking that they all have the same length and hold only
 * finite numbers. Throws a RangeError naming the first offending column and row otherwise. Zero
 * columns give d = 0, n = 0. The columns are not copied.
 */
export function pointsFromColumns(columns: readonly Float64Array[]): Points {
  const d = columns.length;
  const n = d > 0 ? (columns[0] as Float64Array).length : 0;
  for (let j = 0; j < d; j++) {
    const col = columns[j] as Float64Array;
    if (col.length !== n) {
      throw new RangeError(
        `Column ${j} has ${col.length} values but column 0 has ${n}; all columns must be equally long.`,
      );
    }
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(col[i])) {
        throw new RangeError(`Column ${j}, row ${i} is ${col[i]}; only finite numbers can be clustered.`);
      }
    }
  }
  return { n, d, columns };
}
