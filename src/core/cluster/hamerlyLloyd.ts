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
  const dist = new Float64Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const half = new Float64Array(k);
  const move = new Float64Array(k);
  let full = true;
  let iterations = 0;
  let strict = false;
  let converged = false;

  // Full scan of point i in the plain loop's order and arithmetic; returns its new label.
  const scan = (i: number): number => {
    let best = 0;
    let bestD = Infinity;
    let second = Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = (x[i * d + j] as number) - (centers[c * d + j] as number);
        s += diff * diff;
      }
      if (s < bestD) {
        second = bestD;
        bestD = s;
        best = c;
      } else if (s < second) second = s;
    }
    upper[i] = Math.sqrt(bestD) / MARGIN;
    lower[i] = Math.sqrt(second) * MARGIN;
    return best;
  };

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
        for (let j = 0; j < d; j++)
          s += ((centers[c * d + j] as number) - (centers[o * d + j] as number)) ** 2;
        if (s < m) m = s;
      }
      half[c] = Math.sqrt(m) / 2;
    }
    for (let i = 0; i < n; i++) {
      const a = labels[i] as number;
      let label = a;
      if (full) label = scan(i);
      else {
        const bound = Math.max(half[a] as number, lower[i] as number) * MARGIN;
        if ((upper[i] as number) > bound) {
          let s = 0;
          for (let j = 0; j < d; j++) s += ((x[i * d + j] as number) - (centers[a * d + j] as number)) ** 2;
          upper[i] = Math.sqrt(s) / MARGIN;
          if ((upper[i] as number) > bound) label = scan(i);
        }
      }
      if (full) {
        counts[label] = (counts[label] as number) + 1;
        for (let j = 0; j < d; j++)
          sums[label * d + j] = (sums[label * d + j] as number) + (x[i * d + j] as number);
      } else if (label !== a) {
        counts[a] = (counts[a] as number) - 1;
        counts[label] = (counts[label] as number) + 1;
        for (let j = 0; j < d; j++) {
          const v = x[i * d + j] as number;
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
    return changed;
  };

  for (let it = 0; it < maxIter; it++) {
    const changed = step();
    let relocated = false;
    if (counts.some((c) => c === 0)) {
      // Re-run as the plain loop would (same labels, exact distances), then relocate.
      assign(x, n, d, centers, k, labels, dist, sums, counts);
      relocated = relocateEmpty(x, n, d, k, labels, dist, sums, counts);
      full = true; // sums no longer follow labels, bounds must be rebuilt
    }
    let shift = 0;
    let maxMove = 0;
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
      move[c] = Math.sqrt(m);
      if ((move[c] as number) > maxMove) maxMove = move[c] as number;
    }
    for (let i = 0; i < n; i++) {
      upper[i] = (upper[i] as number) + (move[labels[i] as number] as number);
      lower[i] = (lower[i] as number) - maxMove;
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
