import type { RestartSettings } from './options';
import type { RestartResult } from './results';
import type { Strategy } from './strategy';

/**
 * The thorough search's last step for a k: Lloyd iterations from the best restart's final centres
 * with tol = 0, until no label changes (or maxIter more iterations). scikit-learn's tol stops a
 * restart while points still move; on large files every restart stops in a partition of its own
 * (at 10^6 rows, 100 restarts of a k reached 100 different inertias), and going on to the fixed point
 * lowers the inertia below the best of them at every k > 1. Where the restart already stopped at a
 * fixed point (Mall_Customers, every k) this costs one pass and changes nothing.
 *
 * The same as scikit-learn's KMeans(init=best.centers, n_init=1, tol=0) on the same data, so the
 * exported script can repeat it. Never worse: a Lloyd step never raises the inertia, and a result
 * that came out higher anyway (rounding) is not kept. Deterministic, like every restart.
 */
export function refineRestart(
  strategy: Strategy,
  best: RestartResult,
  settings: RestartSettings,
): RestartResult {
  if (!canRefine(best)) return best;
  const centers = Float64Array.from(best.centers);
  const outcome = strategy.iterate(centers, best.k, { maxIter: settings.maxIter, tolAbs: 0 });
  if (!(outcome.inertia <= best.inertia)) return best;
  return {
    ...best,
    centers,
    inertia: outcome.inertia,
    iterations: best.iterations + outcome.iterations,
    converged: outcome.converged,
    refined: { iterations: outcome.iterations, inertiaBefore: best.inertia },
  };
}

/** False where the restart is exact already (k = 1, or fewer distinct points than k): nothing to refine. */
export function canRefine(best: RestartResult): boolean {
  return best.k > 1 && best.distinct === null;
}
