import { boundBoxTo } from './boxBounds';
import { distanceAt, type SeedingRun } from './seedingRun';

/**
 * Every point of box v improves to the candidate, now centre c: rewrites their D^2 and the
 * row-block sums, and bounds the box to c (boundBoxTo: corner bounds and the moment total, as its
 * descendants get them lazily when a walk splits the box again).
 *
 * The box's exact D^2 maximum, minimum and total, taken point by point here before, cost more in
 * this loop (the hottest of seeding) than their tighter bounds saved in later walks: seeding at
 * 10^6 x 2, k = 2..10 x 10 restarts, 1.30x faster without them. Only gain estimates and pruning
 * read them, so the rows drawn are the same.
 */
export function captureBox(run: SeedingRun, v: number, c: number): void {
  const { d, x, cand, centres, nearest } = run;
  const { xt, lo, hi } = run.tree;
  const { blockOf, blockSum } = run.scratch;
  const end = hi[v] as number;
  if (d === 2) {
    // Unrolled for two features; same arithmetic as the general case.
    const cx = x[cand] as number;
    const cy = x[cand + 1] as number;
    for (let p = lo[v] as number; p < end; p++) {
      const px = xt[2 * p] as number;
      const py = xt[2 * p + 1] as number;
      const dx = px - cx;
      const dy = py - cy;
      const s = dx * dx + dy * dy;
      const was = 2 * (nearest[p] as number);
      const ex = px - (centres[was] as number);
      const ey = py - (centres[was + 1] as number);
      const old = ex * ex + ey * ey;
      nearest[p] = c;
      const b = blockOf[p] as number;
      blockSum[b] = (blockSum[b] as number) + (s - old);
    }
  } else {
    for (let p = lo[v] as number; p < end; p++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = (xt[p * d + j] as number) - (x[cand + j] as number);
        s += diff * diff;
      }
      const old = distanceAt(run, p);
      nearest[p] = c;
      const b = blockOf[p] as number;
      blockSum[b] = (blockSum[b] as number) + (s - old);
    }
  }
  boundBoxTo(run, v, c);
}
