/**
 * What the engine hands back, from one Lloyd run up to the public result of a k. Every strategy
 * (plain, kd-tree, bounds) produces these same shapes with the same numbers; only the speed differs.
 */

/** Outcome of one Lloyd run from given seeds; the centres are updated in place. */
export interface LloydOutcome {
  /** Lloyd iterations performed, counted as scikit-learn does (the converging pass included). */
  readonly iterations: number;
  /** Sum of squared distances of the points to their assigned (final) centres. */
  readonly inertia: number;
  /** True when a stopping rule held (labels stable or shift <= tol) before maxIter ran out. */
  readonly converged: boolean;
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
  /** Present when this is a restart carried on to a fixed point (see refineRestart). */
  readonly refined?: Refinement;
}

/** What refineRestart added to a restart: iterations past scikit-learn's tol, and the inertia before. */
export interface Refinement {
  readonly iterations: number;
  readonly inertiaBefore: number;
}

/** The best restart of a k, labelled and renumbered (see finalizeKMeans). */
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
