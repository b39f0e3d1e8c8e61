/**
 * Spreads per-point cluster labels back over the whole table: rowLabels[row] is the cluster of that row,
 * or -1 for a row that was left out of clustering. `rowCount` is the table's number of data rows;
 * `rowOfPoint` null means every row was clustered, point p being row p: the labels are then the
 * table's, given back as they are.
 */
export function labelRows(
  pointLabels: Int32Array,
  rowOfPoint: Int32Array | null,
  rowCount: number,
): Int32Array {
  const points = rowOfPoint?.length ?? rowCount;
  if (pointLabels.length !== points) {
    throw new RangeError(`labelRows: ${pointLabels.length} labels for ${points} clustered rows.`);
  }
  if (rowOfPoint === null) return pointLabels;
  const rowLabels = new Int32Array(rowCount).fill(-1);
  rowOfPoint.forEach((row, p) => {
    rowLabels[row] = pointLabels[p] ?? -1;
  });
  return rowLabels;
}
