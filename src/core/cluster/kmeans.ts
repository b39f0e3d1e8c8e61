import { chooseAccelerator, PLAIN, type Accelerator } from './accelerator';
import { prepareDataset, type Dataset } from './dataset';
import { finalizeKMeans } from './finalizeKMeans';
import type { Points } from './points';
import { kmeansRestart, pickBest, type RestartResult, type RestartSettings } from './restart';

export interface KMeansOptions {
  /** Number of clusters, an integer >= 1. */
  readonly k: number;
  /** Independent k-means++ restarts; the lowest inertia wins. Default 10. */
  readonly nInit?: number;
  /** Seed of the PRNG streams (one per k and restart). Default 42. */
  readonly seed?: number;
  /** Lloyd iterations per restart at most. Default 300. */
  readonly maxIter?: number;
  /** Relative tolerance, scikit-learn semantics: stop when the summed squared centre shift <= tol * mean feature variance. Default 1e-4. */
  readonly tol?: number;
}

export interface KMeansResult {
  readonly k: number;
  /** Length n, values 0..k-1; cluster 0 is the largest (ties: centroid coordinates, lexicographically). */
  readonly labels: Int32Array;
  /** k arrays of d, in the units of the input points, numbered like labels. */
  readonly centroids: number[][];
  /** Points per cluster, length k. */
  readonly sizes: number[];
  /** Sum of squared distances of points to their centroid. */
  readonly inertia: number;
  /** Lloyd iterations of the winning restart. */
  readonly iterations: number;
  /** Plain sentences about degenerate input or non-convergence; empty when all went well. */
  readonly warnings: string[];
}

/** Defaults merged in one place; throws a RangeError a person can read on invalid values. */
export function resolveKMeansOptions(options: KMeansOptions): Required<KMeansOptions> {
  // `??` rather than spreading, so an explicit undefined still means "default".
  const resolved = {
    k: options.k,
    nInit: options.nInit ?? 10,
    seed: options.seed ?? 42,
    maxIter: options.maxIter ?? 300,
    tol: options.tol ?? 1e-4,
  };
  const { k, nInit, maxIter, tol, seed } = resolved;
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`k must be a whole number of at least 1, got ${k}.`);
  if (!Number.isInteger(nInit) || nInit < 1)
    throw new RangeError(`nInit must be a whole number >= 1, got ${nInit}.`);
  if (!Number.isInteger(maxIter) || maxIter < 1)
    throw new RangeError(`maxIter must be a whole number >= 1, got ${maxIter}.`);
  if (!(tol >= 0)) throw new RangeError(`tol must be zero or positive, got ${tol}.`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}.`);
  return resolved;
}

/** The absolute settings one restart needs, from resolved options and the prepared data. */
export function restartSettings(ds: Dataset, options: Required<KMeansOptions>): RestartSettings {
  return { maxIter: options.maxIter, tolAbs: options.tol * ds.meanVariance };
}

/**
 * K-Means with greedy k-means++ seeding and exact Lloyd iterations, best of nInit restarts, as
 * scikit-learn's KMeans(init='k-means++'). The result depends only on (points, k, nInit, seed,
 * maxIter, tol). Throws a RangeError for an empty dataset or invalid options; k above the number of
 * distinct points is not an error but returns empty duplicate clusters with a warning.
 *
 * To spread restarts over workers: in each worker prepareDataset and chooseAccelerator once, then
 * kmeansRestart(ds, k, r, seed, restartSettings(ds, options), accelerator) for any share of
 * r = 0..nInit-1; back on one thread, finalizeKMeans(ds, pickBest(results), maxIter).
 */
export function kmeans(points: Points, options: KMeansOptions): KMeansResult {
  const resolved = resolveKMeansOptions(options);
  if (points.n === 0) throw new RangeError('There are no rows to cluster.');
  const ds = prepareDataset(points);
  return kmeansOnDataset(ds, resolved, undefined, chooseAccelerator(ds));
}

/**
 * kmeans on an already prepared dataset (lets a sweep prepare once for every k). `accelerator`
 * (see chooseAccelerator) only changes the speed, never the result.
 */
export function kmeansOnDataset(
  ds: Dataset,
  options: Required<KMeansOptions>,
  onRestart?: (result: RestartResult) => void,
  accelerator: Accelerator = PLAIN,
): KMeansResult {
  const settings = restartSettings(ds, options);
  const results: RestartResult[] = [];
  for (let r = 0; r < options.nInit; r++) {
    const result = kmeansRestart(ds, options.k, r, options.seed, settings, accelerator);
    results.push(result);
    onRestart?.(result);
  }
  return finalizeKMeans(ds, pickBest(results), options.maxIter, accelerator);
}
