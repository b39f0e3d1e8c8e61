import type { Points } from './points';

/**
 * Points prepared once for many K-Means runs: row-major (x[i * d + j]) for cache-friendly distance
 * loops, and snapped to a dyadic grid fine enough that every partial sum of coordinates is exact in
 * double precision.
 *
 * Why snap: with exact sums a centroid depends only on which points are in the cluster, never on
 * the order they were added in. That is what lets the plain Lloyd loop, the kd-tree filtering loop
 * (which adds whole subtrees at once) and any split of restarts across workers agree bit for bit.
 * The grid step is about n * max|x| * 2^-52, so the perturbation is ~2e-10 of the data range at a
 * million rows and ~1e-13 at a few hundred.
 */
export interface Dataset {
  readonly n: number;
  readonly d: number;
  /** Row-major snapped coordinates, length n * d. */
  readonly x: Float64Array;
  /** Mean over features of the population variance: the unit of scikit-learn's tol. */
  readonly meanVariance: number;
}

/** Builds the row-major, grid-snapped copy of the points (see Dataset). O(n d). */
export function prepareDataset(points: Points): Dataset {
  const { n, d, columns } = points;
  let maxAbs = 0;
  for (const col of columns)
    for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, Math.abs(col[i] as number));
  // Every partial sum is bounded by n * maxAbs; keeping it below 2^52 grid steps makes it exact.
  const step = maxAbs > 0 ? 2 ** Math.max(-1074, Math.ceil(Math.log2(n * maxAbs)) - 51) : 1;
  const x = new Float64Array(n * d);
  let varianceSum = 0;
  for (let j = 0; j < d; j++) {
    const col = columns[j] as Float64Array;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = Math.round((col[i] as number) / step) * step;
      x[i * d + j] = v;
      sum += v;
    }
    const mean = sum / n;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const dev = (x[i * d + j] as number) - mean;
      sq += dev * dev;
    }
    varianceSum += sq / n;
  }
  return { n, d, x, meanVariance: d > 0 ? varianceSum / d : 0 };
}

/**
 * Counts distinct points, stopping once `limit` are found: O(n * limit * d), which stays cheap
 * because callers only need to know whether there are at least k. Returns the first row index of
 * each distinct point found, in row order.
 */
export function distinctRows(ds: Dataset, limit: number): number[] {
  const { n, d, x } = ds;
  const found: number[] = [];
  for (let i = 0; i < n && found.length < limit; i++) {
    let seen = false;
    for (const r of found) {
      let same = true;
      for (let j = 0; j < d && same; j++) same = x[i * d + j] === x[r * d + j];
      if (same) {
        seen = true;
        break;
      }
    }
    if (!seen) found.push(i);
  }
  return found;
}
