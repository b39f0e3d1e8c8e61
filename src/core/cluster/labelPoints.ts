import { PLAIN, type Accelerator } from './accelerator';
import type { Dataset } from './dataset';

/** Same slack as filterLloyd: prune a centre for a box only beyond any rounding doubt. */
const PRUNE_SLACK = 1e-9;

/**
 * Nearest-centre label of every row (lowest centre index on ties), written into `out` (length n)
 * in row order. Plain: O(n k d). With a kd-tree: Kanungo-style filtering, so boxes that belong to
 * one centre are labelled without distance computations; same labels, bit for bit, because leaves
 * use the plain arithmetic and pruning keeps every centre that could win or tie.
 */
export function labelPoints(
  ds: Dataset,
  centers: Float64Array,
  k: number,
  out: Int32Array,
  accelerator: Accelerator = PLAIN,
): Int32Array {
  const { n, d, x } = ds;
  if (accelerator.kind !== 'tree') {
    for (let i = 0; i < n; i++) {
      let label = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = (x[i * d + j] as number) - (centers[c * d + j] as number);
          s += diff * diff;
        }
        if (s < bestD) {
          bestD = s;
          label = c;
        }
      }
      out[i] = label;
    }
    return out;
  }
  const { xt, perm, lo, hi, left, right, bmin, bmax, depth } = accelerator.tree;
  const candidates = new Int32Array(k * (depth + 2));
  for (let c = 0; c < k; c++) candidates[c] = c;
  const visit = (v: number, base: number, m: number): void => {
    if ((left[v] as number) >= 0 && m > 1) {
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
      let kept = 0;
      for (let t = 0; t < m; t++) {
        const z = candidates[base + t] as number;
        if (z !== star) {
          let dz = 0;
          let dstar = 0;
          let diag = 0;
          for (let j = 0; j < d; j++) {
            const zj = centers[z * d + j] as number;
            const sj = centers[star * d + j] as number;
            const a = bmin[v * d + j] as number;
            const b = bmax[v * d + j] as number;
            const corner = zj > sj ? b : a;
            dz += (corner - zj) ** 2;
            dstar += (corner - sj) ** 2;
            diag += (b - a) ** 2;
          }
          if (dz - dstar > PRUNE_SLACK * (dz + dstar + diag)) continue;
        }
        candidates[base + m + kept++] = z;
      }
      base += m;
      m = kept;
    }
    if (m === 1) {
      const c = candidates[base] as number;
      for (let p = lo[v] as number; p < (hi[v] as number); p++) out[perm[p] as number] = c;
      return;
    }
    if ((left[v] as number) >= 0) {
      visit(left[v] as number, base, m);
      visit(right[v] as number, base, m);
      return;
    }
    for (let p = lo[v] as number; p < (hi[v] as number); p++) {
      let label = 0;
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
          label = c;
        }
      }
      out[perm[p] as number] = label;
    }
  };
  visit(0, 0, k);
  return out;
}
