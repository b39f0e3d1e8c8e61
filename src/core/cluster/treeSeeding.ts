import type { Dataset } from './dataset';
import type { KdTree } from './kdTree';
import { localTrials, type Random } from './random';

/** Relative slack so a box is skipped or taken whole only when rounding cannot change the verdict. */
const SLACK = 1e-9;
/** Rows per block of the two-level cumulative sum used for D^2 sampling. */
const BLOCK = 1024;

/**
 * kmeansPlusPlus with the same draws, sped up by the kd-tree.
 *
 * - Evaluating a candidate skips boxes it cannot improve (nearest corner beyond an upper bound of
 *   the box's D^2) and takes boxes it improves entirely (farthest corner below a lower bound) from
 *   aggregates: D^2 total minus the centred second moment formula.
 * - Committing the winner rewrites D^2 where it drops, one tight loop per captured box; the box's
 *   descendants then get their statistics lazily, as corner bounds towards the capturing centre.
 * - Sampling walks per-block D^2 sums in row order, then the rows of one block, so it picks the
 *   row the plain cumulative sum over rows picks.
 *
 * Per-point D^2 values are bit-identical to the plain version. The chosen rows are too, except
 * where rounding differs: a draw within ~1e-15 (relative) of a row boundary, or two candidates
 * whose potentials agree to ~1e-12. The property tests check equality of the chosen rows.
 */
export function kmeansPlusPlusTree(ds: Dataset, tree: KdTree, k: number, rng: Random): Int32Array {
  const { n, d, x } = ds;
  const { xt, lo, hi, left, right, bmin, bmax, sum, m2 } = tree;
  const { closestT, blockSum, blockOf, maxC, minC, potC, capturer, inv } = scratchFor(tree, n);
  const blocks = blockSum.length;
  const chosen = new Int32Array(k);
  const centres = new Float64Array(k * d);
  let cand = 0; // offset of the candidate's coordinates in x

  // Statistics of box v when all its D^2 are distances to centre c: corner bounds and aggregates.
  function boundTo(v: number, c: number): void {
    let near = 0;
    let far = 0;
    let spread = 0;
    const count = (hi[v] as number) - (lo[v] as number);
    for (let j = 0; j < d; j++) {
      const z = centres[c * d + j] as number;
      const a = bmin[v * d + j] as number;
      const b = bmax[v * d + j] as number;
      const gap = z < a ? a - z : z > b ? z - b : 0;
      near += gap * gap;
      const reach = Math.max(z - a, b - z);
      far += reach * reach;
      spread += ((sum[v * d + j] as number) / count - z) ** 2;
    }
    maxC[v] = far;
    minC[v] = near;
    potC[v] = (m2[v] as number) + count * spread;
    capturer[v] = c;
  }

  // Every point of box v improves to the candidate (centre c): rewrite D^2 and the row-block sums.
  function rewrite(v: number, c: number, first: boolean): void {
    let most = 0;
    let least = Infinity;
    let total = 0;
    const end = hi[v] as number;
    if (d === 2) {
      // The hot loop of seeding, unrolled for two features; same arithmetic as the general case.
      const cx = x[cand] as number;
      const cy = x[cand + 1] as number;
      for (let p = lo[v] as number; p < end; p++) {
        const dx = (xt[2 * p] as number) - cx;
        const dy = (xt[2 * p + 1] as number) - cy;
        const s = dx * dx + dy * dy;
        const b = blockOf[p] as number;
        blockSum[b] = (blockSum[b] as number) + (first ? s : s - (closestT[p] as number));
        closestT[p] = s;
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
        const b = blockOf[p] as number;
        blockSum[b] = (blockSum[b] as number) + (first ? s : s - (closestT[p] as number));
        closestT[p] = s;
        if (s > most) most = s;
        if (s < least) least = s;
        total += s;
      }
    }
    maxC[v] = most;
    minC[v] = least;
    potC[v] = total;
    capturer[v] = c; // descendants are stale until split again
  }

  // Gain of the candidate in box v: sum of max(0, D^2 - |x - cand|^2). With commit (as centre c), apply it.
  function walk(v: number, commit: boolean, c: number): number {
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
    if (far * (1 + SLACK) < (minC[v] as number)) {
      const count = (hi[v] as number) - (lo[v] as number);
      let spread = 0;
      for (let j = 0; j < d; j++)
        spread += ((sum[v * d + j] as number) / count - (x[cand + j] as number)) ** 2;
      const gain = (potC[v] as number) - ((m2[v] as number) + count * spread);
      if (commit) rewrite(v, c, false);
      return gain;
    }
    const l = left[v] as number;
    if (l >= 0) {
      const r = right[v] as number;
      const owner = capturer[v] as number;
      if (owner >= 0) {
        boundTo(l, owner);
        boundTo(r, owner);
        capturer[v] = -1;
      }
      const gain = walk(l, commit, c) + walk(r, commit, c);
      if (commit) {
        maxC[v] = Math.max(maxC[l] as number, maxC[r] as number);
        minC[v] = Math.min(minC[l] as number, minC[r] as number);
        potC[v] = (potC[l] as number) + (potC[r] as number);
      }
      return gain;
    }
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
      const old = closestT[p] as number;
      if (s < old) {
        gain += old - s;
        if (commit) {
          const b = blockOf[p] as number;
          blockSum[b] = (blockSum[b] as number) - (old - s);
          closestT[p] = s;
        }
      }
      if (commit) {
        const now = closestT[p] as number;
        if (now > most) most = now;
        if (now < least) least = now;
        total += now;
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

  // First row whose running D^2 sum (in row order) exceeds r; blocks first, then rows.
  function draw(r: number): number {
    let acc = 0;
    let b = 0;
    while (b < blocks - 1 && acc + (blockSum[b] as number) <= r) acc += blockSum[b++] as number;
    for (let i = b * BLOCK; i < n; i++) {
      acc += closestT[inv[i] as number] as number;
      if (acc > r) return i;
    }
    return n - 1;
  }

  const choose = (c: number, row: number): void => {
    chosen[c] = row;
    cand = row * d;
    for (let j = 0; j < d; j++) centres[c * d + j] = x[row * d + j] as number;
  };
  choose(0, rng.nextBelow(n));
  blockSum.fill(0);
  rewrite(0, 0, true);
  const trials = localTrials(k);
  for (let c = 1; c < k; c++) {
    let potential = 0;
    for (let b = 0; b < blocks; b++) potential += blockSum[b] as number;
    let bestGain = -Infinity;
    let bestIndex = -1;
    for (let t = 0; t < trials; t++) {
      const candidate = draw(rng.nextFloat() * potential);
      cand = candidate * d;
      const gain = walk(0, false, -1);
      if (potential - gain < potential - bestGain) {
        bestGain = gain;
        bestIndex = candidate;
      }
    }
    choose(c, bestIndex);
    walk(0, true, c);
  }
  return chosen;
}

interface Scratch {
  readonly closestT: Float64Array;
  readonly blockSum: Float64Array;
  /** Row block of each tree position. */
  readonly blockOf: Int32Array;
  readonly maxC: Float64Array;
  readonly minC: Float64Array;
  readonly potC: Float64Array;
  /** Centre that last captured the whole box (its descendants' statistics are stale), or -1. */
  readonly capturer: Int32Array;
  /** Tree position of each row. */
  readonly inv: Int32Array;
}

// One scratch per tree: restarts run one after another on a thread, and reusing megabytes of
// buffers instead of reallocating them keeps the garbage collector out of the way.
const scratches = new WeakMap<KdTree, Scratch>();

function scratchFor(tree: KdTree, n: number): Scratch {
  let s = scratches.get(tree);
  if (s === undefined) {
    const inv = new Int32Array(n);
    const blockOf = new Int32Array(n);
    for (let p = 0; p < n; p++) {
      inv[tree.perm[p] as number] = p;
      blockOf[p] = ((tree.perm[p] as number) / BLOCK) | 0;
    }
    s = {
      closestT: new Float64Array(n),
      blockSum: new Float64Array(Math.ceil(n / BLOCK)),
      blockOf,
      maxC: new Float64Array(tree.nodes),
      minC: new Float64Array(tree.nodes),
      potC: new Float64Array(tree.nodes),
      capturer: new Int32Array(tree.nodes).fill(-1),
      inv,
    };
    scratches.set(tree, s);
  }
  return s;
}
