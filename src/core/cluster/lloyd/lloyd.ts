import type { Dataset } from '../dataset';
import { assign, moveCentres, relocateEmpty, stopRule } from '../lloydStep';
import type { LloydOutcome } from '../results';

/**
 * Plain (brute-force) Lloyd iterations with scikit-learn 1.2's `lloyd` semantics: each pass assigns
 * every point to its nearest centre and moves centres to their cluster means; stop when no label
 * changed (strict convergence) or when the summed squared centre shift is <= tolAbs; if stopped on
 * tol, one more assignment so labels match the final centres. Empty clusters are reseeded at the
 * points farthest from their centres, taken from clusters that keep at least one point, so no
 * centre ever becomes NaN.
 *
 * `centers` (k * d, row-major) is read as the start and overwritten with the result. O(n k d) per
 * pass; all scratch is allocated before the loop.
 */
export function lloyd(
  ds: Dataset,
  centers: Float64Array,
  k: number,
  maxIter: number,
  tolAbs: number,
): LloydOutcome & {
  /** Final labels: each point's nearest final centre, lowest index on ties. */
  readonly labels: Int32Array;
} {
  const { n, d, x } = ds;
  const labels = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  let iterations = 0;
  let strict = false;
  let converged = false;
  for (let it = 0; it < maxIter; it++) {
    const changed = assign(x, n, d, centers, k, labels, dist, sums, counts);
    const relocated = relocateEmpty(x, n, d, k, labels, dist, sums, counts);
    const shift = moveCentres(centers, sums, counts, k, d);
    iterations = it + 1;
    const stop = stopRule(changed === 0, relocated, shift, tolAbs);
    if (stop !== null) {
      converged = true;
      strict = stop === 'stable';
      break;
    }
  }
  if (!strict) assign(x, n, d, centers, k, labels, dist, sums, counts);
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += dist[i] as number;
  return { iterations, inertia, labels, converged };
}
