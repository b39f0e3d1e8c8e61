import type { RestartSettings } from './options';
import type { Random } from './random';
import type { LloydOutcome } from './results';

/** The ways a restart can be computed; each has its folder: lloyd/, kdtree/, bounds/. */
export type StrategyKind = 'plain' | 'tree' | 'bounds';

/**
 * How one dataset's restarts are computed, in the three phases every strategy has. A strategy is
 * built once per dataset (see chooseStrategy) and reused for every (k, restart). All strategies give
 * the same numbers — the plain loop's seeds, centres, iterations, inertia and labels, bit for bit —
 * and differ only in speed, so restart.ts and finalizeKMeans.ts call them without asking which.
 */
export interface Strategy {
  readonly kind: StrategyKind;
  /** True when the heavy loops run in the WebAssembly kernels (kmeans.wasm). */
  readonly wasm: boolean;
  /**
   * Greedy k-means++ as scikit-learn draws it from `rng`: the k chosen row indices. Needs at
   * least k distinct points (the caller checks).
   */
  seed(k: number, rng: Random): Int32Array;
  /** Lloyd iterations from `centers` (k * d, row-major), which are overwritten with the result. */
  iterate(centers: Float64Array, k: number, settings: RestartSettings): LloydOutcome;
  /**
   * iterate for several restarts' centres at once, each with exactly iterate's outcome, where the
   * strategy can share the work of reading the points between them (see kmeansRestarts).
   */
  iterateMany?(centers: readonly Float64Array[], k: number, settings: RestartSettings): LloydOutcome[];
  /** Each row's nearest centre (lowest index on ties), written into `out` (length n) in row order. */
  label(centers: Float64Array, k: number, out: Int32Array): Int32Array;
}
