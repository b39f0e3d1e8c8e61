import type { Dataset } from '../dataset';
import { filterCandidates, nearestCandidate } from './boxFilter';
import type { KdTree } from './kdTree';

/**
 * labelNearest with Kanungo-style filtering: boxes that belong to one centre are labelled without
 * distance computations. Same labels, bit for bit, because leaves use the plain arithmetic and
 * pruning keeps every centre that could win or tie.
 */
export function labelByTree(
  ds: Dataset,
  tree: KdTree,
  centers: Float64Array,
  k: number,
  out: Int32Array,
): Int32Array {
  const { d } = ds;
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
