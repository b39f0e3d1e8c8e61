import type { Points } from './points';
import { createRandom } from './random';

/** Rows above which silhouette() scores a seeded sample instead of every row (O(n^2 d) work). */
export const SILHOUETTE_EXACT_LIMIT = 4000;

/**
 * Mean silhouette coefficient, as scikit-learn's silhouette_score (Euclidean): for each point,
 * (b - a) / max(a, b) with a the mean distance to its own cluster and b the smallest mean distance
 * to another cluster; 0 for points alone in their cluster. Range [-1, 1], higher is better.
 *
 * Exact up to options.sampleSize rows (default SILHOUETTE_EXACT_LIMIT); above that it scores a
 * seeded uniform sample of that many rows against each other, like silhouette_score's sample_size.
 * Returns NaN when it is undefined: fewer than 2 or more than n - 1 non-empty clusters.
 */
export function silhouette(
  points: Points,
  labels: Int32Array,
  k: number,
  options: { sampleSize?: number; seed?: number } = {},
): number {
  const limit = options.sampleSize ?? SILHOUETTE_EXACT_LIMIT;
  const rows = sampleRows(points.n, limit, options.seed ?? 42);
  const m = rows.length;
  const { d, columns } = points;
  const sizes = new Float64Array(k);
  for (const r of rows) sizes[labels[r] as number] = (sizes[labels[r] as number] as number) + 1;
  const used = sizes.reduce((acc, s) => acc + (s > 0 ? 1 : 0), 0);
  if (used < 2 || used > m - 1) return Number.NaN;
  const sums = new Float64Array(k);
  let total = 0;
  for (let a = 0; a < m; a++) {
    const ra = rows[a] as number;
    sums.fill(0);
    for (let b = 0; b < m; b++) {
      const rb = rows[b] as number;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const col = columns[j] as Float64Array;
        const diff = (col[ra] as number) - (col[rb] as number);
        s += diff * diff;
      }
      const lb = labels[rb] as number;
      sums[lb] = (sums[lb] as number) + Math.sqrt(s);
    }
    const own = labels[ra] as number;
    const ownSize = sizes[own] as number;
    if (ownSize <= 1) continue; // sklearn: a singleton's silhouette is 0
    const inner = (sums[own] as number) / (ownSize - 1);
    let nearest = Infinity;
    for (let c = 0; c < k; c++) {
      if (c !== own && (sizes[c] as number) > 0)
        nearest = Math.min(nearest, (sums[c] as number) / (sizes[c] as number));
    }
    const denom = Math.max(inner, nearest);
    total += denom > 0 ? (nearest - inner) / denom : 0;
  }
  return total / m;
}

/** All rows when n <= size, else `size` distinct rows drawn by a seeded partial Fisher-Yates shuffle. */
function sampleRows(n: number, size: number, seed: number): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  if (n <= size) return all;
  const rng = createRandom(seed);
  for (let i = 0; i < size; i++) {
    const j = i + rng.nextBelow(n - i);
    const t = all[i] as number;
    all[i] = all[j] as number;
    all[j] = t;
  }
  return all.subarray(0, size);
}

/**
 * Calinski-Harabasz index (variance ratio criterion), as scikit-learn: (B / (k' - 1)) / (W / (n - k'))
 * with B the between-cluster and W the within-cluster sum of squares and k' the non-empty clusters.
 * Higher is better. NaN when undefined (k' < 2 or k' >= n); 1 when W = 0, as scikit-learn.
 */
export function calinskiHarabasz(points: Points, labels: Int32Array, k: number): number {
  const { n, d, columns } = points;
  const sizes = new Float64Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i] as number] = (sizes[labels[i] as number] as number) + 1;
  const used = sizes.reduce((acc, s) => acc + (s > 0 ? 1 : 0), 0);
  if (used < 2 || used >= n) return Number.NaN;
  let between = 0;
  let within = 0;
  const means = new Float64Array(k);
  for (let j = 0; j < d; j++) {
    const col = columns[j] as Float64Array;
    let total = 0;
    means.fill(0);
    for (let i = 0; i < n; i++) {
      total += col[i] as number;
      means[labels[i] as number] = (means[labels[i] as number] as number) + (col[i] as number);
    }
    const grand = total / n;
    for (let c = 0; c < k; c++) {
      if ((sizes[c] as number) === 0) continue;
      means[c] = (means[c] as number) / (sizes[c] as number);
      between += (sizes[c] as number) * ((means[c] as number) - grand) ** 2;
    }
    for (let i = 0; i < n; i++) within += ((col[i] as number) - (means[labels[i] as number] as number)) ** 2;
  }
  if (within === 0) return 1;
  return (between * (n - used)) / (within * (used - 1));
}
