import type { Dataset } from './dataset';
import { assign, relocateEmpty } from './lloyd';

/** Outcome of a Hamerly Lloyd run; centres are updated in place. */
export interface HamerlyOutcome {
  readonly iterations: number;
  readonly inertia: number;
  readonly converged: boolean;
}

/**
 * Bounds are trusted only with this relative margin, so a point keeps its label without a look only
 * when no rounding could make another centre tie or win in the plain loop's arithmetic.
 */
const MARGIN = 1 - 1e-9;

/**
 * Lloyd iterations with Hamerly's (2010) bounds: per point an upper bound on the distance to its
 * centre and a lower bound on the distance to every other; a point is only looked at when its bounds
 * overlap, and then with the plain loop's arithmetic and tie rule. Cluster sums are updated only for
 * points that change label; exact sums (grid-snapped data) make that equal to re-summing. Same
 * semantics, centres, iterations and inertia as `lloyd`; pays off when d is too high for a kd-tree.
 *
 * A pass with an empty cluster is redone by the plain assignment so relocation sees exactly the
 * plain distances; the pass after it re-initializes all bounds.
 */
export function hamerlyLloyd(
  ds: Dataset,
  centers: Float64Array,
  k: number,
  maxIter: number,
  tolAbs: number,
): HamerlyOutcome {
  const { n, d, x } = ds;
  const labels = new Int32Array(n).fill(-1);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const half = new Float64Array(k);
  const move = new Float64Array(k); // how far each centre moved since the bounds were last updated
  let maxMove = 0;
  let dist: Float64Array | null = null; // only for the rare pass with an empty cluster
  let full = true;
  let iterations = 0;
  let strict = false;
  let converged = false;

  const step = (): number => {
    let changed = 0;
    if (full) {
      sums.fill(0);
      counts.fill(0);
    }
    for (let c = 0; c < k; c++) {
      let m = Infinity;
      for (let o = 0; o < k; o++) {
        if (o === c) continue;
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = (centers[c * d + j] as number) - (centers[o * d + j] as number);
          s += diff * diff;
        }
        if (s < m) m = s;
      }
      half[c] = (Math.sqrt(m) / 2) * MARGIN;
    }
    for (let i = 0; i < n; i++) {
      const o = i * d;
      const a = labels[i] as number;
      if (!full) {
        // Bounds are brought up to date lazily, here, rather than in a pass of their own.
        const up = (upper[i] as number) + (move[a] as number);
        const low = (lower[i] as number) - maxMove;
        lower[i] = low;
        const h = half[a] as number;
        const bound = h > low * MARGIN ? h : low * MARGIN;
        if (up <= bound) {
          upper[i] = up;
          continue;
        }
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = (x[o + j] as number) - (centers[a * d + j] as number);
          s += diff * diff;
        }
        const tight = Math.sqrt(s) / MARGIN;
        upper[i] = tight;
        if (tight <= bound) continue;
      }
      // Full scan in the plain loop's order and arithmetic (strict <: lowest index wins ties).
      let label = 0;
      let bestD = Infinity;
      let second = Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = (x[o + j] as number) - (centers[c * d + j] as number);
          s += diff * diff;
        }
        if (s < bestD) {
          second = bestD;
          bestD = s;
          label = c;
        } else if (s < second) second = s;
      }
      upper[i] = Math.sqrt(bestD) / MARGIN;
      lower[i] = Math.sqrt(second);
      if (full) {
        counts[label] = (counts[label] as number) + 1;
        for (let j = 0; j < d; j++)
          sums[label * d + j] = (sums[label * d + j] as number) + (x[o + j] as number);
      } else if (label !== a) {
        counts[a] = (counts[a] as number) - 1;
        counts[label] = (counts[label] as number) + 1;
        for (let j = 0; j < d; j++) {
          const v = x[o + j] as number;
          sums[a * d + j] = (sums[a * d + j] as number) - v;
          sums[label * d + j] = (sums[label * d + j] as number) + v;
        }
      }
      if (label !== a) {
        changed++;
        labels[i] = label;
      }
    }
    full = false;
    move.fill(0);
    maxMove = 0;
    return changed;
  };

  for (let it = 0; it < maxIter; it++) {
    const changed = step();
    let relocated = false;
    if (counts.some((c) => c === 0)) {
      // Re-run as the plain loop would (same labels, exact distances), then relocate.
      dist ??= new Float64Array(n);
      assign(x, n, d, centers, k, labels, dist, sums, counts);
      relocated = relocateEmpty(x, n, d, k, labels, dist, sums, counts);
      full = true; // sums no longer follow labels, bounds must be rebuilt
    }
    let shift = 0;
    for (let c = 0; c < k; c++) {
      const count = counts[c] as number;
      let m = 0;
      if (count > 0) {
        for (let j = 0; j < d; j++) {
          const value = (sums[c * d + j] as number) / count;
          const diff = value - (centers[c * d + j] as number);
          shift += diff * diff; // accumulated exactly as the plain loop does, for the same tol verdict
          m += diff * diff;
          centers[c * d + j] = value;
        }
      }
      move[c] = Math.sqrt(m) / MARGIN;
      if ((move[c] as number) > maxMove) maxMove = move[c] as number;
    }
    iterations = it + 1;
    if (changed === 0 && !relocated) {
      strict = true;
      converged = true;
      break;
    }
    if (shift <= tolAbs) {
      converged = true;
      break;
    }
  }
  if (!strict) step();
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i] as number;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const diff = (x[i * d + j] as number) - (centers[a * d + j] as number);
      s += diff * diff;
    }
    inertia += s;
  }
  return { iterations, inertia, converged };
}
