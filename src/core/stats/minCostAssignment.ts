/**
 * The cheapest way to give each row of a cost matrix its own column: the Hungarian algorithm
 * (Kuhn–Munkres, in the O(n²m) form with potentials), for `rows ≤ columns`. `cost[i][j]` is the cost
 * of giving row i column j; returns, per row, its column. Every row gets a different column; with more
 * columns than rows, some columns stay free. Ties go to the lower column index, so the answer is
 * deterministic. Throws a RangeError for more rows than columns or a ragged matrix.
 */
export function minCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  if (n === 0) return [];
  if (n > m) throw new RangeError(`minCostAssignment: ${n} rows but only ${m} columns.`);
  if (cost.some((row) => row.length !== m)) throw new RangeError('minCostAssignment: ragged cost matrix.');
  // 1-based arrays as in the classic formulation: index 0 is the virtual start column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOfColumn[0] = i;
    let column = 0;
    const minimum = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[column] = 1;
      const row = rowOfColumn[column] ?? 0;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j] === 1) continue;
        const reduced = (cost[row - 1]?.[j - 1] ?? Infinity) - (u[row] ?? 0) - (v[j] ?? 0);
        if (reduced < (minimum[j] ?? Infinity)) {
          minimum[j] = reduced;
          way[j] = column;
        }
        if ((minimum[j] ?? Infinity) < delta) {
          delta = minimum[j] ?? Infinity;
          next = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j] === 1) {
          const r = rowOfColumn[j] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          minimum[j] = (minimum[j] ?? Infinity) - delta;
        }
      }
      column = next;
    } while ((rowOfColumn[column] ?? 0) !== 0);
    do {
      const previous = way[column] ?? 0;
      rowOfColumn[column] = rowOfColumn[previous] ?? 0;
      column = previous;
    } while (column !== 0);
  }
  const columnOfRow = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    const row = rowOfColumn[j] ?? 0;
    if (row > 0) columnOfRow[row - 1] = j - 1;
  }
  return columnOfRow;
}
