import type { Dataset } from './dataset';
import { hamerlyPass, MARGIN, type HamerlyBounds } from './hamerlyPass';
import { LANES } from './kernels';
import { assign, moveCentres, relocateEmpty, stopRule } from './lloyd';

/** Outcome of a Hamerly Lloyd run; centres are updated in place. */
export interface HamerlyOutcome {
  readonly iterations: number;
  readonly inertia: number;
  readonly converged: boolean;
}

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
  const pc = new Float64Array(k * LANES);
  // maxMove starts as a double so V8 never has to change the field's representation.
  const b: HamerlyBounds = { labels, upper, lower, half, move, maxMove: 0.5, pc };
  let dist: Float64Array | null = null; // only for the rare pass with an empty cluster
  let full = true;
  let iterations = 0;
  let strict = false;
  let converged = false;

  for (let it = 0; it < maxIter; it++) {
    const changed = hamerlyPass(x, n, d, centers, k, sums, counts, b, full);
    full = false;
    let relocated = false;
    if (counts.some((c) => c === 0)) {
      // Re-run as the plain loop would (same labels, exact distances), then relocate.
      dist ??= new Float64Array(n);
      assign(x, n, d, centers, k, labels, dist, sums, counts);
      relocated = relocateEmpty(x, n, d, k, labels, dist, sums, counts);
      full = true; // sums no longer follow labels, bounds must be rebuilt
    }
    const shift = moveCentres(centers, sums, counts, k, d, move);
    for (let c = 0; c < k; c++) {
      move[c] = Math.sqrt(move[c] as number) / MARGIN;
      if ((move[c] as number) > b.maxMove) b.maxMove = move[c] as number;
    }
    iterations = it + 1;
    const stop = stopRule(changed === 0, relocated, shift, tolAbs);
    if (stop !== null) {
      converged = true;
      strict = stop === 'stable';
      break;
    }
  }

  if (!strict) hamerlyPass(x, n, d, centers, k, sums, counts, b, full);
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
