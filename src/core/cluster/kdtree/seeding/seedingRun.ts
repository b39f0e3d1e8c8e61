import type { Dataset } from '../../dataset';
import type { KdTree } from '../kdTree';
import { seedingScratch, type SeedingScratch } from '../treeScratch';

/**
 * The state one tree-pruned k-means++ run shares between its steps (drawing a row, weighing a
 * candidate, committing a centre). D^2 of a point, its squared distance to the nearest chosen
 * centre, is kept by tree position in scratch.closestT, valid only where scratch.stamp equals this
 * run's stamp; elsewhere it is still the distance to the first centre, computed on demand, so no
 * pass over all n points is needed to start.
 */
export interface SeedingRun {
  readonly n: number;
  readonly d: number;
  /** The dataset's row-major points: candidates are read from here. */
  readonly x: Float64Array;
  readonly tree: KdTree;
  /** D^2 by tree position, per-box bounds and per-row-block sums (see treeScratch). */
  readonly scratch: SeedingScratch;
  /** This run's number: closestT[p] is valid where stamp[p] equals it. */
  readonly stamp: number;
  /** The chosen rows so far, and their coordinates (k * d). */
  readonly chosen: Int32Array;
  readonly centres: Float64Array;
  /** Offset in x of the candidate being weighed or committed. */
  cand: number;
  /** Weigh point by point, without box aggregates: used to settle near-ties. */
  exact: boolean;
}

/** A fresh run on the tree's reusable scratch; its new stamp invalidates every old D^2 at once. */
export function startSeedingRun(ds: Dataset, tree: KdTree, k: number): SeedingRun {
  const { n, d, x } = ds;
  const scratch = seedingScratch(tree, n, d);
  return {
    n,
    d,
    x,
    tree,
    scratch,
    stamp: ++scratch.runs,
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
  const { closestT, stamp } = run.scratch;
  if (stamp[p] === run.stamp) return closestT[p] as number;
  const { d, centres } = run;
  const xt = run.tree.xt;
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = (xt[p * d + j] as number) - (centres[j] as number);
    s += diff * diff;
  }
  return s;
}
