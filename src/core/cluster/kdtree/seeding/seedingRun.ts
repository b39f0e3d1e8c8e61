import type { Dataset } from '../../dataset';
import type { KdTree } from '../kdTree';
import { seedingScratch, type SeedingScratch } from '../treeScratch';

/**
 * The state one tree-pruned k-means++ run shares between its steps (drawing a row, weighing a
 * candidate, committing a centre). D^2 of a point, its squared distance to the nearest chosen
 * centre, is computed on demand from that centre's number, kept by tree position in `nearest`
 * (0, the first centre, for every point at the start, so no distance pass is needed to start).
 */
export interface SeedingRun {
  readonly n: number;
  readonly d: number;
  /** The dataset's row-major points: candidates are read from here. */
  readonly x: Float64Array;
  readonly tree: KdTree;
  /** Per-box bounds and per-row-block sums (see treeScratch). */
  readonly scratch: SeedingScratch;
  /** Number of the nearest chosen centre, by tree position. */
  readonly nearest: Uint16Array | Int32Array;
  /** The chosen rows so far, and their coordinates (k * d). */
  readonly chosen: Int32Array;
  readonly centres: Float64Array;
  /** Offset in x of the candidate being weighed or committed. */
  cand: number;
  /** Weigh point by point, without box aggregates: used to settle near-ties. */
  exact: boolean;
}

/** A fresh run on the tree's reusable scratch, every point nearest to the first centre. */
export function startSeedingRun(ds: Dataset, tree: KdTree, k: number): SeedingRun {
  const { n, d, x } = ds;
  const scratch = seedingScratch(tree, n, d);
  return {
    n,
    d,
    x,
    tree,
    scratch,
    nearest: k <= 65536 ? scratch.nearest.fill(0) : new Int32Array(n),
    chosen: new Int32Array(k),
    centres: new Float64Array(k * d),
    cand: 0,
    exact: false,
  };
}

/** Makes `row` centre number c and the current candidate. */
export function chooseCentre(run: SeedingRun, c: number, row: number): void {
  const { d, x, centres } = run;
  run.chosen[c] = row;
  run.cand = row * d;
  for (let j = 0; j < d; j++) centres[c * d + j] = x[row * d + j] as number;
}

/** D^2 of tree position p (bit-identical to the plain loop's value). */
export function distanceAt(run: SeedingRun, p: number): number {
  const { d, centres } = run;
  const xt = run.tree.xt;
  const c = (run.nearest[p] as number) * d;
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = (xt[p * d + j] as number) - (centres[c + j] as number);
    s += diff * diff;
  }
  return s;
}
