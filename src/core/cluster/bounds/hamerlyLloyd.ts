import type { Dataset } from '../dataset';
import { assign, moveCentres, relocateEmpty, stopRule } from '../lloydStep';
import type { LloydOutcome } from '../results';
import { jsBounds, type BoundsEngine } from './boundsEngine';
import { halfDistances, MARGIN } from './hamerlyPass';

/**
 * Lloyd iterations with Hamerly's (2010) bounds: per point an upper bound on the distance to its
 * centre and a lower bound on the distance to every other; a point is only looked at when its bounds
 * overlap, and then with the plain loop's arithmetic and tie rule. Cluster sums are updated only for
 * points that change label; exact sums (grid-snapped data) make that equal to re-summing. Same
 * semantics, centres, iterations and inertia as `lloyd`; pays off when d is too high for a kd-tree.
 * `engine` runs the passes (JavaScript by default, or WebAssembly), with the same results.
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
  engine: BoundsEngine = jsBounds(ds),
): LloydOutcome {
  const { n, d, x } = ds;
  const state = engine.start(k);
  const { labels, half, move, sums, counts } = state;
  let dist: Float64Array | null = null; // only for the rare pass with an empty cluster
  let full = true;
  let iterations = 0;
  let strict = false;
  let converged = false;

  for (let it = 0; it < maxIter; it++) {
    halfDistances(centers, k, d, half);
    const changed = engine.pass(state, centers, k, full);
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
    state.maxMove = 0;
    for (let c = 0; c < k; c++) {
      move[c] = Math.sqrt(move[c] as number) / MARGIN;
      if ((move[c] as number) > state.maxMove) state.maxMove = move[c] as number;
    }
    iterations = it + 1;
    const stop = stopRule(changed === 0, relocated, shift, tolAbs);
    if (stop !== null) {
      converged = true;
      strict = stop === 'stable';
      break;
    }
  }

  if (!strict) {
    halfDistances(centers, k, d, half);
    engine.pass(state, centers, k, full);
  }
  const inertia = engine.inertia(state, centers, k);
  return { iterations, inertia, converged };
}
