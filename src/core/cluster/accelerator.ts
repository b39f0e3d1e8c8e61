import type { Dataset } from './dataset';
import { buildKdTree, type KdTree } from './kdTree';
import { createWasmKernels, type WasmKernels } from './wasm/wasmKernels';

/**
 * How a restart's Lloyd loop (and seeding) is computed. Every kind gives the same result — same
 * seeds, centres, labels and iterations as 'plain' — only the speed differs:
 * - 'plain': brute force, O(n k d) per pass; best for small data.
 * - 'tree': kd-tree filtering (Kanungo et al. 2002) and tree-pruned k-means++; best at low d.
 * - 'bounds': Hamerly (2010) bounds; best when d is too high for boxes to prune. With `wasm`, the
 *   passes and the k-means++ potentials run in WebAssembly SIMD (several times faster).
 */
export type Accelerator =
  | { readonly kind: 'plain' }
  | { readonly kind: 'bounds'; readonly wasm: WasmKernels | null }
  | { readonly kind: 'tree'; readonly tree: KdTree };

export const PLAIN: Accelerator = { kind: 'plain' };

/** Below this many rows the plain loops are already fast. */
export const ACCELERATE_MIN_ROWS = 2000;
/**
 * Up to this many features a kd-tree prunes well; above it bounds do better. The WebAssembly bounds
 * overtake the tree one feature earlier (1e5 mall-like rows, k = 1..10 x 10 restarts, one thread:
 * at 4 features tree 5.4 s, WebAssembly bounds 3.3 s; at 3 features 2.0 s against 2.3 s).
 */
export const TREE_MAX_DIMS = 4;
export const TREE_MAX_DIMS_WITH_WASM = 3;

export interface AcceleratorOptions {
  /** Use this kind whatever the data's shape (tests and benchmarks). */
  readonly force?: Accelerator['kind'];
  /** The compiled kmeans.wasm, when the platform could load it; bounds then run in WebAssembly. */
  readonly wasm?: WebAssembly.Module | null;
}

/** The kind chooseAccelerator picks for a dataset's shape, with or without the WebAssembly kernels. */
export function acceleratorKind(ds: Dataset, wasm: boolean): Accelerator['kind'] {
  if (ds.n < ACCELERATE_MIN_ROWS) return 'plain';
  return ds.d <= (wasm ? TREE_MAX_DIMS_WITH_WASM : TREE_MAX_DIMS) ? 'tree' : 'bounds';
}

/**
 * Picks the accelerator for a dataset (building the kd-tree or the WebAssembly instance if that is
 * the pick). Build once per dataset and reuse it for every (k, restart).
 */
export function chooseAccelerator(ds: Dataset, options: AcceleratorOptions = {}): Accelerator {
  const kind = options.force ?? acceleratorKind(ds, Boolean(options.wasm));
  if (kind === 'tree' && ds.n > 0) return { kind, tree: buildKdTree(ds) };
  if (kind === 'bounds') {
    const wasm = options.wasm && ds.n > 0 ? createWasmKernels(options.wasm, ds) : null;
    return { kind, wasm };
  }
  return PLAIN;
}
