import { distinctRows, type Dataset } from './dataset';
import { filterLloyd } from './filterLloyd';
import { PLAIN, type Accelerator } from './accelerator';
import { hamerlyLloyd } from './hamerlyLloyd';
import { lloyd } from './lloyd';
import { restartRandom } from './random';
import { kmeansPlusPlus } from './seeding';
import { kmeansPlusPlusTree } from './treeSeeding';

/** Knobs of a single restart, already resolved to numbers. */
export interface RestartSettings {
  readonly maxIter: number;
  /** Absolute tolerance on the summed squared centre shift (scikit-learn's tol * mean variance). */
  readonly tolAbs: number;
}

/** One finished (k, restart) task: small enough to post back from a worker. */
export interface RestartResult {
  readonly k: number;
  readonly restart: number;
  /** Final centres, row-major k * d, in the dataset's units. */
  readonly centers: Float64Array;
  readonly inertia: number;
  readonly iterations: number;
  /** False when maxIter ran out before either stopping rule held. */
  readonly converged: boolean;
  /** Number of distinct points, when fewer than k (the run was then solved exactly, without Lloyd). */
  readonly distinct: number | null;
}

/**
 * Runs restart number `restart` for k clusters: k-means++ seeding from the PRNG stream
 * restartRandom(seed, k, restart, ds.n), then Lloyd to convergence. The result depends only on
 * (data, k, restart, seed, settings), never on what else ran before or in parallel, so a pool of
 * workers may run the (k, restart) tasks of a sweep in any order and split, and pickBest then
 * finalizeKMeans give the same answer as one thread.
 *
 * `accelerator` (from chooseAccelerator on the same dataset) only changes the speed: every kind
 * reaches the same centres and iteration count as the plain loops.
 *
 * With fewer distinct points than k the optimum is known (each distinct point its own cluster,
 * inertia 0); the surplus centres duplicate the first one and their clusters stay empty.
 */
export function kmeansRestart(
  ds: Dataset,
  k: number,
  restart: number,
  seed: number,
  settings: RestartSettings,
  accelerator: Accelerator = PLAIN,
): RestartResult {
  const { d, x } = ds;
  const distinct = distinctRows(ds, k);
  if (distinct.length < k) {
    const centers = new Float64Array(k * d);
    for (let c = 0; c < k; c++) {
      const row = distinct[c] ?? distinct[0] ?? 0;
      for (let j = 0; j < d; j++) centers[c * d + j] = x[row * d + j] as number;
    }
    return { k, restart, centers, inertia: 0, iterations: 0, converged: true, distinct: distinct.length };
  }
  const rng = restartRandom(seed, k, restart, ds.n);
  const rows =
    accelerator.kind === 'tree'
      ? kmeansPlusPlusTree(ds, accelerator.tree, k, rng)
      : kmeansPlusPlus(ds, k, rng, accelerator.kind === 'bounds' ? accelerator.wasm?.seeding : undefined);
  const centers = new Float64Array(k * d);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < d; j++) centers[c * d + j] = x[(rows[c] as number) * d + j] as number;
  }
  const { maxIter, tolAbs } = settings;
  const out =
    accelerator.kind === 'tree'
      ? filterLloyd(ds, accelerator.tree, centers, k, maxIter, tolAbs)
      : accelerator.kind === 'bounds'
        ? hamerlyLloyd(ds, centers, k, maxIter, tolAbs, accelerator.wasm?.bounds)
        : lloyd(ds, centers, k, maxIter, tolAbs);
  return {
    k,
    restart,
    centers,
    inertia: out.inertia,
    iterations: out.iterations,
    converged: out.converged,
    distinct: null,
  };
}

/**
 * The winning restart: lowest inertia, ties to the lowest restart index, so the choice does not
 * depend on the order results arrive in. Throws on an empty list.
 */
export function pickBest(results: readonly RestartResult[]): RestartResult {
  let best: RestartResult | undefined;
  for (const r of results) {
    if (
      best === undefined ||
      r.inertia < best.inertia ||
      (r.inertia === best.inertia && r.restart < best.restart)
    ) {
      best = r;
    }
  }
  if (best === undefined) throw new RangeError('pickBest needs at least one restart result.');
  return best;
}
