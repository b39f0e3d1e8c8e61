import { distinctRows, type Dataset } from './dataset';
import { plainStrategy } from './lloyd/plainStrategy';
import type { RestartSettings } from './options';
import { restartRandom } from './random';
import type { RestartResult } from './results';
import type { Strategy } from './strategy';

// The worker protocol (src/worker/protocol.ts) imports RestartResult from here.
export type { RestartResult } from './results';

/**
 * Runs restart number `restart` for k clusters: k-means++ seeding from the PRNG stream
 * restartRandom(seed, k, restart, ds.n), then Lloyd to convergence. The result depends only on
 * (data, k, restart, seed, settings), never on what else ran before or in parallel, so a pool of
 * workers may run the (k, restart) tasks of a sweep in any order and split, and pickBest then
 * finalizeKMeans give the same answer as one thread.
 *
 * `strategy` (from chooseStrategy on the same dataset) only changes the speed: every strategy
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
  strategy: Strategy = plainStrategy(ds),
): RestartResult {
  return kmeansRestarts(ds, k, [restart], seed, settings, strategy)[0] as RestartResult;
}

/**
 * kmeansRestart for several restarts of one k, each result exactly the one kmeansRestart gives:
 * seeded one after another, then iterated together where the strategy can share the passes over the
 * points between them (Strategy.iterateMany), which is faster when the passes are bound by memory.
 */
export function kmeansRestarts(
  ds: Dataset,
  k: number,
  restarts: readonly number[],
  seed: number,
  settings: RestartSettings,
  strategy: Strategy = plainStrategy(ds),
): RestartResult[] {
  const { d, x } = ds;
  const distinct = distinctRows(ds, k);
  if (distinct.length < k) {
    return restarts.map((restart) => {
      const centers = new Float64Array(k * d);
      for (let c = 0; c < k; c++) {
        const row = distinct[c] ?? distinct[0] ?? 0;
        for (let j = 0; j < d; j++) centers[c * d + j] = x[row * d + j] as number;
      }
      return { k, restart, centers, inertia: 0, iterations: 0, converged: true, distinct: distinct.length };
    });
  }
  const seeded = restarts.map((restart) => {
    const rows = strategy.seed(k, restartRandom(seed, k, restart, ds.n));
    const centers = new Float64Array(k * d);
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < d; j++) centers[c * d + j] = x[(rows[c] as number) * d + j] as number;
    }
    return centers;
  });
  const outcomes =
    strategy.iterateMany !== undefined && seeded.length > 1
      ? strategy.iterateMany(seeded, k, settings)
      : seeded.map((centers) => strategy.iterate(centers, k, settings));
  return restarts.map((restart, r) => {
    const { inertia, iterations, converged } = outcomes[r] as (typeof outcomes)[number];
    return { k, restart, centers: seeded[r] as Float64Array, inertia, iterations, converged, distinct: null };
  });
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
