/**
 * Spreads per-point cluster labels back over the whole table: rowLabels[row] is the cluster of that row,
 * or -1 for a row that was left out of clustering. `rowCount` is the table's number of data rows.
 */
export function labelRows(pointLabels: Int32Array, rowOfPoint: Int32Array, rowCount: number): Int32Array {
  if (pointLabels.length !== rowOfPoint.length) {
    throw new RangeError(`labelRows: ${pointLabels.length} labels for ${rowOfPoint.length} clustered rows.`);
  }
  const rowLabels = new Int32Array(rowCount).fill(-1);
  rowOfPoint.forEach((row, p) => {
    rowLabels[row] = pointLabels[p] ?? -1;
  });
  return rowLabels;
}
