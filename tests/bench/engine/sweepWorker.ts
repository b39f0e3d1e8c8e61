/**
 * Worker side of the parallel bench sweep: receives the dataset, the strategy kind and its kd-tree once (shared
 * memory, prepared by the pool), then runs whatever (k, restarts) or finalize tasks it is sent.
 * Results depend only on the task, never on which worker ran it.
 */
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { KMEANS_WASM_URL } from '../../../src/core/cluster/bounds/wasm/wasmKernels';
import { chooseStrategy } from '../../../src/core/cluster/chooseStrategy';
import type { Dataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import type { KdTree } from '../../../src/core/cluster/kdtree/kdTree';
import { treeStrategy } from '../../../src/core/cluster/kdtree/treeStrategy';
import type { RestartSettings } from '../../../src/core/cluster/options';
import { kmeansRestarts } from '../../../src/core/cluster/restart';
import type { RestartResult } from '../../../src/core/cluster/results';
import type { Strategy, StrategyKind } from '../../../src/core/cluster/strategy';

export type WorkerRequest =
  | {
      readonly type: 'prepare';
      readonly ds: Dataset;
      readonly kind: StrategyKind;
      /** The shared kd-tree when kind is 'tree', else null. */
      readonly tree: KdTree | null;
      /** Run bounds in WebAssembly (the instance cannot be posted: each worker makes its own). */
      readonly wasm: boolean;
    }
  | {
      readonly type: 'task';
      readonly k: number;
      /** Restarts restart .. restart + count - 1, run together (kmeansRestarts). */
      readonly restart: number;
      readonly count: number;
      readonly seed: number;
      readonly settings: RestartSettings;
    }
  | { readonly type: 'finalize'; readonly best: RestartResult; readonly maxIter: number };

let state: { ds: Dataset; strategy: Strategy } | null = null;
let wasmModule: WebAssembly.Module | null = null;
const compileKernels = (): WebAssembly.Module => new WebAssembly.Module(readFileSync(KMEANS_WASM_URL));

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'prepare') {
    const strategy =
      msg.tree !== null
        ? treeStrategy(msg.ds, msg.tree)
        : chooseStrategy(msg.ds, {
            force: msg.kind,
            wasm: msg.wasm && msg.kind === 'bounds' ? (wasmModule ??= compileKernels()) : null,
          });
    state = { ds: msg.ds, strategy };
    parentPort?.postMessage({ type: 'ready' });
    return;
  }
  if (state === null) throw new Error('A task arrived before the dataset.');
  if (msg.type === 'task') {
    const restarts = Array.from({ length: msg.count }, (_, r) => msg.restart + r);
    const results = kmeansRestarts(state.ds, msg.k, restarts, msg.seed, msg.settings, state.strategy);
    parentPort?.postMessage({ type: 'results', results });
  } else {
    const result = finalizeKMeans(state.ds, msg.best, msg.maxIter, state.strategy);
    parentPort?.postMessage({ type: 'final', result }, [result.labels.buffer as ArrayBuffer]);
  }
});
