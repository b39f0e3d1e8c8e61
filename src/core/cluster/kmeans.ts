import { chooseStrategy } from './chooseStrategy';
import { prepareDataset, type Dataset } from './dataset';
import { finalizeKMeans } from './finalizeKMeans';
import { plainStrategy } from './lloyd/plainStrategy';
import { resolveKMeansOptions, restartSettings, type KMeansOptions } from './options';
import type { Points } from './points';
import { kmeansRestart, pickBest } from './restart';
import type { KMeansResult, RestartResult } from './results';
import type { Strategy } from './strategy';

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
