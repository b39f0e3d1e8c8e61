import type { Dataset } from '../dataset';

/**
 * A kd-tree over a prepared dataset, built once and shared by every (k, restart) of a sweep.
 * Nodes live in flat typed arrays; node 0 is the root and children always come after their parent.
 * Points are copied in tree order (xt) so a node's points are contiguous: positions lo[v] ..
 * hi[v] - 1, with perm mapping a position back to its row. Node sums are exact (the dataset is
 * grid-snapped), so adding a whole node to a cluster equals adding its points one by one, bit for bit.
 */
export interface KdTree {
  readonly nodes: number;
  readonly perm: Int32Array;
  readonly xt: Float64Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Child indices; -1 marks a leaf. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Bounding boxes, nodes * d. */
  readonly bmin: Float64Array;
  readonly bmax: Float64Array;
  /** Coordinate sums, nodes * d. */
  readonly sum: Float64Array;
  /** Sum of squared distances of the node's points to their mean (not exact; used for estimates). */
  readonly m2: Float64Array;
  /** Longest root-to-leaf path, in edges. */
  readonly depth: number;
}

/**
 * Builds the tree by splitting each box at the midpoint of its widest side until at most leafSize
 * points remain (or the box has no width left). O(n d log n) time, O(n d) memory; partitions the
 * tree-order copy in place so every pass reads memory sequentially.
 */
export function buildKdTree(ds: Dataset, leafSize = 16): KdTree {
  const { n, d, x } = ds;
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const xt = x.slice();
  let cap = Math.max(16, ((2 * n) / Math.max(1, leafSize)) | 0);
  let lo = new Int32Array(cap);
  let hi = new Int32Array(cap);
  let left = new Int32Array(cap);
  let right = new Int32Array(cap);
  let bmin = new Float64Array(cap * d);
  let bmax = new Float64Array(cap * d);
  let nodes = 0;
  let depth = 0;
  const grow = (): void => {
    cap *= 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g64 = (a: Float64Array) => {
      const b = new Float64Array(cap * d);
      b.set(a);
      return b;
    };
    [lo, hi, left, right] = [g32(lo), g32(hi), g32(left), g32(right)];
    [bmin, bmax] = [g64(bmin), g64(bmax)];
  };
  const swap = (i: number, j: number): void => {
    const t = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = t;
    for (let c = 0; c < d; c++) {
      const u = xt[i * d + c] as number;
      xt[i * d + c] = xt[j * d + c] as number;
      xt[j * d + c] = u;
    }
  };
  // Each pending node's box comes with it: the root's from a scan, a child's from its parent's
  // partition loop, which sees every point of both children once anyway.
  const rootBox = new Float64Array(2 * d);
  for (let c = 0; c < d; c++) {
    rootBox[c] = Infinity;
    rootBox[d + c] = -Infinity;
  }
  widen(rootBox, xt, d, 0, n);
  const stack: number[] = [0, n, -1, 0]; // lo, hi, parent, level
  const boxes: Float64Array[] = [rootBox]; // min (d), then max (d), of each pending node
  while (stack.length > 0) {
    const level = stack.pop() as number;
    const parent = stack.pop() as number;
    const b = stack.pop() as number;
    const a = stack.pop() as number;
    const box = boxes.pop() as Float64Array;
    if (nodes === cap) grow();
    const v = nodes++;
    if (parent >= 0) {
      if (left[parent] === -1) left[parent] = v;
      else right[parent] = v;
    }
    depth = Math.max(depth, level);
    lo[v] = a;
    hi[v] = b;
    left[v] = -1;
    right[v] = -1;
    for (let c = 0; c < d; c++) {
      bmin[v * d + c] = box[c] as number;
      bmax[v * d + c] = box[d + c] as number;
    }
    if (b - a <= leafSize) continue;
    let dim = 0;
    let width = -1;
    for (let c = 0; c < d; c++) {
      const w = (bmax[v * d + c] as number) - (bmin[v * d + c] as number);
      if (w > width) {
        width = w;
        dim = c;
      }
    }
    const mid = ((bmin[v * d + dim] as number) + (bmax[v * d + dim] as number)) / 2;
    const leftBox = emptyBox(d);
    const rightBox = emptyBox(d);
    let i = a;
    if (d === 2) i = partition2(xt, perm, a, b, dim, mid, leftBox, rightBox);
    else {
      let j = b - 1;
      while (i <= j) {
        if ((xt[i * d + dim] as number) < mid) {
          widen(leftBox, xt, d, i, i + 1);
          i++;
        } else {
          swap(i, j);
          widen(rightBox, xt, d, j, j + 1);
          j--;
        }
      }
    }
    if (i === a || i === b) continue; // no width left to split: keep as a (large) leaf
    // Pushed right first so the left child is built (and numbered) first.
    stack.push(i, b, v, level + 1, a, i, v, level + 1);
    boxes.push(rightBox, leftBox);
  }
  const sum = new Float64Array(nodes * d);
  const m2 = new Float64Array(nodes);
  for (let v = nodes - 1; v >= 0; v--) {
    const l = left[v] as number;
    const r = right[v] as number;
    const count = (hi[v] as number) - (lo[v] as number);
    if (l < 0) {
      for (let p = lo[v] as number; p < (hi[v] as number); p++) {
        for (let c = 0; c < d; c++) sum[v * d + c] = (sum[v * d + c] as number) + (xt[p * d + c] as number);
      }
      let s = 0;
      for (let p = lo[v] as number; p < (hi[v] as number); p++) {
        for (let c = 0; c < d; c++)
          s += ((xt[p * d + c] as number) - (sum[v * d + c] as number) / count) ** 2;
      }
      m2[v] = s;
    } else {
      const nl = (hi[l] as number) - (lo[l] as number);
      const nr = (hi[r] as number) - (lo[r] as number);
      let between = 0;
      for (let c = 0; c < d; c++) {
        sum[v * d + c] = (sum[l * d + c] as number) + (sum[r * d + c] as number);
        between += ((sum[l * d + c] as number) / nl - (sum[r * d + c] as number) / nr) ** 2;
      }
      // Chan et al.'s pairwise update of the centred second moment.
      m2[v] = (m2[l] as number) + (m2[r] as number) + (between * nl * nr) / count;
    }
  }
  return {
    nodes,
    perm,
    xt,
    lo: lo.slice(0, nodes),
    hi: hi.slice(0, nodes),
    left: left.slice(0, nodes),
    right: right.slice(0, nodes),
    bmin: bmin.slice(0, nodes * d),
    bmax: bmax.slice(0, nodes * d),
    sum,
    m2,
    depth,
  };
}

/**
 * buildKdTree's partition of positions a..b-1 at `mid` along `dim`, unrolled for two features (the
 * hot loop of preparation at a million rows): the same swaps in the same order as the general
 * loop, so the same tree, with the children's boxes kept in locals. Returns the first position of
 * the right child.
 */
function partition2(
  xt: Float64Array,
  perm: Int32Array,
  a: number,
  b: number,
  dim: number,
  mid: number,
  leftBox: Float64Array,
  rightBox: Float64Array,
): number {
  let lx0 = Infinity;
  let ly0 = Infinity;
  let lx1 = -Infinity;
  let ly1 = -Infinity;
  let rx0 = Infinity;
  let ry0 = Infinity;
  let rx1 = -Infinity;
  let ry1 = -Infinity;
  let i = a;
  let j = b - 1;
  while (i <= j) {
    const px = xt[2 * i] as number;
    const py = xt[2 * i + 1] as number;
    if ((dim === 0 ? px : py) < mid) {
      if (px < lx0) lx0 = px;
      if (px > lx1) lx1 = px;
      if (py < ly0) ly0 = py;
      if (py > ly1) ly1 = py;
      i++;
    } else {
      const t = perm[i] as number;
      perm[i] = perm[j] as number;
      perm[j] = t;
      xt[2 * i] = xt[2 * j] as number;
      xt[2 * i + 1] = xt[2 * j + 1] as number;
      xt[2 * j] = px;
      xt[2 * j + 1] = py;
      if (px < rx0) rx0 = px;
      if (px > rx1) rx1 = px;
      if (py < ry0) ry0 = py;
      if (py > ry1) ry1 = py;
      j--;
    }
  }
  leftBox[0] = lx0;
  leftBox[1] = ly0;
  leftBox[2] = lx1;
  leftBox[3] = ly1;
  rightBox[0] = rx0;
  rightBox[1] = ry0;
  rightBox[2] = rx1;
  rightBox[3] = ry1;
  return i;
}

/** A box (min over d, then max over d) that holds nothing yet. */
function emptyBox(d: number): Float64Array {
  const box = new Float64Array(2 * d);
  box.fill(Infinity, 0, d);
  box.fill(-Infinity, d);
  return box;
}

/** Widens `box` to hold points from..to-1 of the row-major xt. */
function widen(box: Float64Array, xt: Float64Array, d: number, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    for (let c = 0; c < d; c++) {
      const value = xt[p * d + c] as number;
      if (value < (box[c] as number)) box[c] = value;
      if (value > (box[d + c] as number)) box[d + c] = value;
    }
  }
}
