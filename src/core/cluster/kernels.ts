/**
 * Distance kernels for up to LANES features, unrolled by hand. V8's generic `for (j < d)` loop costs
 * ~2.5 ns per term (loop and bounds checks); straight-line code on values held in locals is several
 * times faster. (Building them at run time with new Function is what the app's CSP forbids; a
 * build-time generator, as the WebAssembly kernel has, would be allowed, but two eight-term
 * functions do not repay one.)
 *
 * Bit-identity with the plain loop: the plain loop computes s = 0, s += t_0^2, ..., s += t_{d-1}^2
 * with t_j = x_j - c_j. The kernels compute the same terms in the same order; the padding lanes
 * j >= d hold 0 in both the point and the centre, so they add (0 - 0)^2 = +0, which leaves s
 * unchanged exactly. 0 + t_0^2 = t_0^2 exactly, so starting from the first term is the same too.
 */
export const LANES = 8;

/** Centres copied to stride LANES with zero padding (out: k * LANES). */
export function padCenters(centers: Float64Array, k: number, d: number, out: Float64Array): void {
  out.fill(0);
  for (let c = 0; c < k; c++) for (let j = 0; j < d; j++) out[c * LANES + j] = centers[c * d + j] as number;
}

/**
 * Squared distance from the point (x0..x7, already padded) to padded centre row q of pc.
 * Kept tiny so V8 inlines it into the scan loops.
 */
export function dist8(
  x0: number,
  x1: number,
  x2: number,
  x3: number,
  x4: number,
  x5: number,
  x6: number,
  x7: number,
  pc: Float64Array,
  q: number,
): number {
  let t = x0 - (pc[q] as number);
  let s = t * t;
  t = x1 - (pc[q + 1] as number);
  s += t * t;
  t = x2 - (pc[q + 2] as number);
  s += t * t;
  t = x3 - (pc[q + 3] as number);
  s += t * t;
  t = x4 - (pc[q + 4] as number);
  s += t * t;
  t = x5 - (pc[q + 5] as number);
  s += t * t;
  t = x6 - (pc[q + 6] as number);
  s += t * t;
  t = x7 - (pc[q + 7] as number);
  return s + t * t;
}

/**
 * Squared distance from row x[o..o+d) (d <= LANES) to a fixed point held in locals c0..c7 (zero
 * beyond d): the plain loop's terms in its order, as dist8 (x_j - c_j is read from x here).
 */
export function distRow8(
  x: Float64Array,
  o: number,
  d: number,
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  c4: number,
  c5: number,
  c6: number,
  c7: number,
): number {
  let t = (x[o] as number) - c0;
  let s = t * t;
  t = (d > 1 ? (x[o + 1] as number) : 0) - c1;
  s += t * t;
  t = (d > 2 ? (x[o + 2] as number) : 0) - c2;
  s += t * t;
  t = (d > 3 ? (x[o + 3] as number) : 0) - c3;
  s += t * t;
  t = (d > 4 ? (x[o + 4] as number) : 0) - c4;
  s += t * t;
  t = (d > 5 ? (x[o + 5] as number) : 0) - c5;
  s += t * t;
  t = (d > 6 ? (x[o + 6] as number) : 0) - c6;
  s += t * t;
  t = (d > 7 ? (x[o + 7] as number) : 0) - c7;
  return s + t * t;
}
