import { boundBoxTo } from './boxBounds';
import { captureBox } from './captureBox';
import { distanceAt, type SeedingRun } from './seedingRun';

/** Relative slack so a box is skipped or taken whole only when rounding cannot change the verdict. */
const SLACK = 1e-9;

/**
 * What the candidate (run.cand) would take off the potential in box v: the sum over its points of
 * max(0, D^2 - |x - cand|^2). A box the candidate cannot improve (nearest corner beyond the box's
 * largest D^2) gives 0 unvisited; a box it improves entirely (farthest corner below its smallest
 * D^2) gives its gain from aggregates, unless run.exact asks for point sums. With `commit`, the
 * candidate becomes centre c and every D^2 and box statistic it changes is updated.
 */
export function candidateGain(run: SeedingRun, v: number, commit: boolean, c: number): number {
  const { d, x, cand } = run;
  const { bmin, bmax } = run.tree;
  const { maxC, minC } = run.scratch;
  let near = 0;
  let far = 0;
  for (let j = 0; j < d; j++) {
    const z = x[cand + j] as number;
    const a = bmin[v * d + j] as number;
    const b = bmax[v * d + j] as number;
    const gap = z < a ? a - z : z > b ? z - b : 0;
    near += gap * gap;
    const reach = Math.max(z - a, b - z);
    far += reach * reach;
  }
  if (near > (maxC[v] as number) * (1 + SLACK)) return 0;
  if (far * (1 + SLACK) < (minC[v] as number) && (commit || !run.exact)) {
    const gain = wholeBoxGain(run, v);
    if (commit) captureBox(run, v, c);
    return gain;
  }
  const { left, right } = run.tree;
  const l = left[v] as number;
  if (l < 0) return leafGain(run, v, commit);
  const r = right[v] as number;
  const { potC, capturer } = run.scratch;
  const owner = capturer[v] as number;
  if (owner >= 0) {
    // The box was captured whole: its children learn their statistics only now.
    boundBoxTo(run, l, owner);
    boundBoxTo(run, r, owner);
    capturer[v] = -1;
  }
  const gain = candidateGain(run, l, commit, c) + candidateGain(run, r, commit, c);
  if (commit) {
    maxC[v] = Math.max(maxC[l] as number, maxC[r] as number);
    minC[v] = Math.min(minC[l] as number, minC[r] as number);
    potC[v] = (potC[l] as number) + (potC[r] as number);
  }
  return gain;
}

/** Gain of a box every point of which improves: its D^2 total minus the candidate's centred moment. */
function wholeBoxGain(run: SeedingRun, v: number): number {
  const { d, x, cand } = run;
  const { lo, hi, sum, m2 } = run.tree;
  const count = (hi[v] as number) - (lo[v] as number);
  let spread = 0;
  for (let j = 0; j < d; j++) spread += ((sum[v * d + j] as number) / count - (x[cand + j] as number)) ** 2;
  return (run.scratch.potC[v] as number) - ((m2[v] as number) + count * spread);
}

/** candidateGain of a leaf, point by point; with `commit` the leaf's D^2 and statistics are updated. */
function leafGain(run: SeedingRun, v: number, commit: boolean): number {
  const { d, x, cand } = run;
  const mark = run.stamp;
  const { xt, lo, hi } = run.tree;
  const { closestT, stamp, blockOf, blockSum, maxC, minC, potC, capturer } = run.scratch;
  let gain = 0;
  let most = 0;
  let least = Infinity;
  let total = 0;
  for (let p = lo[v] as number; p < (hi[v] as number); p++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const diff = (xt[p * d + j] as number) - (x[cand + j] as number);
      s += diff * diff;
    }
    const old = distanceAt(run, p);
    if (s < old) {
      gain += old - s;
      if (commit) {
        const b = blockOf[p] as number;
        blockSum[b] = (blockSum[b] as number) - (old - s);
        closestT[p] = s;
        stamp[p] = mark;
      }
    }
    if (commit) {
      const after = s < old ? s : old;
      if (after > most) most = after;
      if (after < least) least = after;
      total += after;
    }
  }
  if (commit) {
    maxC[v] = most;
    minC[v] = least;
    potC[v] = total;
    capturer[v] = -1;
  }
  return gain;
}
