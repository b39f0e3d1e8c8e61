import type { Dataset } from '../dataset';

/**
 * Nearest-centre label of every row (lowest centre index on ties), written into `out` (length n)
 * in row order, by brute force: O(n k d). The labels every other strategy's labelling reproduces.
 */
export function labelNearest(ds: Dataset, centers: Float64Array, k: number, out: Int32Array): Int32Array {
  const { n, d, x } = ds;
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
