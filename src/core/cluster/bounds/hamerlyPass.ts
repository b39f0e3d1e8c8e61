import { dist8, LANES, padCenters } from '../kernels';

/**
 * Bounds are trusted only with this relative margin, so a point keeps its label without a look only
 * when no rounding could make another centre tie or win in the plain loop's arithmetic.
 */
export const MARGIN = 1 - 1e-9;

/** Per-point bounds, cluster sums and per-centre scratch that persist across passes. */
export interface HamerlyState {
  readonly labels: Int32Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  /** Half the distance from each centre to its nearest other centre (margin applied). */
  readonly half: Float64Array;
  /** How far each centre moved since the bounds were last updated (margin applied). */
  readonly move: Float64Array;
  maxMove: number;
  readonly sums: Float64Array;
  readonly counts: Float64Array;
}

/** Sets state.half for the current centres; every pass needs it first. */
export function halfDistances(centers: Float64Array, k: number, d: number, half: Float64Array): void {
  for (let c = 0; c < k; c++) {
    let m = Infinity;
    for (let o = 0; o < k; o++) {
      if (o === c) continue;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = (centers[c * d + j] as number) - (centers[o * d + j] as number);
        s += diff * diff;
      }
      if (s < m) m = s;
    }
    half[c] = (Math.sqrt(m) / 2) * MARGIN;
  }
}

/**
 * One assignment pass (state.half already set by halfDistances); returns how many labels changed.
 * `pc` is scratch of k * LANES for the padded centres. Top-level functions with everything in
 * locals, and the per-point test kept tiny with the rare scan out of line: that is what lets V8
 * keep the common case (bounds prove the label) under ten nanoseconds. With `full`, every distance
 * and sum is recomputed; otherwise sums change only for points that move.
 */
export function hamerlyPass(
  x: Float64Array,
  n: number,
  d: number,
  centers: Float64Array,
  k: number,
  b: HamerlyState,
  pc: Float64Array,
  full: boolean,
): number {
  const { labels, upper, lower, half, move, sums, counts } = b;
  const maxMove = b.maxMove;
  if (d <= LANES) padCenters(centers, k, d, pc);
  let changed = 0;
  if (full) {
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const label = scanPoint(x, i * d, d, centers, k, pc, upper, lower, i);
      counts[label] = (counts[label] as number) + 1;
      for (let j = 0; j < d; j++)
        sums[label * d + j] = (sums[label * d + j] as number) + (x[i * d + j] as number);
      if (labels[i] !== label) {
        changed++;
        labels[i] = label;
      }
    }
    return changed;
  }
  for (let i = 0; i < n; i++) {
    // Bounds are brought up to date lazily, here, rather than in a pass of their own.
    const a = labels[i] as number;
    const up = (upper[i] as number) + (move[a] as number);
    const low = (lower[i] as number) - maxMove;
    const h = half[a] as number;
    const bound = h > low * MARGIN ? h : low * MARGIN;
    if (up <= bound) {
      upper[i] = up;
      lower[i] = low;
      continue;
    }
    const s = sqDistTo(x, i * d, d, centers, pc, a);
    const tight = Math.sqrt(s) / MARGIN;
    if (tight <= bound) {
      upper[i] = tight;
      lower[i] = low;
      continue;
    }
    const label = scanPoint(x, i * d, d, centers, k, pc, upper, lower, i);
    if (label === a) continue;
    changed++;
    labels[i] = label;
    counts[a] = (counts[a] as number) - 1;
    counts[label] = (counts[label] as number) + 1;
    for (let j = 0; j < d; j++) {
      const v = x[i * d + j] as number;
      sums[a * d + j] = (sums[a * d + j] as number) - v;
      sums[label * d + j] = (sums[label * d + j] as number) + v;
    }
  }
  return changed;
}

/** Squared distance of row o to centre c, in the plain loop's arithmetic. */
function sqDistTo(
  x: Float64Array,
  o: number,
  d: number,
  centers: Float64Array,
  pc: Float64Array,
  c: number,
): number {
  if (d <= LANES) {
    return dist8(
      x[o] as number,
      d > 1 ? (x[o + 1] as number) : 0,
      d > 2 ? (x[o + 2] as number) : 0,
      d > 3 ? (x[o + 3] as number) : 0,
      d > 4 ? (x[o + 4] as number) : 0,
      d > 5 ? (x[o + 5] as number) : 0,
      d > 6 ? (x[o + 6] as number) : 0,
      d > 7 ? (x[o + 7] as number) : 0,
      pc,
      c * LANES,
    );
  }
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = (x[o + j] as number) - (centers[c * d + j] as number);
    s += diff * diff;
  }
  return s;
}

/**
 * Full scan of point i in the plain loop's order and arithmetic (strict <: lowest index wins
 * ties); sets its bounds and returns its label.
 */
function scanPoint(
  x: Float64Array,
  o: number,
  d: number,
  centers: Float64Array,
  k: number,
  pc: Float64Array,
  upper: Float64Array,
  lower: Float64Array,
  i: number,
): number {
  let label = 0;
  let bestD = Infinity;
  let second = Infinity;
  if (d <= LANES) {
    const x0 = x[o] as number;
    const x1 = d > 1 ? (x[o + 1] as number) : 0;
    const x2 = d > 2 ? (x[o + 2] as number) : 0;
    const x3 = d > 3 ? (x[o + 3] as number) : 0;
    const x4 = d > 4 ? (x[o + 4] as number) : 0;
    const x5 = d > 5 ? (x[o + 5] as number) : 0;
    const x6 = d > 6 ? (x[o + 6] as number) : 0;
    const x7 = d > 7 ? (x[o + 7] as number) : 0;
    for (let c = 0; c < k; c++) {
      const s = dist8(x0, x1, x2, x3, x4, x5, x6, x7, pc, c * LANES);
      if (s < bestD) {
        second = bestD;
        bestD = s;
        label = c;
      } else if (s < second) second = s;
    }
  } else {
    for (let c = 0; c < k; c++) {
      const s = sqDistTo(x, o, d, centers, pc, c);
      if (s < bestD) {
        second = bestD;
        bestD = s;
        label = c;
      } else if (s < second) second = s;
    }
  }
  upper[i] = Math.sqrt(bestD) / MARGIN;
  lower[i] = Math.sqrt(second);
  return label;
}
