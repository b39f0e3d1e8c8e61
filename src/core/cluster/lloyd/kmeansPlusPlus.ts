import type { Dataset } from '../dataset';
import { distRow8, LANES } from '../kernels';
import { localTrials, type Random } from '../random';

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
  const chosen = new Int32Array(k);
  const { closest, cumulative } = engine.rows();
  closest.fill(Infinity);
  const first = rng.nextBelow(ds.n);
  chosen[0] = first;
  let potential = k > 1 ? engine.absorb(first, closest, cumulative) : 0;
  const trials = localTrials(k);
  const candidates = new Int32Array(trials);
  const totals = new Float64Array(trials);
  for (let c = 1; c < k; c++) {
    // The draws do not depend on the potentials, so all candidates are drawn first and then
    // weighed in one go (one pass over the points instead of one per candidate).
    for (let t = 0; t < trials; t++) candidates[t] = upperBound(cumulative, rng.nextFloat() * potential);
    engine.potentials(candidates, closest, totals);
    let best = 0;
    for (let t = 1; t < trials; t++) if ((totals[t] as number) < (totals[best] as number)) best = t;
    const row = candidates[best] as number;
    chosen[c] = row;
    if (c + 1 < k) potential = engine.absorb(row, closest, cumulative);
  }
  return chosen;
}

/**
 * Where k-means++ keeps each point's squared distance to its nearest chosen centre (and their
 * running total, to draw from), and what updates and weighs them. Engines differ only in speed: all
 * give the JavaScript engine's numbers bit for bit (each distance term by term in feature order,
 * each total in row order).
 */
export interface SeedingEngine {
  /** Two rows of n, valid until the next call. */
  rows(): { readonly closest: Float64Array; readonly cumulative: Float64Array };
  /**
   * totals[t] = the potential if candidates[t] became a centre: the sum over rows, in row order, of
   * min(closest[i], |x_i - x_candidate|^2).
   */
  potentials(candidates: Int32Array, closest: Float64Array, totals: Float64Array): void;
  /**
   * Makes `row` a chosen centre: closest[i] = min(closest[i], |x_i - x_row|^2), and cumulative[i] =
   * closest[0] + ... + closest[i] added in row order. Returns the total, the new potential.
   */
  absorb(row: number, closest: Float64Array, cumulative: Float64Array): number;
}

/** The JavaScript engine. */
export function jsSeeding(ds: Dataset): SeedingEngine {
  const { n, d, x } = ds;
  return {
    rows: () => ({ closest: new Float64Array(n), cumulative: new Float64Array(n) }),
    potentials(candidates, closest, totals) {
      candidates.forEach((c, t) => (totals[t] = improvedBy(x, d, n, c, closest, null)));
    },
    absorb: (row, closest, cumulative) => improvedBy(x, d, n, row, closest, cumulative),
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
 * Returns the total in row order of min(closest[i], |x_i - x_c|^2), the potential if row c became
 * a centre. With `cumulative`, also makes c a centre: those values go into closest and their
 * running totals into cumulative. Same values and summation order as the textbook loop, so the same
 * total bit for bit. (Skipping points by the triangle inequality was tried: at 6-D it spared only 10-35% of the
 * distances and its unpredictable branch cost more than it saved.)
 */
function improvedBy(
  x: Float64Array,
  d: number,
  n: number,
  c: number,
  closest: Float64Array,
  cumulative: Float64Array | null,
): number {
  let total = 0;
  const base = c * d;
  // Up to LANES features the candidate's coordinates sit in locals (zero padded) for the unrolled
  // kernel; above, the plain loop reads them.
  const unrolled = d <= LANES;
  const c0 = x[base] as number;
  const c1 = unrolled && d > 1 ? (x[base + 1] as number) : 0;
  const c2 = unrolled && d > 2 ? (x[base + 2] as number) : 0;
  const c3 = unrolled && d > 3 ? (x[base + 3] as number) : 0;
  const c4 = unrolled && d > 4 ? (x[base + 4] as number) : 0;
  const c5 = unrolled && d > 5 ? (x[base + 5] as number) : 0;
  const c6 = unrolled && d > 6 ? (x[base + 6] as number) : 0;
  const c7 = unrolled && d > 7 ? (x[base + 7] as number) : 0;
  for (let i = 0; i < n; i++) {
    let v = closest[i] as number;
    const s = unrolled ? distRow8(x, i * d, d, c0, c1, c2, c3, c4, c5, c6, c7) : rowDistance(x, d, i, c);
    if (s < v) v = s;
    total += v;
    if (cumulative !== null) {
      closest[i] = v;
      cumulative[i] = total;
    }
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
