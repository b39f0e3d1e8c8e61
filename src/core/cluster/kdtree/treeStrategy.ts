import type { Dataset } from '../dataset';
import type { Strategy } from '../strategy';
import { filterLloyd } from './filterLloyd';
import type { KdTree } from './kdTree';
import { labelByTree } from './labelByTree';
import { kmeansPlusPlusTree } from './seeding/kmeansPlusPlusTree';

/**
 * kd-tree filtering (Kanungo et al. 2002) for Lloyd and the labels, tree-pruned k-means++ for the
 * seeds: whole boxes of points are settled at once, which pays when d is low enough for boxes to
 * be tight. `tree` is built once per dataset (buildKdTree) and shared by every restart.
 */
export function treeStrategy(ds: Dataset, tree: KdTree): Strategy {
  return {
    kind: 'tree',
    wasm: false,
    seed: (k, rng) => kmeansPlusPlusTree(ds, tree, k, rng),
    iterate: (centers, k, { maxIter, tolAbs }) => filterLloyd(ds, tree, centers, k, maxIter, tolAbs),
    label: (centers, k, out) => labelByTree(ds, tree, centers, k, out),
  };
}
