import { boundsStrategy } from './bounds/boundsStrategy';
import { createWasmKernels, type WasmReservation } from './bounds/wasm/wasmKernels';
import type { Dataset } from './dataset';
import { buildKdTree } from './kdtree/kdTree';
import { treeStrategy } from './kdtree/treeStrategy';
import { plainStrategy } from './lloyd/plainStrategy';
import type { Strategy, StrategyKind } from './strategy';

/** Below this many rows the plain loops are already fast. */
export const ACCELERATE_MIN_ROWS = 2000;
/**
 * Up to this many features a kd-tree prunes well; above it bounds do better. The WebAssembly bounds
 * overtake the tree one feature earlier (1e5 mall-like rows, k = 1..10 x 10 restarts, one thread:
 * at 4 features tree 5.4 s, WebAssembly bounds 3.3 s; at 3 features 2.0 s against 2.3 s).
 */
export const TREE_MAX_DIMS = 4;
export const TREE_MAX_DIMS_WITH_WASM = 3;

export interface StrategyOptions {
  /** Use this kind whatever the data's shape (tests and benchmarks). */
  readonly force?: StrategyKind;
  /** The compiled kmeans.wasm, when the platform could load it; bounds then run in WebAssembly. */
  readonly wasm?: WebAssembly.Module | null;
}

/** The kind chooseStrategy picks for a dataset's shape, with or without the WebAssembly kernels. */
export function strategyKind(ds: Dataset, wasm: boolean): StrategyKind {
  if (ds.n < ACCELERATE_MIN_ROWS) return 'plain';
  return ds.d <= (wasm ? TREE_MAX_DIMS_WITH_WASM : TREE_MAX_DIMS) ? 'tree' : 'bounds';
}

/**
 * Picks how a dataset's restarts are computed (building the kd-tree or the WebAssembly instance
 * if that is the pick). Build once per dataset and reuse it for every (k, restart). Every pick
 * gives the same result; only the speed differs.
 */
export function chooseStrategy(ds: Dataset, options: StrategyOptions = {}): Strategy {
  const kind = options.force ?? strategyKind(ds, Boolean(options.wasm));
  if (kind === 'tree' && ds.n > 0) return treeStrategy(ds, buildKdTree(ds));
  if (kind === 'bounds') {
    const wasm = options.wasm && ds.n > 0 ? createWasmKernels(options.wasm, ds) : null;
    return boundsStrategy(ds, wasm);
  }
  return plainStrategy(ds);
}

/**
 * chooseStrategy, and the dataset to run it on. Where the WebAssembly kernels hold their own copy of
 * the points, that copy is the dataset (`reserve` sizes their state up front, see WasmReservation),
 * so the caller can drop `ds.x` and the points are held once: 48 MB less per worker at 10^6 x 6.
 */
export function chooseStrategyHoldingPoints(
  ds: Dataset,
  options: StrategyOptions & { readonly reserve: WasmReservation },
): { strategy: Strategy; dataset: Dataset } {
  const kind = options.force ?? strategyKind(ds, Boolean(options.wasm));
  if (kind !== 'bounds' || !options.wasm || ds.n === 0) {
    return { strategy: chooseStrategy(ds, options), dataset: ds };
  }
  const kernels = createWasmKernels(options.wasm, ds, options.reserve);
  const dataset = kernels.dataset ?? ds;
  return { strategy: boundsStrategy(dataset, kernels), dataset };
}
