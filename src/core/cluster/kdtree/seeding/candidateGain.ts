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
  if (d === 2) {
    // The same sums as the loop below, unrolled for two features.
    const zx = x[cand] as number;
    const zy = x[cand + 1] as number;
    const ax = bmin[2 * v] as number;
    const ay = bmin[2 * v + 1] as number;
    const bx = bmax[2 * v] as number;
    const by = bmax[2 * v + 1] as number;
    const gx = zx < ax ? ax - zx : zx > bx ? zx - bx : 0;
    const gy = zy < ay ? ay - zy : zy > by ? zy - by : 0;
    near = gx * gx + gy * gy;
    const rx = Math.max(zx - ax, bx - zx);
    const ry = Math.max(zy - ay, by - zy);
    far = rx * rx + ry * ry;
  } else {
    for (let j = 0; j < d; j++) {
      const z = x[cand + j] as number;
      const a = bmin[v * d + j] as number;
      const b = bmax[v * d + j] as number;
      const gap = z < a ? a - z : z > b ? z - b : 0;
      near += gap * gap;
      const reach = Math.max(z - a, b - z);
      far += reach * reach;
    }
  }
  if (near > (maxC[v] as number) * (1 + SLACK)) return 0;
  if (far * (1 + SLACK) < (minC[v] as number) && (commit || !run.exact)) {
    const gain = wholeBoxGain(run, v);
    if (commit) captureBox(run, v, c);
    return gain;
  }
  const { left, right } = run.tree;
  const l = left[v] as number;
  if (l < 0) return leafGain(run, v, commit, c);
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

/**
 * candidateGain(run, 0, false, -1) for two features with box aggregates (not run.exact), walked
 * with an explicit stack and everything in locals: weighing candidates is most of seeding's tree
 * walking. Boxes are added up in a different order, which moves the total by rounding only; a
 * near-tie that could turn on that is settled by the exact rescoring (kmeansPlusPlusTree), which
 * does not use this walk.
 */
export function weighCandidate2(run: SeedingRun): number {
  const { x, cand, centres, nearest } = run;
  const { xt, lo, hi, left, right, bmin, bmax, sum, m2, depth } = run.tree;
  const { maxC, minC, potC, capturer } = run.scratch;
  const zx = x[cand] as number;
  const zy = x[cand + 1] as number;
  const stack = new Int32Array(depth + 2);
  let top = 0;
  stack[top++] = 0;
  let gain = 0;
  while (top > 0) {
    const v = stack[--top] as number;
    const ax = bmin[2 * v] as number;
    const ay = bmin[2 * v + 1] as number;
    const bx = bmax[2 * v] as number;
    const by = bmax[2 * v + 1] as number;
    const gx = zx < ax ? ax - zx : zx > bx ? zx - bx : 0;
    const gy = zy < ay ? ay - zy : zy > by ? zy - by : 0;
    if (gx * gx + gy * gy > (maxC[v] as number) * (1 + SLACK)) continue;
    const rx = Math.max(zx - ax, bx - zx);
    const ry = Math.max(zy - ay, by - zy);
    if ((rx * rx + ry * ry) * (1 + SLACK) < (minC[v] as number)) {
      const count = (hi[v] as number) - (lo[v] as number);
      const sx = (sum[2 * v] as number) / count - zx;
      const sy = (sum[2 * v + 1] as number) / count - zy;
      gain += (potC[v] as number) - ((m2[v] as number) + count * (sx * sx + sy * sy));
      continue;
    }
    const l = left[v] as number;
    if (l < 0) {
      gain += leafGain2(xt, lo[v] as number, hi[v] as number, x, cand, centres, nearest);
      continue;
    }
    const r = right[v] as number;
    const owner = capturer[v] as number;
    if (owner >= 0) {
      boundBoxTo(run, l, owner);
      boundBoxTo(run, r, owner);
      capturer[v] = -1;
    }
    stack[top++] = r;
    stack[top++] = l;
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
function leafGain(run: SeedingRun, v: number, commit: boolean, c: number): number {
  const { d, x, cand, nearest, centres } = run;
  const { xt, lo, hi } = run.tree;
  const { blockOf, blockSum, maxC, minC, potC, capturer } = run.scratch;
  if (d === 2 && !commit) return leafGain2(xt, lo[v] as number, hi[v] as number, x, cand, centres, nearest);
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
        nearest[p] = c;
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

/**
 * leafGain without commit for two features, unrolled with everything in locals (weighing
 * candidates visits many more leaves than committing one): the same distances, summed in the same
 * order.
 */
function leafGain2(
  xt: Float64Array,
  lo: number,
  hi: number,
  x: Float64Array,
  cand: number,
  centres: Float64Array,
  nearest: Uint16Array | Int32Array,
): number {
  const cx = x[cand] as number;
  const cy = x[cand + 1] as number;
  let gain = 0;
  for (let p = lo; p < hi; p++) {
    const px = xt[2 * p] as number;
    const py = xt[2 * p + 1] as number;
    const dx = px - cx;
    const dy = py - cy;
    const s = dx * dx + dy * dy;
    const was = 2 * (nearest[p] as number);
    const ex = px - (centres[was] as number);
    const ey = py - (centres[was + 1] as number);
    const old = ex * ex + ey * ey;
    if (s < old) gain += old - s;
  }
  return gain;
}
