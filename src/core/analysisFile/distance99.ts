/**
 * Per segment, the 99th percentile of its members' distances to the centre: the value at 0-based rank
 * ceil(0.99 n) − 1 of the sorted distances (the "higher" nearest-rank percentile, numpy's
 * `method="higher"`). A customer farther from its nearest centre than that is "unlike any segment".
 * An empty segment gets 0. Rows labelled -1 (or with a NaN distance) are not members.
 */
export function distance99(labels: Int32Array, distances: Float64Array, k: number): number[] {
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const distance = distances[i] ?? Number.NaN;
    const list = members[labels[i] ?? -1];
    if (list !== undefined && !Number.isNaN(distance)) list.push(distance);
  }
  return members.map((list) => {
    if (list.length === 0) return 0;
    list.sort((a, b) => a - b);
    return list[Math.ceil(0.99 * list.length) - 1] ?? 0;
  });
}

/** Rows (0-based) farther from their segment's centre than the segment's distance99. */
export function unlikeAnySegment(
  labels: Int32Array,
  distances: Float64Array,
  limits: readonly number[],
): number[] {
  const rows: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const limit = limits[labels[i] ?? -1];
    if (limit !== undefined && (distances[i] ?? Number.NaN) > limit) rows.push(i);
  }
  return rows;
}
