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
/** Up to this many features a kd-tree prunes well; above it bounds do better. */
export const TREE_MAX_DIMS = 4;

export interface AcceleratorOptions {
  /** Use this kind whatever the data's shape (tests and benchmarks). */
  readonly force?: Accelerator['kind'];
  /** The compiled kmeans.wasm, when the platform could load it; bounds then run in WebAssembly. */
  readonly wasm?: WebAssembly.Module | null;
}

/**
 * Picks the accelerator for a dataset (building the kd-tree or the WebAssembly instance if that is
 * the pick). Build once per dataset and reuse it for every (k, restart).
 */
export function chooseAccelerator(ds: Dataset, options: AcceleratorOptions = {}): Accelerator {
  const kind =
    options.force ?? (ds.n < ACCELERATE_MIN_ROWS ? 'plain' : ds.d <= TREE_MAX_DIMS ? 'tree' : 'bounds');
  if (kind === 'tree' && ds.n > 0) return { kind, tree: buildKdTree(ds) };
  if (kind === 'bounds') {
    const wasm = options.wasm && ds.n > 0 ? createWasmKernels(options.wasm, ds) : null;
    return { kind, wasm };
  }
  return PLAIN;
}
