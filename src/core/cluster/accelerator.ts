import type { Dataset } from './dataset';
import { buildKdTree, type KdTree } from './kdTree';

/**
 * How a restart's Lloyd loop (and seeding) is computed. Every kind gives the same result — same
 * seeds, centres, labels and iterations as 'plain' — only the speed differs:
 * - 'plain': brute force, O(n k d) per pass; best for small data.
 * - 'tree': kd-tree filtering (Kanungo et al. 2002) and tree-pruned k-means++; best at low d.
 * - 'bounds': Hamerly (2010) bounds; best when d is too high for boxes to prune.
 */
export type Accelerator =
  { readonly kind: 'plain' } | { readonly kind: 'bounds' } | { readonly kind: 'tree'; readonly tree: KdTree };

export const PLAIN: Accelerator = { kind: 'plain' };

/** Below this many rows the plain loops are already fast. */
export const ACCELERATE_MIN_ROWS = 2000;
/** Up to this many features a kd-tree prunes well; above it bounds do better. */
export const TREE_MAX_DIMS = 4;

/**
 * Picks the accelerator for a dataset (building the kd-tree if that is the pick), or the forced
 * kind. Build once per dataset and reuse it for every (k, restart).
 */
export function chooseAccelerator(ds: Dataset, force?: Accelerator['kind']): Accelerator {
  const kind = force ?? (ds.n < ACCELERATE_MIN_ROWS ? 'plain' : ds.d <= TREE_MAX_DIMS ? 'tree' : 'bounds');
  if (kind === 'tree' && ds.n > 0) return { kind, tree: buildKdTree(ds) };
  return kind === 'bounds' ? { kind } : PLAIN;
}
