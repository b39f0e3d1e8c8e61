import { BLOCK } from '../treeScratch';
import { distanceAt, type SeedingRun } from './seedingRun';

/**
 * The k-means++ draw for r in [0, potential): the first row whose running D^2 sum, in row order,
 * exceeds r. Whole row blocks are skipped by their sums, then the rows of one block are added one by
 * one, so it picks the row the plain cumulative sum over rows picks.
 */
export function drawRow(run: SeedingRun, r: number): number {
  const { n } = run;
  const { blockSum, inv } = run.scratch;
  const blocks = blockSum.length;
  let acc = 0;
  let b = 0;
  while (b < blocks - 1 && acc + (blockSum[b] as number) <= r) acc += blockSum[b++] as number;
  for (let i = b * BLOCK; i < n; i++) {
    acc += distanceAt(run, inv[i] as number);
    if (acc > r) return i;
  }
  return n - 1;
}
