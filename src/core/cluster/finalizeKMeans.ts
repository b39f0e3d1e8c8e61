import type { Dataset } from './dataset';
import { plainStrategy } from './lloyd/plainStrategy';
import type { KMeansResult, RestartResult } from './results';
import type { Strategy } from './strategy';

/**
 * Turns the winning restart into the public result: labels every point with its nearest centre
 * (lowest index on ties — the same labels the Lloyd run ended with, because exact cluster sums make
 * its last centres reproduce them), then renumbers clusters so 0 is the largest, ties broken by
 * centroid coordinates in lexicographic order. O(n k d), much less with the kd-tree or
 * WebAssembly strategy.
 *
 * `maxIter` only feeds the non-convergence warning.
 */
export function finalizeKMeans(
  ds: Dataset,
  best: RestartResult,
  maxIter: number,
  strategy: Strategy = plainStrategy(ds),
): KMeansResult {
  const { n, d } = ds;
  const { k, centers } = best;
  const raw = strategy.label(centers, k, new Int32Array(n));
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) counts[raw[i] as number] = (counts[raw[i] as number] as number) + 1;
  const rows = Array.from({ length: k }, (_, c) => Array.from(centers.subarray(c * d, c * d + d)));
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => {
    const bySize = (counts[b] as number) - (counts[a] as number);
    if (bySize !== 0) return bySize;
    const ra = rows[a] as number[];
    const rb = rows[b] as number[];
    for (let j = 0; j < d; j++) {
      const diff = (ra[j] as number) - (rb[j] as number);
      if (diff !== 0) return diff;
    }
    return a - b;
  });
  const newLabel = new Int32Array(k);
  order.forEach((old, idx) => (newLabel[old] = idx));
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = newLabel[raw[i] as number] as number;
  const sizes = order.map((old) => counts[old] as number);
  const warnings: string[] = [];
  const empty = sizes.filter((s) => s === 0).length;
  if (best.distinct !== null) {
    warnings.push(
      `Only ${best.distinct} distinct point${best.distinct === 1 ? '' : 's'} for k = ${k}: ` +
        `${empty} cluster${empty === 1 ? ' is an empty duplicate' : 's are empty duplicates'}.`,
    );
  } else if (empty > 0) {
    warnings.push(`k = ${k} left ${empty} cluster${empty === 1 ? '' : 's'} empty.`);
  }
  if (!best.converged) {
    warnings.push(`K-Means for k = ${k} stopped after ${maxIter} iterations without fully converging.`);
  }
  return {
    k,
    labels,
    centroids: order.map((old) => rows[old] as number[]),
    sizes,
    inertia: best.inertia,
    iterations: best.iterations,
    warnings,
  };
}
