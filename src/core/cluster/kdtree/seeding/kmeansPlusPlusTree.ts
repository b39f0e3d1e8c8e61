import type { Dataset } from '../../dataset';
import { localTrials, type Random } from '../../random';
import type { KdTree } from '../kdTree';
import { startFromFirstCentre } from './boxBounds';
import { candidateGain, weighCandidate2 } from './candidateGain';
import { drawRow } from './drawRow';
import { chooseCentre, startSeedingRun, type SeedingRun } from './seedingRun';

/**
 * kmeansPlusPlus with the same draws, sped up by the kd-tree.
 *
 * - Starting costs no pass over the points: row-block D^2 sums to the first centre come from block
 *   moments, and a point's D^2 is computed on demand from the number of its nearest centre, 0 for
 *   every point at the start (seedingRun.ts, boxBounds.ts).
 * - Evaluating a candidate skips boxes it cannot improve (nearest corner beyond an upper bound of
 *   the box's D^2) and takes boxes it improves entirely (farthest corner below a lower bound) from
 *   aggregates: D^2 total minus the centred second moment formula (candidateGain.ts).
 * - Committing the winner rewrites D^2 where it drops, one tight loop per captured box; the box
 *   gets corner bounds towards the capturing centre, and its descendants get them lazily
 *   (captureBox.ts). The last centre is not committed: no draw reads its D^2.
 * - Sampling walks per-block D^2 sums in row order, then the rows of one block, so it picks the
 *   row the plain cumulative sum over rows picks (drawRow.ts).
 *
 * Per-point D^2 values are bit-identical to the plain version. Distinct candidates whose estimated
 * potentials come within 1e-9 of each other are re-scored point by point, so exact ties (common in
 * integer data) go to the earlier draw as in the plain loop. The chosen rows can then differ from
 * the plain version's only where rounding of a sum differs: a draw within ~1e-15 (relative) of a
 * row boundary, or two distinct potentials within ~1e-15. Property tests and stress runs (about
 * 6,000 cases: integer, one-decimal and continuous data, n up to 22,000, d = 1..6) found none.
 */
export function kmeansPlusPlusTree(ds: Dataset, tree: KdTree, k: number, rng: Random): Int32Array {
  const run = startSeedingRun(ds, tree, k);
  chooseCentre(run, 0, rng.nextBelow(ds.n));
  startFromFirstCentre(run);
  const trials = localTrials(k);
  const rows = new Int32Array(trials);
  const gains = new Float64Array(trials);
  for (let c = 1; c < k; c++) {
    let potential = 0;
    for (const s of run.scratch.blockSum) potential += s;
    let best = 0;
    for (let t = 0; t < trials; t++) {
      const candidate = drawRow(run, rng.nextFloat() * potential);
      run.cand = candidate * ds.d;
      rows[t] = candidate;
      gains[t] = ds.d === 2 ? weighCandidate2(run) : candidateGain(run, 0, false, -1);
      if (potential - (gains[t] as number) < potential - (gains[best] as number)) best = t;
    }
    if (isContested(run, rows, gains, best, potential)) best = rescoreExactly(run, rows, gains, potential);
    chooseCentre(run, c, rows[best] as number);
    // The last centre's D^2 would serve no further draw (the plain loop skips its absorb too).
    if (c + 1 < k) candidateGain(run, 0, true, c);
  }
  return run.chosen;
}

/**
 * Aggregates round differently from point sums; could that flip the choice? True when a distinct
 * point's gain comes within 1e-9 of the best's (exact ties are common in integer data). The same
 * point drawn twice ties identically on both paths, so it needs no recount.
 */
function isContested(
  run: SeedingRun,
  rows: Int32Array,
  gains: Float64Array,
  best: number,
  potential: number,
): boolean {
  const { d, x } = run;
  let contested = false;
  for (let t = 0; t < rows.length; t++) {
    if (t === best || Math.abs((gains[t] as number) - (gains[best] as number)) > 1e-9 * potential) continue;
    let same = true;
    for (let j = 0; j < d && same; j++)
      same = x[(rows[t] as number) * d + j] === x[(rows[best] as number) * d + j];
    if (!same) contested = true;
  }
  return contested;
}

/** Weighs every candidate again point by point, as the plain loop sums; returns the best trial. */
function rescoreExactly(run: SeedingRun, rows: Int32Array, gains: Float64Array, potential: number): number {
  run.exact = true;
  let best = 0;
  for (let t = 0; t < rows.length; t++) {
    run.cand = (rows[t] as number) * run.d;
    gains[t] = candidateGain(run, 0, false, -1);
    if (potential - (gains[t] as number) < potential - (gains[best] as number)) best = t;
  }
  run.exact = false;
  return best;
}
