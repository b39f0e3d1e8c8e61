/**
 * Worker side of the parallel bench sweep: receives the dataset and its accelerator once (shared
 * memory, prepared by the pool), then runs whatever (k, restart) or finalize tasks it is sent.
 * Results depend only on the task, never on which worker ran it.
 */
import { parentPort } from 'node:worker_threads';
import type { Accelerator } from '../../../src/core/cluster/accelerator';
import type { Dataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import { kmeansRestart, type RestartResult, type RestartSettings } from '../../../src/core/cluster/restart';

export type WorkerRequest =
  | { readonly type: 'prepare'; readonly ds: Dataset; readonly accelerator: Accelerator }
  | {
      readonly type: 'task';
      readonly k: number;
      readonly restart: number;
      readonly seed: number;
      readonly settings: RestartSettings;
    }
  | { readonly type: 'finalize'; readonly best: RestartResult; readonly maxIter: number };

let state: { ds: Dataset; accelerator: Accelerator } | null = null;

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'prepare') {
    state = { ds: msg.ds, accelerator: msg.accelerator };
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
