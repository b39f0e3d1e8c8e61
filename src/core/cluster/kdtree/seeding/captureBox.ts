import { distanceAt, type SeedingRun } from './seedingRun';

/**
 * Every point of box v improves to the candidate, now centre c: rewrites their D^2 and the
 * row-block sums, sets the box's exact statistics, and marks c as its capturer (the descendants'
 * statistics are stale until a walk splits the box again).
 */
export function captureBox(run: SeedingRun, v: number, c: number): void {
  const { d, x, cand, centres, nearest } = run;
  const { xt, lo, hi } = run.tree;
  const { blockOf, blockSum, maxC, minC, potC, capturer } = run.scratch;
  let most = 0;
  let least = Infinity;
  let total = 0;
  const end = hi[v] as number;
  if (d === 2) {
    // The hot loop of seeding, unrolled for two features; same arithmetic as the general case.
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
      if (s > most) most = s;
      if (s < least) least = s;
      total += s;
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
      if (s > most) most = s;
      if (s < least) least = s;
      total += s;
    }
  }
  maxC[v] = most;
  minC[v] = least;
  potC[v] = total;
  capturer[v] = c;
}
