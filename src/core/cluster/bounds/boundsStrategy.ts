import type { Dataset } from '../dataset';
import { kmeansPlusPlus } from '../lloyd/kmeansPlusPlus';
import { labelNearest } from '../lloyd/labelNearest';
import type { RestartSettings } from '../options';
import type { Strategy } from '../strategy';
import { jsBounds } from './boundsEngine';
import { hamerlyLloyd, hamerlyLloydMany } from './hamerlyLloyd';
import type { WasmKernels } from './wasm/wasmKernels';

/**
 * Hamerly's (2010) bounds for Lloyd: a point is looked at only when its bounds overlap, which pays
 * when d is too high for kd-tree boxes to prune. With `wasm` (createWasmKernels on the same
 * dataset) the passes, the k-means++ potentials and the final labels run in WebAssembly SIMD,
 * several times faster; without, the passes run in JavaScript and seeds and labels are plain.
 */
export function boundsStrategy(ds: Dataset, wasm: WasmKernels | null): Strategy {
  return {
    kind: 'bounds',
    wasm: wasm !== null,
    seed: (k, rng) => kmeansPlusPlus(ds, k, rng, wasm?.seeding),
    iterate: (centers, k, { maxIter, tolAbs }) =>
      hamerlyLloyd(ds, centers, k, maxIter, tolAbs, wasm?.bounds ?? jsBounds(ds)),
    // In WebAssembly, restarts run in lockstep: one read of the points per pass serves them all.
    ...(wasm !== null && {
      iterateMany: (centers: readonly Float64Array[], k: number, { maxIter, tolAbs }: RestartSettings) =>
        hamerlyLloydMany(ds, centers, k, maxIter, tolAbs, wasm.bounds),
    }),
    label: (centers, k, out) =>
      wasm === null ? labelNearest(ds, centers, k, out) : fullPass(wasm, centers, k, out),
  };
}

/**
 * The labels of one full pass of the WebAssembly bounds engine, which scans with the plain
 * arithmetic and tie rule (36 ms against the plain loop's 225 ms at 10^6 x 6, k = 10).
 */
function fullPass(wasm: WasmKernels, centers: Float64Array, k: number, out: Int32Array): Int32Array {
  const engine = wasm.bounds;
  const state = engine.start(k);
  engine.pass(state, centers, k, true);
  out.set(state.labels);
  return out;
}
