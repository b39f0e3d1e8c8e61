import { PLAIN, type Accelerator } from './accelerator';
import { filterCandidates, nearestCandidate } from './boxFilter';
import type { Dataset } from './dataset';

/**
 * Nearest-centre label of every row (lowest centre index on ties), written into `out` (length n)
 * in row order. Plain: O(n k d). With a kd-tree: Kanungo-style filtering, so boxes that belong to
 * one centre are labelled without distance computations; same labels, bit for bit, because leaves
 * use the plain arithmetic and pruning keeps every centre that could win or tie. With the
 * WebAssembly kernels: one full pass of their bounds engine, which scans with the plain arithmetic
 * and tie rule (36 ms against the plain loop's 225 ms at 10^6 x 6, k = 10).
 */
export function labelPoints(
  ds: Dataset,
  centers: Float64Array,
  k: number,
  out: Int32Array,
  accelerator: Accelerator = PLAIN,
): Int32Array {
  const { n, d, x } = ds;
  if (accelerator.kind === 'bounds' && accelerator.wasm !== null) {
    const engine = accelerator.wasm.bounds;
    const state = engine.start(k);
    engine.pass(state, centers, k, true);
    out.set(state.labels);
    return out;
  }
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
  const tree = accelerator.tree;
  const { xt, perm, lo, hi, left, right, depth } = tree;
  const candidates = new Int32Array(k * (depth + 2));
  for (let c = 0; c < k; c++) candidates[c] = c;
  const visit = (v: number, base: number, m: number): void => {
    if ((left[v] as number) >= 0 && m > 1) {
      const kept = filterCandidates(tree, d, centers, candidates, base, m, v);
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
      out[perm[p] as number] = nearestCandidate(xt, d, p, centers, candidates, base, m);
    }
  };
  visit(0, 0, k);
  return out;
}
