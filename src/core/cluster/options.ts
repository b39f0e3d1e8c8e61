import type { Dataset } from './dataset';

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

/** Knobs of a single restart, already resolved to numbers. */
export interface RestartSettings {
  readonly maxIter: number;
  /** Absolute tolerance on the summed squared centre shift (scikit-learn's tol * mean variance). */
  readonly tolAbs: number;
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
