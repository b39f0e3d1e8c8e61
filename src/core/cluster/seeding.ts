import type { Dataset } from './dataset';
import { localTrials, type Random } from './random';

/**
 * Greedy k-means++ seeding as scikit-learn 1.2 does it, draw for draw (randint for the first
 * centre, then localTrials(k) uniforms per further centre): the first centre is a uniformly drawn
 * point; each next one is the best (lowest resulting potential) of 2 + floor(ln k) candidates
 * drawn with probability proportional to D^2, the squared distance to the nearest chosen centre.
 *
 * Returns the k chosen row indices. Requires at least k distinct points (the caller checks), so
 * the potential stays positive and no centre is drawn twice. Allocates O(n) scratch once per call.
 */
export function kmeansPlusPlus(ds: Dataset, k: number, rng: Random): Int32Array {
  const { n, d, x } = ds;
  const chosen = new Int32Array(k);
  let closest = new Float64Array(n);
  let best = new Float64Array(n);
  let trial = new Float64Array(n);
  const cumulative = new Float64Array(n);
  const first = rng.nextBelow(n);
  chosen[0] = first;
  distancesTo(x, d, n, first, closest, null);
  const trials = localTrials(k);
  for (let c = 1; c < k; c++) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += closest[i] as number;
      cumulative[i] = acc;
    }
    const potential = acc;
    let bestPotential = Infinity;
    let bestIndex = -1;
    for (let t = 0; t < trials; t++) {
      const candidate = upperBound(cumulative, rng.nextFloat() * potential);
      const p = distancesTo(x, d, n, candidate, trial, closest);
      if (p < bestPotential) {
        bestPotential = p;
        bestIndex = candidate;
        const swap = best;
        best = trial;
        trial = swap;
      }
    }
    chosen[c] = bestIndex;
    const swap = closest;
    closest = best;
    best = swap;
  }
  return chosen;
}

/**
 * Writes min(prev[i], |x_i - x_c|^2) (or just the distance when prev is null) into out and returns
 * the total: the potential if row c became a centre.
 */
function distancesTo(
  x: Float64Array,
  d: number,
  n: number,
  c: number,
  out: Float64Array,
  prev: Float64Array | null,
): number {
  let total = 0;
  const base = c * d;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const o = i * d;
    for (let j = 0; j < d; j++) {
      const diff = (x[o + j] as number) - (x[base + j] as number);
      s += diff * diff;
    }
    if (prev !== null && (prev[i] as number) < s) s = prev[i] as number;
    out[i] = s;
    total += s;
  }
  return total;
}

/**
 * First index whose cumulative weight exceeds r (r in [0, total)). Strictly-greater, unlike numpy's
 * searchsorted, so a point with zero weight (an existing centre) can never be drawn.
 */
export function upperBound(cumulative: Float64Array, r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
