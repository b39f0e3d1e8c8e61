import type { Dataset } from './dataset';
import { distRow8, LANES } from './kernels';
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
export function kmeansPlusPlus(
  ds: Dataset,
  k: number,
  rng: Random,
  engine: SeedingEngine = jsSeeding(ds),
): Int32Array {
  const { n, d, x } = ds;
  const chosen = new Int32Array(k);
  let [closest, best, trial] = engine.scratch();
  const cumulative = new Float64Array(n);
  const first = rng.nextBelow(n);
  chosen[0] = first;
  for (let i = 0; i < n; i++) closest[i] = rowDistance(x, d, i, first);
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
      const p = engine.improvedBy(candidate, trial, closest);
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
 * What computes a candidate's potential (improvedBy) and where its rows of n live. Engines differ
 * only in speed: every one returns the JS improvedBy's values and total, bit for bit.
 */
export interface SeedingEngine {
  /** Three distinct rows of n scratch (closest, best, trial); valid until the next call. */
  scratch(): [Float64Array, Float64Array, Float64Array];
  /** Writes min(prev[i], |x_i - x_candidate|^2) into out and returns the total in row order. */
  improvedBy(candidate: number, out: Float64Array, prev: Float64Array): number;
}

/** The JavaScript engine. */
export function jsSeeding(ds: Dataset): SeedingEngine {
  const { n, d, x } = ds;
  return {
    scratch: () => [new Float64Array(n), new Float64Array(n), new Float64Array(n)],
    improvedBy: (candidate, out, prev) => improvedBy(x, d, n, candidate, out, prev),
  };
}

/** Squared distance between rows a and b, term by term like the plain loop. */
function rowDistance(x: Float64Array, d: number, a: number, b: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = (x[a * d + j] as number) - (x[b * d + j] as number);
    s += diff * diff;
  }
  return s;
}

/**
 * Writes min(prev[i], |x_i - x_c|^2) into out and returns the total in row order: the potential
 * if row c became a centre. Same values and summation order as the textbook loop, so the same
 * total bit for bit; up to LANES features the candidate sits in locals for the unrolled kernel.
 * (Skipping points by the triangle inequality was tried: at 6-D it spared only 10-35% of the
 * distances and its unpredictable branch cost more than it saved.)
 */
function improvedBy(
  x: Float64Array,
  d: number,
  n: number,
  c: number,
  out: Float64Array,
  prev: Float64Array,
): number {
  let total = 0;
  const base = c * d;
  if (d <= LANES) {
    // The candidate's coordinates in locals (zero padded) for the unrolled kernel.
    const c0 = x[base] as number;
    const c1 = d > 1 ? (x[base + 1] as number) : 0;
    const c2 = d > 2 ? (x[base + 2] as number) : 0;
    const c3 = d > 3 ? (x[base + 3] as number) : 0;
    const c4 = d > 4 ? (x[base + 4] as number) : 0;
    const c5 = d > 5 ? (x[base + 5] as number) : 0;
    const c6 = d > 6 ? (x[base + 6] as number) : 0;
    const c7 = d > 7 ? (x[base + 7] as number) : 0;
    for (let i = 0; i < n; i++) {
      let v = prev[i] as number;
      const s = distRow8(x, i * d, d, c0, c1, c2, c3, c4, c5, c6, c7);
      if (s < v) v = s;
      out[i] = v;
      total += v;
    }
    return total;
  }
  for (let i = 0; i < n; i++) {
    let v = prev[i] as number;
    const s = rowDistance(x, d, i, c);
    if (s < v) v = s;
    out[i] = v;
    total += v;
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
