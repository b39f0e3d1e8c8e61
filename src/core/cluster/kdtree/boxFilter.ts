import type { KdTree } from './kdTree';

/**
 * Relative slack for pruning: a centre is dropped for a whole box only if it loses to the box's
 * best centre by more than rounding could explain, so leaves see every centre that could win a
 * point, and they compare with the very arithmetic the plain loop uses.
 */
const PRUNE_SLACK = 1e-9;

/**
 * Kanungo's filter for box v of the tree: of the m candidate centres at candidates[base..base+m),
 * keeps those that could be nearest to some point of the box (z* = the candidate nearest the box's
 * middle, and every z for which the box corner reaching farthest towards z is not clearly closer to
 * z*). The kept ones are written, in order, at candidates[base+m..]; returns how many. Shared by the
 * filtering Lloyd loop and the final labelling, so both prune by the same rule.
 */
export function filterCandidates(
  tree: KdTree,
  d: number,
  centers: Float64Array,
  candidates: Int32Array,
  base: number,
  m: number,
  v: number,
): number {
  if (d === 2) return filterCandidates2(tree, centers, candidates, base, m, v);
  const { bmin, bmax } = tree;
  let star = candidates[base] as number;
  let starD = Infinity;
  for (let t = 0; t < m; t++) {
    const c = candidates[base + t] as number;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const mid = ((bmin[v * d + j] as number) + (bmax[v * d + j] as number)) / 2;
      s += (mid - (centers[c * d + j] as number)) ** 2;
    }
    if (s < starD) {
      starD = s;
      star = c;
    }
  }
  const next = base + m;
  let kept = 0;
  for (let t = 0; t < m; t++) {
    const z = candidates[base + t] as number;
    if (z !== star && isFarther(tree, centers, d, z, star, v)) continue;
    candidates[next + kept++] = z;
  }
  return kept;
}

/** Is every point of box v farther from centre z than from centre s, by more than rounding? */
function isFarther(tree: KdTree, centers: Float64Array, d: number, z: number, s: number, v: number): boolean {
  const { bmin, bmax } = tree;
  let dz = 0;
  let ds = 0;
  let diag = 0;
  for (let j = 0; j < d; j++) {
    const zj = centers[z * d + j] as number;
    const sj = centers[s * d + j] as number;
    const a = bmin[v * d + j] as number;
    const b = bmax[v * d + j] as number;
    const corner = zj > sj ? b : a; // the corner reaching farthest towards z
    dz += (corner - zj) ** 2;
    ds += (corner - sj) ** 2;
    diag += (b - a) ** 2;
  }
  return dz - ds > PRUNE_SLACK * (dz + ds + diag);
}

/**
 * The candidate nearest to point p (tree order, row-major xt), lowest position in the list on ties:
 * the same comparisons, in the same order, as the plain loop over those centres.
 */
export function nearestCandidate(
  xt: Float64Array,
  d: number,
  p: number,
  centers: Float64Array,
  candidates: Int32Array,
  base: number,
  m: number,
): number {
  if (d === 2) return nearestTo2(xt[2 * p] as number, xt[2 * p + 1] as number, centers, candidates, base, m);
  let best = 0;
  let bestD = Infinity;
  for (let t = 0; t < m; t++) {
    const c = candidates[base + t] as number;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const diff = (xt[p * d + j] as number) - (centers[c * d + j] as number);
      s += diff * diff;
    }
    if (s < bestD) {
      bestD = s;
      best = c;
    }
  }
  return best;
}

/**
 * filterCandidates for two features, unrolled, with the box read once: the same arithmetic
 * (x ** 2 is x * x in IEEE double), so the same candidates kept.
 */
function filterCandidates2(
  tree: KdTree,
  centers: Float64Array,
  candidates: Int32Array,
  base: number,
  m: number,
  v: number,
): number {
  const ax = tree.bmin[2 * v] as number;
  const ay = tree.bmin[2 * v + 1] as number;
  const bx = tree.bmax[2 * v] as number;
  const by = tree.bmax[2 * v + 1] as number;
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  const star = nearestTo2(mx, my, centers, candidates, base, m);
  const sx = centers[2 * star] as number;
  const sy = centers[2 * star + 1] as number;
  const wx = bx - ax;
  const wy = by - ay;
  const diag = wx * wx + wy * wy;
  const next = base + m;
  let kept = 0;
  for (let t = 0; t < m; t++) {
    const z = candidates[base + t] as number;
    if (z !== star) {
      const zx = centers[2 * z] as number;
      const zy = centers[2 * z + 1] as number;
      const cx = zx > sx ? bx : ax;
      const cy = zy > sy ? by : ay;
      const zdx = cx - zx;
      const zdy = cy - zy;
      const sdx = cx - sx;
      const sdy = cy - sy;
      const dz = zdx * zdx + zdy * zdy;
      const ds = sdx * sdx + sdy * sdy;
      if (dz - ds > PRUNE_SLACK * (dz + ds + diag)) continue;
    }
    candidates[next + kept++] = z;
  }
  return kept;
}

/**
 * nearestCandidate for two features, unrolled, for the point (px, py): the same sums in the same
 * order, the first of equal minima.
 */
export function nearestTo2(
  px: number,
  py: number,
  centers: Float64Array,
  candidates: Int32Array,
  base: number,
  m: number,
): number {
  let best = candidates[base] as number;
  let bestD = Infinity;
  for (let t = 0; t < m; t++) {
    const c = candidates[base + t] as number;
    const dx = px - (centers[2 * c] as number);
    const dy = py - (centers[2 * c + 1] as number);
    const s = dx * dx + dy * dy;
    if (s < bestD) {
      bestD = s;
      best = c;
    }
  }
  return best;
}
