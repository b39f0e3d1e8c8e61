// AssemblyScript source of kmeans.wasm (compiled with `npm run build:wasm`; a unit test fails when
// the committed kmeans.wasm is not what this file compiles to). Two kernels:
// - pass: the JS hamerlyPass (../../hamerlyPass.ts) line for line, same bounds, margins, tie rule
//   and arithmetic, with the full scan of a point done two centres at a time in SIMD;
// - improvedBy: the k-means++ candidate potential of ../../seeding.ts, two rows at a time in SIMD.
// Every distance is summed term by term in feature order, as the plain JS loop does, so results are
// the same bit for bit (WebAssembly has no fused multiply-add and no reassociation).
//
// Memory layout (byte offsets set once per dataset by `layout`, all 16-byte aligned):
//   X       n * d f64, row-major points
//   LABELS  n i32;  UPPER, LOWER  n f64
//   CENTERS k * d f64, row-major;  PAIRS  ceil(k / 2) * D * 2 f64: centres 2p and 2p+1 side by side
//           per feature, D = 8 when d <= 8 (features d..7 unused), else d; a missing odd centre
//           holds +Infinity, so it never wins
//   HALF, MOVE  k f64;  SUMS  k * d f64;  COUNTS  k f64

const MARGIN: f64 = 1 - 1e-9;

let X: usize = 0;
let LABELS: usize = 0;
let UPPER: usize = 0;
let LOWER: usize = 0;
let CENTERS: usize = 0;
let PAIRS: usize = 0;
let HALF: usize = 0;
let MOVE: usize = 0;
let SUMS: usize = 0;
let COUNTS: usize = 0;

export function layout(
  x: usize,
  labels: usize,
  upper: usize,
  lower: usize,
  centers: usize,
  pairs: usize,
  half: usize,
  move: usize,
  sums: usize,
  counts: usize,
): void {
  X = x;
  LABELS = labels;
  UPPER = upper;
  LOWER = lower;
  CENTERS = centers;
  PAIRS = pairs;
  HALF = half;
  MOVE = move;
  SUMS = sums;
  COUNTS = counts;
}

/** Squared distance of the point at xo to centre c, as the plain loop sums it. */
@inline function sqDistTo(xo: usize, d: i32, c: i32): f64 {
  const co = CENTERS + ((<usize>c * <usize>d) << 3);
  if (d > 8) {
    let s: f64 = 0;
    for (let j = 0; j < d; j++) {
      const t = load<f64>(xo + (<usize>j << 3)) - load<f64>(co + (<usize>j << 3));
      s += t * t;
    }
    return s;
  }
  // Unrolled; with d a constant (see pass) the unused terms fold away. 0 + t0^2 is t0^2 exactly.
  let t = load<f64>(xo) - load<f64>(co);
  let s = t * t;
  if (d > 1) {
    t = load<f64>(xo, 8) - load<f64>(co, 8);
    s += t * t;
  }
  if (d > 2) {
    t = load<f64>(xo, 16) - load<f64>(co, 16);
    s += t * t;
  }
  if (d > 3) {
    t = load<f64>(xo, 24) - load<f64>(co, 24);
    s += t * t;
  }
  if (d > 4) {
    t = load<f64>(xo, 32) - load<f64>(co, 32);
    s += t * t;
  }
  if (d > 5) {
    t = load<f64>(xo, 40) - load<f64>(co, 40);
    s += t * t;
  }
  if (d > 6) {
    t = load<f64>(xo, 48) - load<f64>(co, 48);
    s += t * t;
  }
  if (d > 7) {
    t = load<f64>(xo, 56) - load<f64>(co, 56);
    s += t * t;
  }
  return s;
}

/**
 * Full scan of point i: each SIMD lane runs the plain loop over its half of the centres (even ones
 * in lane 0, odd ones in lane 1) with the plain loop's per-distance arithmetic and strict-< rule;
 * the lanes are then merged by (distance, index), which is the plain loop's lowest-index-wins
 * choice. Sets the point's bounds and returns its label.
 */
@inline function scan(xo: usize, d: i32, pairCount: i32, i: i32): i32 {
  let best = f64x2.splat(Infinity);
  let second = f64x2.splat(Infinity);
  let lab = i64x2.splat(-1);
  let idx = i64x2(0, 1);
  const two = i64x2.splat(2);
  let c = PAIRS;
  if (d <= 8) {
    // Straight-line code; pass() calls this with d a constant, so the terms beyond d fold away.
    const zero = f64x2.splat(0);
    const x0 = v128.load64_splat(xo);
    const x1 = d > 1 ? v128.load64_splat(xo + 8) : zero;
    const x2 = d > 2 ? v128.load64_splat(xo + 16) : zero;
    const x3 = d > 3 ? v128.load64_splat(xo + 24) : zero;
    const x4 = d > 4 ? v128.load64_splat(xo + 32) : zero;
    const x5 = d > 5 ? v128.load64_splat(xo + 40) : zero;
    const x6 = d > 6 ? v128.load64_splat(xo + 48) : zero;
    const x7 = d > 7 ? v128.load64_splat(xo + 56) : zero;
    for (let p = 0; p < pairCount; p++) {
      let t = f64x2.sub(x0, v128.load(c));
      let acc = f64x2.mul(t, t);
      if (d > 1) {
        t = f64x2.sub(x1, v128.load(c, 16));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 2) {
        t = f64x2.sub(x2, v128.load(c, 32));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 3) {
        t = f64x2.sub(x3, v128.load(c, 48));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 4) {
        t = f64x2.sub(x4, v128.load(c, 64));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 5) {
        t = f64x2.sub(x5, v128.load(c, 80));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 6) {
        t = f64x2.sub(x6, v128.load(c, 96));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 7) {
        t = f64x2.sub(x7, v128.load(c, 112));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      c += 128;
      // best keeps the first of equal minima (strict <), second the second-smallest value seen.
      lab = v128.bitselect(idx, lab, f64x2.lt(acc, best));
      second = f64x2.pmin(second, f64x2.pmax(acc, best));
      best = f64x2.pmin(best, acc);
      idx = i64x2.add(idx, two);
    }
  } else {
    const stride = <usize>d << 4;
    for (let p = 0; p < pairCount; p++) {
      let t = f64x2.sub(v128.load64_splat(xo), v128.load(c));
      let acc = f64x2.mul(t, t);
      for (let j = 1; j < d; j++) {
        t = f64x2.sub(v128.load64_splat(xo + (<usize>j << 3)), v128.load(c + (<usize>j << 4)));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      c += stride;
      // best keeps the first of equal minima (strict <), second the second-smallest value seen.
      lab = v128.bitselect(idx, lab, f64x2.lt(acc, best));
      second = f64x2.pmin(second, f64x2.pmax(acc, best));
      best = f64x2.pmin(best, acc);
      idx = i64x2.add(idx, two);
    }
  }
  const b0 = f64x2.extract_lane(best, 0);
  const b1 = f64x2.extract_lane(best, 1);
  const l0 = <i32>i64x2.extract_lane(lab, 0);
  const l1 = <i32>i64x2.extract_lane(lab, 1);
  let label = l0;
  let bestD = b0;
  let secondD: f64;
  if (b1 < b0 || (b1 == b0 && l1 < l0)) {
    label = l1;
    bestD = b1;
    secondD = f64x2.extract_lane(second, 1);
    if (b0 < secondD) secondD = b0;
  } else {
    secondD = f64x2.extract_lane(second, 0);
    if (b1 < secondD) secondD = b1;
  }
  store<f64>(UPPER + (<usize>i << 3), Math.sqrt(bestD) / MARGIN);
  store<f64>(LOWER + (<usize>i << 3), Math.sqrt(secondD));
  return label;
}

/** Moves point xo from cluster `from` (none when -1) to cluster `to` in the sums and counts. */
@inline function movePoint(xo: usize, d: i32, from: i32, to: i32): void {
  const rowBytes = <usize>d << 3;
  const so = SUMS + <usize>to * rowBytes;
  const ct = COUNTS + (<usize>to << 3);
  store<f64>(ct, load<f64>(ct) + 1);
  if (from >= 0) {
    const fo = SUMS + <usize>from * rowBytes;
    const cf = COUNTS + (<usize>from << 3);
    store<f64>(cf, load<f64>(cf) - 1);
    for (let j = 0; j < d; j++) {
      const v = load<f64>(xo + (<usize>j << 3));
      const q = fo + (<usize>j << 3);
      store<f64>(q, load<f64>(q) - v);
      const r = so + (<usize>j << 3);
      store<f64>(r, load<f64>(r) + v);
    }
  } else {
    for (let j = 0; j < d; j++) {
      const r = so + (<usize>j << 3);
      store<f64>(r, load<f64>(r) + load<f64>(xo + (<usize>j << 3)));
    }
  }
}

/**
 * One assignment pass over n points; returns how many labels changed. With `full`, sums and counts
 * are rebuilt and every point is scanned; otherwise a point is looked at only when its bounds
 * (brought up to date here with MOVE and maxMove) overlap, and sums change only for points that move.
 */
export function pass(n: i32, d: i32, k: i32, maxMove: f64, full: bool): i32 {
  // One copy of the loop per small d, so the feature loops unroll to straight-line code.
  switch (d) {
    case 1:
      return passFor(n, 1, k, maxMove, full);
    case 2:
      return passFor(n, 2, k, maxMove, full);
    case 3:
      return passFor(n, 3, k, maxMove, full);
    case 4:
      return passFor(n, 4, k, maxMove, full);
    case 5:
      return passFor(n, 5, k, maxMove, full);
    case 6:
      return passFor(n, 6, k, maxMove, full);
    case 7:
      return passFor(n, 7, k, maxMove, full);
    case 8:
      return passFor(n, 8, k, maxMove, full);
    default:
      return passFor(n, d, k, maxMove, full);
  }
}

@inline function passFor(n: i32, d: i32, k: i32, maxMove: f64, full: bool): i32 {
  const pairCount = (k + 1) >> 1;
  const rowBytes = <usize>d << 3;
  let changed = 0;
  if (full) {
    memory.fill(SUMS, 0, (<usize>k * <usize>d) << 3);
    memory.fill(COUNTS, 0, <usize>k << 3);
    for (let i = 0; i < n; i++) {
      const xo = X + <usize>i * rowBytes;
      const label = scan(xo, d, pairCount, i);
      movePoint(xo, d, -1, label);
      const lp = LABELS + (<usize>i << 2);
      if (load<i32>(lp) != label) {
        changed++;
        store<i32>(lp, label);
      }
    }
    return changed;
  }
  for (let i = 0; i < n; i++) {
    const lp = LABELS + (<usize>i << 2);
    const up8 = UPPER + (<usize>i << 3);
    const low8 = LOWER + (<usize>i << 3);
    const a = load<i32>(lp);
    const up = load<f64>(up8) + load<f64>(MOVE + (<usize>a << 3));
    const low = load<f64>(low8) - maxMove;
    const h = load<f64>(HALF + (<usize>a << 3));
    const bound = h > low * MARGIN ? h : low * MARGIN;
    if (up <= bound) {
      store<f64>(up8, up);
      store<f64>(low8, low);
      continue;
    }
    const xo = X + <usize>i * rowBytes;
    const tight = Math.sqrt(sqDistTo(xo, d, a)) / MARGIN;
    if (tight <= bound) {
      store<f64>(up8, tight);
      store<f64>(low8, low);
      continue;
    }
    const label = scan(xo, d, pairCount, i);
    if (label == a) continue;
    changed++;
    store<i32>(lp, label);
    movePoint(xo, d, a, label);
  }
  return changed;
}

/**
 * k-means++ candidate potential (see improvedBy in ../../seeding.ts): writes
 * min(prev[i], |x_i - x_candidate|^2) into out and returns their total, summed in row order so it
 * is the JS total bit for bit. Distances are computed for two rows at a time in SIMD, each lane with
 * the plain loop's terms in its order.
 */
export function improvedBy(candidate: i32, n: i32, d: i32, out: usize, prev: usize): f64 {
  switch (d) {
    case 1:
      return improvedByFor(candidate, n, 1, out, prev);
    case 2:
      return improvedByFor(candidate, n, 2, out, prev);
    case 3:
      return improvedByFor(candidate, n, 3, out, prev);
    case 4:
      return improvedByFor(candidate, n, 4, out, prev);
    case 5:
      return improvedByFor(candidate, n, 5, out, prev);
    case 6:
      return improvedByFor(candidate, n, 6, out, prev);
    case 7:
      return improvedByFor(candidate, n, 7, out, prev);
    case 8:
      return improvedByFor(candidate, n, 8, out, prev);
    default:
      return improvedByFor(candidate, n, d, out, prev);
  }
}

/** Feature j of rows i (lane 0) and i + 1 (lane 1), rows rowBytes apart starting at xo. */
@inline function twoRows(xo: usize, rowBytes: usize, j: usize): v128 {
  return v128.load64_lane(xo + rowBytes + (j << 3), v128.load64_splat(xo + (j << 3)), 1);
}

@inline function improvedByFor(candidate: i32, n: i32, d: i32, out: usize, prev: usize): f64 {
  const rowBytes = <usize>d << 3;
  const co = X + <usize>candidate * rowBytes;
  let total: f64 = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const xo = X + <usize>i * rowBytes;
    let acc: v128;
    if (d <= 8) {
      let t = f64x2.sub(twoRows(xo, rowBytes, 0), v128.load64_splat(co));
      acc = f64x2.mul(t, t);
      if (d > 1) {
        t = f64x2.sub(twoRows(xo, rowBytes, 1), v128.load64_splat(co + 8));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 2) {
        t = f64x2.sub(twoRows(xo, rowBytes, 2), v128.load64_splat(co + 16));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 3) {
        t = f64x2.sub(twoRows(xo, rowBytes, 3), v128.load64_splat(co + 24));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 4) {
        t = f64x2.sub(twoRows(xo, rowBytes, 4), v128.load64_splat(co + 32));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 5) {
        t = f64x2.sub(twoRows(xo, rowBytes, 5), v128.load64_splat(co + 40));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 6) {
        t = f64x2.sub(twoRows(xo, rowBytes, 6), v128.load64_splat(co + 48));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
      if (d > 7) {
        t = f64x2.sub(twoRows(xo, rowBytes, 7), v128.load64_splat(co + 56));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
    } else {
      let t = f64x2.sub(twoRows(xo, rowBytes, 0), v128.load64_splat(co));
      acc = f64x2.mul(t, t);
      for (let j = 1; j < d; j++) {
        t = f64x2.sub(twoRows(xo, rowBytes, <usize>j), v128.load64_splat(co + (<usize>j << 3)));
        acc = f64x2.add(acc, f64x2.mul(t, t));
      }
    }
    // v = s < prev ? s : prev, as the JS loop's `if (s < v) v = s`.
    const v = f64x2.pmin(v128.load(prev + (<usize>i << 3)), acc);
    v128.store(out + (<usize>i << 3), v);
    total += f64x2.extract_lane(v, 0);
    total += f64x2.extract_lane(v, 1);
  }
  if (i < n) {
    const xo = X + <usize>i * rowBytes;
    let s: f64 = 0;
    for (let j = 0; j < d; j++) {
      const t = load<f64>(xo + (<usize>j << 3)) - load<f64>(co + (<usize>j << 3));
      s += t * t;
    }
    const p = load<f64>(prev + (<usize>i << 3));
    const v = s < p ? s : p;
    store<f64>(out + (<usize>i << 3), v);
    total += v;
  }
  return total;
}
