/**
 * Worker side of the parallel bench sweep: receives the dataset and its accelerator once (shared
 * memory, prepared by the pool), then runs whatever (k, restart) or finalize tasks it is sent.
 * Results depend only on the task, never on which worker ran it.
 */
import { parentPort } from 'node:worker_threads';
import { chooseAccelerator, type Accelerator } from '../../../src/core/cluster/accelerator';
import type { Dataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import { kmeansRestart, type RestartResult, type RestartSettings } from '../../../src/core/cluster/restart';
import { readFileSync } from 'node:fs';
import { KMEANS_WASM_URL } from '../../../src/core/cluster/wasm/wasmKernels';

export type WorkerRequest =
  | {
      readonly type: 'prepare';
      readonly ds: Dataset;
      readonly accelerator: Accelerator;
      /** Run bounds in WebAssembly (the instance cannot be posted: each worker makes its own). */
      readonly wasm: boolean;
    }
  | {
      readonly type: 'task';
      readonly k: number;
      readonly restart: number;
      readonly seed: number;
      readonly settings: RestartSettings;
    }
  | { readonly type: 'finalize'; readonly best: RestartResult; readonly maxIter: number };

let state: { ds: Dataset; accelerator: Accelerator } | null = null;
let wasmModule: WebAssembly.Module | null = null;
const compileKernels = (): WebAssembly.Module => new WebAssembly.Module(readFileSync(KMEANS_WASM_URL));

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'prepare') {
    const accelerator =
      msg.wasm && msg.accelerator.kind === 'bounds'
        ? chooseAccelerator(msg.ds, { force: 'bounds', wasm: (wasmModule ??= compileKernels()) })
        : msg.accelerator;
    state = { ds: msg.ds, accelerator };
    parentPort?.postMessage({ type: 'ready' });
    return;
  }
  if (state === null) throw new Error('A task arrived before the dataset.');
  if (msg.type === 'task') {
    const result = kmeansRestart(state.ds, msg.k, msg.restart, msg.seed, msg.settings, state.accelerator);
    parentPort?.postMessage({ type: 'result', result });
  } else {
    const result = finalizeKMeans(state.ds, msg.best, msg.maxIter, state.accelerator);
    parentPort?.postMessage({ type: 'final', result }, [result.labels.buffer as ArrayBuffer]);
  }
});
