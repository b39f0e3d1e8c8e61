import { chooseStrategy } from '../../../src/core/cluster/chooseStrategy';
import { prepareDataset, type Dataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import { plainStrategy } from '../../../src/core/cluster/lloyd/plainStrategy';
import { resolveKMeansOptions, restartSettings, type KMeansOptions } from '../../../src/core/cluster/options';
import type { Points } from '../../../src/core/cluster/points';
import { kmeansRestart, pickBest } from '../../../src/core/cluster/restart';
import type { KMeansResult, RestartResult } from '../../../src/core/cluster/results';
import type { Strategy } from '../../../src/core/cluster/strategy';

// Reference implementation, not on any runtime path: the engine's phases composed on one thread
// (the app's worker pool runs the same phases split up: prepareAnalysis, kmeansRestart per task,
// assembleAnalysis). Tests check the app against it, the bench times it.

/**
 * K-Means with greedy k-means++ seeding and exact Lloyd iterations, best of nInit restarts, as
 * scikit-learn's KMeans(init='k-means++'). The result depends only on (points, k, nInit, seed,
 * maxIter, tol). Throws a RangeError for an empty dataset or invalid options; k above the number of
 * distinct points is not an error but returns empty duplicate clusters with a warning.
 *
 * To spread restarts over workers: in each worker prepareDataset and chooseStrategy once, then
 * kmeansRestart(ds, k, r, seed, restartSettings(ds, options), strategy) for any share of
 * r = 0..nInit-1; back on one thread, finalizeKMeans(ds, pickBest(results), maxIter).
 */
export function kmeans(points: Points, options: KMeansOptions): KMeansResult {
  const resolved = resolveKMeansOptions(options);
  if (points.n === 0) throw new RangeError('There are no rows to cluster.');
  const ds = prepareDataset(points);
  return kmeansOnDataset(ds, resolved, undefined, chooseStrategy(ds));
}

/**
 * kmeans on an already prepared dataset (lets a sweep prepare once for every k). `strategy`
 * (see chooseStrategy) only changes the speed, never the result.
 */
export function kmeansOnDataset(
  ds: Dataset,
  options: Required<KMeansOptions>,
  onRestart?: (result: RestartResult) => void,
  strategy: Strategy = plainStrategy(ds),
): KMeansResult {
  const settings = restartSettings(ds, options);
  const results: RestartResult[] = [];
  for (let r = 0; r < options.nInit; r++) {
    const result = kmeansRestart(ds, options.k, r, options.seed, settings, strategy);
    results.push(result);
    onRestart?.(result);
  }
  return finalizeKMeans(ds, pickBest(results), options.maxIter, strategy);
}
