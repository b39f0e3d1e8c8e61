// AssemblyScript source of kmeans.wasm, as a template: `npm run build:wasm` expands it with
// template/generateKernel.ts into kmeans.generated.ts (not committed) and compiles that with asc; a
// unit test fails when the committed kmeans.wasm is not what this template compiles to.
//
// The template marks what is written out once per feature lane, candidate or small d; the
// generator writes the copies, so each is written here once (see template/expandKernel.ts):
// - `//#unroll j = 1..7` ... `//#end`: the lines between, once for each j, `{j}` and `{8 * j}` in
//   them replaced by the numbers;
// - `#each(j = 0..7, item)`: the item once for each j, separated by commas (parameter and argument
//   lists);
// - `//#specialize d = 1..8` after a statement: a switch (d) with one case per value, `{d}` in the
//   statement replaced by the value, and a default case that keeps d.
// Code generation at build time is all the app's CSP allows for, and all it needs: the CSP forbids
// running text as JavaScript in the page (eval), not writing source before compiling it.
//
// Three kernels and a sum:
// - passMany: a pass of the JS hamerlyPass (../../hamerlyPass.ts) for each of several restarts:
//   same bounds, margins, tie rule and arithmetic, so the same labels, bounds and sums; it works in
//   blocks, each block for every restart before the next, branch-free where it can, and scans a
//   point two centres at a time in SIMD;
// - absorb and potentials: the k-means++ steps of ../../../lloyd/kmeansPlusPlus.ts (make a row a
//   centre; weigh the candidates), two rows at a time in SIMD;
// - inertia: the Lloyd loop's closing sum of squared distances.
// Every distance is summed term by term in feature order, as the plain JS loop does, and every total
// in row order, so results are the same bit for bit (WebAssembly has no fused multiply-add and no
// reassociation).
//
// Memory layout (byte offsets set by `layout` once per dataset, and per restart by `useSlot`, all
// 16-byte aligned):
//   X       n * d f64, row-major points
//   LABELS  n i32;  UPPER, LOWER  n f64
//   CENTERS k * d f64, row-major;  PAIRS  ceil(k / 2) * D * 2 f64: centres 2p and 2p+1 side by side
//           per feature, D = 8 when d <= 8 (features d..7 unused), else d; a missing odd centre
//           holds +Infinity, so it never wins
//   HALF, MOVE  k f64;  SUMS  k * d f64;  COUNTS  k f64;  WORK  BLOCK i32 (points a pass must look at)

const MARGIN: f64 = 1 - 1e-9;
/** Points per block of a bounds pass (see passBlock); WORK must hold this many i32. */
export const BLOCK: i32 = 2048;

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
let WORK: usize = 0;
/** What phase 1 of a pass folds its row reads into, so the optimizer keeps them (see passBlock). */
let TOUCHED: i64 = 0;

/** Where the points and the WORK list are; a restart's own state is chosen with useSlot. */
export function layout(x: usize, work: usize): void {
  X = x;
  WORK = work;
}

/**
 * max(a, b) for numbers that are never NaN, without a branch. The scalar `h > l ? h : l` it
 * replaces (an f64 select) ran as a branch that the bound tests mispredict about as often as not;
 * with pmax the bounds pass is measurably faster.
 */
@inline function larger(a: f64, b: f64): f64 {
  return f64x2.extract_lane(f64x2.pmax(f64x2.splat(a), f64x2.splat(b)), 0);
}

/** Squared distance of the point at xo to centre c, as the plain loop sums it. */
@inline function sqDistTo(xo: usize, d: i32, c: i32): f64 {
  const co = CENTERS + ((<usize>c * <usize>d) << 3);
  if (d > 8) return rowDistance(xo, d, co);
  // Unrolled; with d a constant (see passMany) the unused terms fold away. 0 + t0^2 is t0^2 exactly.
  let t = load<f64>(xo) - load<f64>(co);
  let s = t * t;
  //#unroll j = 1..7
  if (d > {j}) {
    t = load<f64>(xo, {8 * j}) - load<f64>(co, {8 * j});
    s += t * t;
  }
  //#end
  return s;
}

/**
 * Full scan of point i: each SIMD lane runs the plain loop over its half of the centres (even ones
 * in lane 0, odd ones in lane 1) with the plain loop's per-distance arithmetic and strict-< rule;
 * the lanes are then merged by (distance, index), which is the plain loop's lowest-index-wins
 * choice. Sets the point's bounds and returns its label.
 *
 * Why every centre: pruning the scan by centre-to-centre distances (the others in order of distance
 * from the point's own centre a, stopping once |c - a| - u exceeds the second-smallest distance so
 * far, which keeps labels and bounds exact) looked at 2.9 pairs instead of 5 at k = 10 on mall-like
 * 2 * 10^5 x 6, yet made passes 1.6-2x slower: its stop test is a branch that mispredicts about once
 * a scan and resolves only after the previous pair's distance, where this loop has no branch to miss.
 */
@inline function scan(xo: usize, d: i32, pairCount: i32, i: i32): i32 {
  let best = f64x2.splat(Infinity);
  let second = f64x2.splat(Infinity);
  let lab = i64x2.splat(-1);
  let idx = i64x2(0, 1);
  const two = i64x2.splat(2);
  let c = PAIRS;
  if (d <= 8) {
    // Straight-line code; passMany calls this with d a constant, so the terms beyond d fold away.
    const zero = f64x2.splat(0);
    const x0 = v128.load64_splat(xo);
    //#unroll j = 1..7
    const x{j} = d > {j} ? v128.load64_splat(xo + {8 * j}) : zero;
    //#end
    for (let p = 0; p < pairCount; p++) {
      const acc = squaredTerms(
        #each(j = 0..7, x{j}),
        v128.load(c),
        #each(j = 1..7, d > {j} ? v128.load(c, {16 * j}) : zero),
        d,
      );
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
  // The merge, without a branch (which lane wins is a coin toss to the predictor): the nearest is
  // the smaller lane minimum (equal minima: the lower index); the second-smallest of all is the
  // larger lane minimum or a lane's second, whichever is smaller.
  const b0 = f64x2.extract_lane(best, 0);
  const b1 = f64x2.extract_lane(best, 1);
  const l0 = <i32>i64x2.extract_lane(lab, 0);
  const l1 = <i32>i64x2.extract_lane(lab, 1);
  const label = select<i32>(l1, l0, <i32>(b1 < b0) | (<i32>(b1 == b0) & <i32>(l1 < l0)));
  const otherBest = v128.shuffle<f64>(best, best, 1, 0);
  const seconds = f64x2.pmin(second, v128.shuffle<f64>(second, second, 1, 0));
  const secondOfAll = f64x2.pmin(f64x2.pmax(best, otherBest), seconds);
  // Lane 0: the nearest squared distance; lane 1: the second-smallest. One sqrt for both.
  const roots = f64x2.sqrt(v128.shuffle<f64>(f64x2.pmin(best, otherBest), secondOfAll, 0, 2));
  store<f64>(UPPER + (<usize>i << 3), f64x2.extract_lane(roots, 0) / MARGIN);
  store<f64>(LOWER + (<usize>i << 3), f64x2.extract_lane(roots, 1));
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
 * Per restart of a lockstep batch, the addresses of its state (what `layout` sets for one run) and
 * its pass's inputs and output, SLOT bytes apart: labels, upper, lower, centers, pairs, half, move,
 * sums, counts (u32 each, from byte 0), maxMove (f64, byte 40), full (i32, byte 48), changed (i32,
 * byte 52, written by passMany).
 */
export const SLOT: i32 = 64;

/** Makes the restart described at `slot` the one the kernels work on (passBlock, inertia). */
export function useSlot(slot: usize): void {
  LABELS = load<u32>(slot);
  UPPER = load<u32>(slot, 4);
  LOWER = load<u32>(slot, 8);
  CENTERS = load<u32>(slot, 12);
  PAIRS = load<u32>(slot, 16);
  HALF = load<u32>(slot, 20);
  MOVE = load<u32>(slot, 24);
  SUMS = load<u32>(slot, 28);
  COUNTS = load<u32>(slot, 32);
}

/**
 * One assignment pass for each of `count` restarts (slots at `slots`; each slot's changed count is
 * written back to it). With a slot's `full`, its sums and counts are rebuilt and every point is
 * scanned; otherwise a point is looked at only when its bounds (brought up to date here with MOVE
 * and maxMove) overlap, and sums change only for points that move.
 *
 * The restarts run in lockstep: each block of points is passed for every restart before the next
 * block, so the rows are read from memory once for all of them and served from the cache after the
 * first. Nothing is shared but the points: each restart's pass is the one it would get alone.
 */
export function passMany(n: i32, d: i32, k: i32, slots: usize, count: i32): void {
  // One copy of the loop per small d, so the feature loops unroll to straight-line code.
  passManyFor(n, {d}, k, slots, count); //#specialize d = 1..8
}

@inline function passManyFor(n: i32, d: i32, k: i32, slots: usize, count: i32): void {
  for (let s = 0; s < count; s++) {
    const slot = slots + <usize>s * SLOT;
    store<i32>(slot, 0, 52);
    useSlot(slot);
    if (load<i32>(slot, 48) != 0) clearSums(k, d);
  }
  for (let start = 0; start < n; start += BLOCK) {
    const end = min(start + BLOCK, n);
    for (let s = 0; s < count; s++) {
      const slot = slots + <usize>s * SLOT;
      useSlot(slot);
      const changed = passBlock(start, end, d, k, load<f64>(slot, 40), load<i32>(slot, 48) != 0);
      store<i32>(slot, load<i32>(slot, 52) + changed, 52);
    }
  }
}

@inline function clearSums(k: i32, d: i32): void {
  memory.fill(SUMS, 0, (<usize>k * <usize>d) << 3);
  memory.fill(COUNTS, 0, <usize>k << 3);
}

/**
 * The pass over points start..end-1 (at most BLOCK of them); returns how many labels changed. Blocks
 * are small enough that a block's rows and bounds are still in cache for phases 2 and 3.
 */
@inline function passBlock(start: i32, end: i32, d: i32, k: i32, maxMove: f64, full: bool): i32 {
  const pairCount = (k + 1) >> 1;
  const rowBytes = <usize>d << 3;
  let changed = 0;
  if (full) {
    for (let i = start; i < end; i++) {
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
  // Phase 1 streams over the bounds without a branch: every point gets its bounds brought up to
  // date, and the points the bounds cannot settle are listed in WORK. It also reads a word of
  // every row (both ends of a row longer than a cache line), so the hardware prefetcher streams
  // the rows through the cache for phases 2 and 3. Without that, the rows those phases pick out
  // (a fifth or so, in increasing order) come from memory one miss at a time: at 10^6 x 6,
  // fetching 24% of the rows took 38 ns a row, while streaming all of them took 3 ns a row.
  let m = 0;
  let touched: i64 = 0;
  for (let i = start; i < end; i++) {
    const xo = X + <usize>i * rowBytes;
    touched ^= load<i64>(xo);
    if (d > 8) touched ^= load<i64>(xo + rowBytes - 8);
    const up8 = UPPER + (<usize>i << 3);
    const low8 = LOWER + (<usize>i << 3);
    const a = load<i32>(LABELS + (<usize>i << 2));
    const up = load<f64>(up8) + load<f64>(MOVE + (<usize>a << 3));
    const low = load<f64>(low8) - maxMove;
    const h = load<f64>(HALF + (<usize>a << 3));
    const bound = larger(h, low * MARGIN);
    store<f64>(up8, up);
    store<f64>(low8, low);
    store<i32>(WORK + (<usize>m << 2), i);
    m += <i32>!(up <= bound);
  }
  TOUCHED ^= touched;
  // Phase 2 tightens the upper bound of the listed points; those still unsettled stay listed (the
  // list is compacted in place: the write position never passes the read position).
  let f = 0;
  for (let w = 0; w < m; w++) {
    const i = load<i32>(WORK + (<usize>w << 2));
    const a = load<i32>(LABELS + (<usize>i << 2));
    const low = load<f64>(LOWER + (<usize>i << 3));
    const h = load<f64>(HALF + (<usize>a << 3));
    const bound = larger(h, low * MARGIN);
    const tight = Math.sqrt(sqDistTo(X + <usize>i * rowBytes, d, a)) / MARGIN;
    store<f64>(UPPER + (<usize>i << 3), tight);
    store<i32>(WORK + (<usize>f << 2), i);
    f += <i32>!(tight <= bound);
  }
  // Phase 3: a full scan of each point left, and the sums follow the points that change cluster.
  // (Phases 1 and 2 wrote bounds for these points too; the scan overwrites them, so every point
  // ends the pass with the bounds the one-loop pass gives it.)
  for (let w = 0; w < f; w++) {
    const i = load<i32>(WORK + (<usize>w << 2));
    const lp = LABELS + (<usize>i << 2);
    const a = load<i32>(lp);
    const xo = X + <usize>i * rowBytes;
    const label = scan(xo, d, pairCount, i);
    if (label == a) continue;
    changed++;
    store<i32>(lp, label);
    movePoint(xo, d, a, label);
  }
  return changed;
}

/**
 * The inertia of the current labels and CENTERS: the sum in row order of each point's squared
 * distance to its centre, the plain loop's terms in order (so the JS number, bit for bit).
 */
export function inertia(n: i32, d: i32): f64 {
  return inertiaFor(n, {d}); //#specialize d = 1..8
}

@inline function inertiaFor(n: i32, d: i32): f64 {
  const rowBytes = <usize>d << 3;
  let total: f64 = 0;
  for (let i = 0; i < n; i++) {
    total += sqDistTo(X + <usize>i * rowBytes, d, load<i32>(LABELS + (<usize>i << 2)));
  }
  return total;
}

/**
 * Makes row `chosen` a k-means++ centre (see absorb in ../../../lloyd/kmeansPlusPlus.ts): closest[i] becomes
 * min(closest[i], |x_i - x_chosen|^2) and cumulative[i] the running total of closest in row order;
 * returns the total. Distances two rows at a time in SIMD, each lane with the plain loop's terms in
 * its order; the totals are added one row at a time, so they are the JS totals bit for bit.
 */
export function absorb(chosen: i32, n: i32, d: i32, closest: usize, cumulative: usize): f64 {
  return absorbFor(chosen, n, {d}, closest, cumulative); //#specialize d = 1..8
}

/** Feature j of rows i (lane 0) and i + 1 (lane 1), rows rowBytes apart starting at xo. */
@inline function twoRows(xo: usize, rowBytes: usize, j: usize): v128 {
  return v128.load64_lane(xo + rowBytes + (j << 3), v128.load64_splat(xo + (j << 3)), 1);
}

@inline function absorbFor(chosen: i32, n: i32, d: i32, closest: usize, cumulative: usize): f64 {
  const rowBytes = <usize>d << 3;
  const co = X + <usize>chosen * rowBytes;
  let total: f64 = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const q = closest + (<usize>i << 3);
    // v = s < closest ? s : closest, as the JS loop's `if (s < v) v = s`.
    const v = f64x2.pmin(v128.load(q), twoDistances(X + <usize>i * rowBytes, rowBytes, d, co));
    v128.store(q, v);
    total += f64x2.extract_lane(v, 0);
    store<f64>(cumulative + (<usize>i << 3), total);
    total += f64x2.extract_lane(v, 1);
    store<f64>(cumulative + (<usize>i << 3), total, 8);
  }
  if (i < n) {
    const q = closest + (<usize>i << 3);
    const s = rowDistance(X + <usize>i * rowBytes, d, co);
    const p = load<f64>(q);
    const v = s < p ? s : p;
    store<f64>(q, v);
    total += v;
    store<f64>(cumulative + (<usize>i << 3), total);
  }
  return total;
}

/**
 * Weighs `count` k-means++ candidates (row indices at `candidates`) in one pass over the points:
 * totals[t] = sum over rows, in row order, of min(closest[i], |x_i - x_candidate_t|^2), the same
 * numbers as improvedBy gives one candidate at a time. The rows are read once for all candidates.
 */
export function potentials(candidates: usize, count: i32, n: i32, d: i32, closest: usize, totals: usize): void {
  potentialsFor(candidates, count, n, {d}, closest, totals); //#specialize d = 1..8
}

/**
 * Per lane, the squared distance between (a0..a7) and (b0..b7) over the first d features: the plain
 * loop's terms in its order, (a0 - b0)^2 first. With d a constant the terms beyond d fold away. The
 * one unrolled copy of the distance that the SIMD loops (scan, absorb, potentials) share.
 */
@inline function squaredTerms(
  #each(j = 0..7, a{j}: v128),
  #each(j = 0..7, b{j}: v128),
  d: i32,
): v128 {
  let t = f64x2.sub(a0, b0);
  let acc = f64x2.mul(t, t);
  //#unroll j = 1..7
  if (d > {j}) {
    t = f64x2.sub(a{j}, b{j});
    acc = f64x2.add(acc, f64x2.mul(t, t));
  }
  //#end
  return acc;
}

/** Squared distances of two rows (features r0..r7, lanes = rows) to row `co`, terms in order. */
@inline function distancesFrom(#each(j = 0..7, r{j}: v128), d: i32, co: usize): v128 {
  const zero = f64x2.splat(0);
  return squaredTerms(
    #each(j = 0..7, r{j}),
    v128.load64_splat(co),
    #each(j = 1..7, d > {j} ? v128.load64_splat(co + {8 * j}) : zero),
    d,
  );
}

/** Squared distances of rows i, i + 1 (the lanes) to row `co`: the plain loop's terms in order. */
@inline function twoDistances(xo: usize, rowBytes: usize, d: i32, co: usize): v128 {
  if (d <= 8) {
    const zero = f64x2.splat(0);
    return distancesFrom(
      twoRows(xo, rowBytes, 0),
      #each(j = 1..7, d > {j} ? twoRows(xo, rowBytes, {j}) : zero),
      d,
      co,
    );
  }
  let t = f64x2.sub(twoRows(xo, rowBytes, 0), v128.load64_splat(co));
  let acc = f64x2.mul(t, t);
  for (let j = 1; j < d; j++) {
    t = f64x2.sub(twoRows(xo, rowBytes, <usize>j), v128.load64_splat(co + (<usize>j << 3)));
    acc = f64x2.add(acc, f64x2.mul(t, t));
  }
  return acc;
}

/** Squared distance of row xo to row co, the plain loop's terms in order. */
@inline function rowDistance(xo: usize, d: i32, co: usize): f64 {
  let s: f64 = 0;
  for (let j = 0; j < d; j++) {
    const t = load<f64>(xo + (<usize>j << 3)) - load<f64>(co + (<usize>j << 3));
    s += t * t;
  }
  return s;
}

@inline function potentialsFor(
  candidates: usize,
  count: i32,
  n: i32,
  d: i32,
  closest: usize,
  totals: usize,
): void {
  // 2 + floor(ln k) candidates: 2 to 4 for k up to 20, each kept in a local (see potentialsFew).
  if (d <= 8 && count == 2) potentialsFew(candidates, 2, n, d, closest, totals);
  else if (d <= 8 && count == 3) potentialsFew(candidates, 3, n, d, closest, totals);
  else if (d <= 8 && count == 4) potentialsFew(candidates, 4, n, d, closest, totals);
  else {
    memory.fill(totals, 0, <usize>count << 3);
    potentialsTail(candidates, count, 0, n, d, closest, totals);
  }
}

/**
 * potentialsFor for 2..4 candidates and d <= 8 (both constants here, so the unused terms fold away):
 * the two rows' features are loaded once for all candidates and each total stays in a local, not
 * in memory, so the adds are not held up by a store and a reload. The order of every add is the
 * general loop's.
 */
@inline function potentialsFew(
  candidates: usize,
  count: i32,
  n: i32,
  d: i32,
  closest: usize,
  totals: usize,
): void {
  const rowBytes = <usize>d << 3;
  const c0 = X + <usize>load<i32>(candidates) * rowBytes;
  const c1 = X + <usize>load<i32>(candidates, 4) * rowBytes;
  //#unroll t = 2..3
  const c{t} = count > {t} ? X + <usize>load<i32>(candidates, {4 * t}) * rowBytes : c0;
  //#end
  const zero = f64x2.splat(0);
  //#unroll t = 0..3
  let t{t}: f64 = 0;
  //#end
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const xo = X + <usize>i * rowBytes;
    const prev = v128.load(closest + (<usize>i << 3));
    const r0 = twoRows(xo, rowBytes, 0);
    //#unroll j = 1..7
    const r{j} = d > {j} ? twoRows(xo, rowBytes, {j}) : zero;
    //#end
    // v = s < prev ? s : prev, as the JS loop's `if (s < v) v = s`.
    let v = f64x2.pmin(prev, distancesFrom(#each(j = 0..7, r{j}), d, c0));
    t0 = t0 + f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
    v = f64x2.pmin(prev, distancesFrom(#each(j = 0..7, r{j}), d, c1));
    t1 = t1 + f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
    //#unroll t = 2..3
    if (count > {t}) {
      v = f64x2.pmin(prev, distancesFrom(#each(j = 0..7, r{j}), d, c{t}));
      t{t} = t{t} + f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
    }
    //#end
  }
  store<f64>(totals, t0);
  store<f64>(totals, t1, 8);
  //#unroll t = 2..3
  if (count > {t}) store<f64>(totals, t{t}, {8 * t});
  //#end
  potentialsTail(candidates, count, i, n, d, closest, totals);
}

/** Adds rows from..n-1 to the candidates' totals in memory, two rows at a time, then the odd one. */
@inline function potentialsTail(
  candidates: usize,
  count: i32,
  from: i32,
  n: i32,
  d: i32,
  closest: usize,
  totals: usize,
): void {
  const rowBytes = <usize>d << 3;
  let i = from;
  for (; i + 1 < n; i += 2) {
    const xo = X + <usize>i * rowBytes;
    const prev = v128.load(closest + (<usize>i << 3));
    for (let t = 0; t < count; t++) {
      const co = X + <usize>load<i32>(candidates + (<usize>t << 2)) * rowBytes;
      // v = s < prev ? s : prev, as the JS loop's `if (s < v) v = s`.
      const v = f64x2.pmin(prev, twoDistances(xo, rowBytes, d, co));
      const q = totals + (<usize>t << 3);
      store<f64>(q, load<f64>(q) + f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1));
    }
  }
  if (i < n) {
    const xo = X + <usize>i * rowBytes;
    const p = load<f64>(closest + (<usize>i << 3));
    for (let t = 0; t < count; t++) {
      const s = rowDistance(xo, d, X + <usize>load<i32>(candidates + (<usize>t << 2)) * rowBytes);
      const q = totals + (<usize>t << 3);
      store<f64>(q, load<f64>(q) + (s < p ? s : p));
    }
  }
}
