import type { Dataset } from '../dataset';
import { assign, moveCentres, relocateEmpty, stopRule } from '../lloydStep';
import type { LloydOutcome } from '../results';
import { filterCandidates, nearestCandidate, nearestTo2 } from './boxFilter';
import type { KdTree } from './kdTree';
import { filterScratch } from './treeScratch';

/**
 * Lloyd iterations with the kd-tree filtering algorithm of Kanungo et al. (2002): each pass walks
 * the tree with a shrinking list of candidate centres; a box whose candidates shrink to one is added
 * to that cluster whole (its exact sum), so most points are never looked at. Same semantics as
 * `lloyd` — stopping rules, tolerance, empty-cluster relocation, iteration count — and, because sums
 * are exact and pruning is conservative, the same centres bit for bit and the same labels.
 *
 * Empty clusters are rare after k-means++; when one appears, that pass is redone by the plain loop
 * so relocation sees exactly the distances it would have seen there.
 */
export function filterLloyd(
  ds: Dataset,
  tree: KdTree,
  centers: Float64Array,
  k: number,
  maxIter: number,
  tolAbs: number,
): LloydOutcome {
  const { n, d } = ds;
  const { xt, lo, hi, left, right, sum, m2, perm } = tree;
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const { owner, labelsT } = filterScratch(tree, n);
  // owner: every point of the node has this label (-1: mixed); labelsT: labels by tree position,
  // valid where no ancestor owns. Both are left from the last restart, not cleared (4 bytes a point
  // per restart): the first pass counts as changed whatever they say, and it sets every node and
  // label a later pass reads (a node below one it does not descend gets its owner pushed down).
  const candidates = new Int32Array(k * (tree.depth + 2));
  const stack = new Int32Array(3 * (2 * tree.depth + 4));
  let changed = false;
  let inertia = 0;
  let measuring = false;

  const nearest = (p: number, base: number, m: number): number => {
    const c = nearestCandidate(xt, d, p, centers, candidates, base, m);
    if (measuring) {
      // The winner's distance again, summed in the same order: bit-identical to the one it won with.
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = (xt[p * d + j] as number) - (centers[c * d + j] as number);
        s += diff * diff;
      }
      inertia += s;
    }
    return c;
  };

  const visit = (v: number, base: number, m: number): void => {
    const isLeaf = (left[v] as number) < 0;
    if (!isLeaf && m > 1) {
      const kept = filterCandidates(tree, d, centers, candidates, base, m, v);
      base += m;
      m = kept;
    }
    if (m === 1) {
      const c = candidates[base] as number;
      if (owner[v] !== c) changed = true;
      owner[v] = c;
      counts[c] = (counts[c] as number) + (hi[v] as number) - (lo[v] as number);
      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (sum[v * d + j] as number);
      if (measuring) {
        // Whole box: sum of squared distances from its centred second moment, no point visited.
        const count = (hi[v] as number) - (lo[v] as number);
        let spread = 0;
        for (let j = 0; j < d; j++)
          spread += ((sum[v * d + j] as number) / count - (centers[c * d + j] as number)) ** 2;
        inertia += (m2[v] as number) + count * spread;
      }
      return;
    }
    if (isLeaf) {
      const previous = owner[v] as number;
      let common = -2;
      for (let p = lo[v] as number; p < (hi[v] as number); p++) {
        const c = nearest(p, base, m);
        if ((previous >= 0 ? previous : labelsT[p]) !== c) changed = true;
        labelsT[p] = c;
        common = common === -2 || common === c ? c : -1;
        counts[c] = (counts[c] as number) + 1;
        for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (xt[p * d + j] as number);
      }
      owner[v] = common;
      return;
    }
    const l = left[v] as number;
    const r = right[v] as number;
    if ((owner[v] as number) >= 0) owner[l] = owner[r] = owner[v] as number;
    visit(l, base, m);
    visit(r, base, m);
    owner[v] = owner[l] === owner[r] ? (owner[l] as number) : -1;
  };

  const pass = (order: readonly number[] | null): void => {
    sums.fill(0);
    counts.fill(0);
    changed = false;
    for (let c = 0; c < k; c++) candidates[c] = order === null ? c : (order[c] as number);
    if (d === 2 && !measuring)
      changed = filterPass2(tree, centers, k, candidates, owner, labelsT, sums, counts, stack);
    else visit(0, 0, k);
  };

  let iterations = 0;
  let converged = false;
  let plain: { labels: Int32Array; dist: Float64Array } | null = null;
  for (let it = 0; it < maxIter; it++) {
    pass(null);
    if (it === 0) changed = true; // as against the -1 labels the plain loop starts from
    let relocated = false;
    if (counts.some((c) => c === 0)) {
      plain ??= { labels: new Int32Array(n), dist: new Float64Array(n) };
      assign(ds.x, n, d, centers, k, plain.labels, plain.dist, sums, counts);
      relocated = relocateEmpty(ds.x, n, d, k, plain.labels, plain.dist, sums, counts);
      owner.fill(-1);
      for (let p = 0; p < n; p++) labelsT[p] = plain.labels[perm[p] as number] as number;
    }
    const shift = moveCentres(centers, sums, counts, k, d);
    iterations = it + 1;
    if (stopRule(!changed, relocated, shift, tolAbs) !== null) {
      converged = true;
      break;
    }
  }
  // Inertia in a last pass over the final centres, visited in coordinate order: restarts that end
  // in the same partition (centres numbered differently) then get bit-identical inertia, so the
  // lowest-restart tie rule of pickBest holds here as in the plain loop.
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => {
    for (let j = 0; j < d; j++) {
      const diff = (centers[a * d + j] as number) - (centers[b * d + j] as number);
      if (diff !== 0) return diff;
    }
    return 0;
  });
  measuring = true;
  inertia = 0;
  pass(order);
  return { iterations, inertia, converged };
}

/**
 * One filtering pass of `visit` (without measuring) for two features: the same walk, in the same
 * order, with an explicit stack of (node, base, m) triples instead of recursion, so its state stays
 * in locals; ~node marks a node whose children are done (its owner is merged then). Returns whether
 * any label or box owner changed.
 */
function filterPass2(
  tree: KdTree,
  centers: Float64Array,
  k: number,
  candidates: Int32Array,
  owner: Int32Array,
  labelsT: Int32Array,
  sums: Float64Array,
  counts: Float64Array,
  stack: Int32Array,
): boolean {
  const { xt, lo, hi, left, right, sum } = tree;
  let changed = false;
  stack[0] = 0;
  stack[1] = 0;
  stack[2] = k;
  let top = 3;
  while (top > 0) {
    top -= 3;
    let v = stack[top] as number;
    let base = stack[top + 1] as number;
    let m = stack[top + 2] as number;
    if (v < 0) {
      v = ~v;
      const l = left[v] as number;
      const r = right[v] as number;
      owner[v] = owner[l] === owner[r] ? (owner[l] as number) : -1;
      continue;
    }
    const l = left[v] as number;
    if (l >= 0 && m > 1) {
      const kept = filterCandidates(tree, 2, centers, candidates, base, m, v);
      base += m;
      m = kept;
    }
    if (m === 1) {
      const c = candidates[base] as number;
      if (owner[v] !== c) changed = true;
      owner[v] = c;
      counts[c] = (counts[c] as number) + (hi[v] as number) - (lo[v] as number);
      sums[2 * c] = (sums[2 * c] as number) + (sum[2 * v] as number);
      sums[2 * c + 1] = (sums[2 * c + 1] as number) + (sum[2 * v + 1] as number);
      continue;
    }
    if (l < 0) {
      const common = leafPass2(
        xt,
        lo[v] as number,
        hi[v] as number,
        owner[v] as number,
        centers,
        candidates,
        base,
        m,
        labelsT,
        sums,
        counts,
      );
      if (common < -1) changed = true;
      owner[v] = common < -1 ? common - LEAF_CHANGED : common;
      continue;
    }
    const r = right[v] as number;
    if ((owner[v] as number) >= 0) owner[l] = owner[r] = owner[v] as number;
    stack[top] = ~v;
    stack[top + 1] = 0;
    stack[top + 2] = 0;
    stack[top + 3] = r;
    stack[top + 4] = base;
    stack[top + 5] = m;
    stack[top + 6] = l;
    stack[top + 7] = base;
    stack[top + 8] = m;
    top += 9;
  }
  return changed;
}

/** Added to leafPass2's result when a label changed. */
const LEAF_CHANGED = -(2 ** 30);

/**
 * The leaf loop of a filtering pass for two features, unrolled and out of the walk's closure so its
 * state stays in registers: labels tree positions lo..hi-1 (the same comparisons as
 * nearestCandidate), adds them to sums and counts. `previous` is the leaf's owner from the last
 * pass (-1: read labelsT). Returns the label all share (-1: mixed), plus LEAF_CHANGED if a label
 * changed.
 */
function leafPass2(
  xt: Float64Array,
  lo: number,
  hi: number,
  previous: number,
  centers: Float64Array,
  candidates: Int32Array,
  base: number,
  m: number,
  labelsT: Int32Array,
  sums: Float64Array,
  counts: Float64Array,
): number {
  let common = -2;
  let changed = false;
  for (let p = lo; p < hi; p++) {
    const px = xt[2 * p] as number;
    const py = xt[2 * p + 1] as number;
    const c = nearestTo2(px, py, centers, candidates, base, m);
    if ((previous >= 0 ? previous : labelsT[p]) !== c) changed = true;
    labelsT[p] = c;
    common = common === -2 || common === c ? c : -1;
    counts[c] = (counts[c] as number) + 1;
    sums[2 * c] = (sums[2 * c] as number) + px;
    sums[2 * c + 1] = (sums[2 * c + 1] as number) + py;
  }
  return changed ? common + LEAF_CHANGED : common;
}
