import { Worker } from 'node:worker_threads';
import { strategyKind } from '../../../src/core/cluster/chooseStrategy';
import { prepareDataset, type Dataset } from '../../../src/core/cluster/dataset';
import { buildKdTree, type KdTree } from '../../../src/core/cluster/kdtree/kdTree';
import { resolveKMeansOptions, restartSettings } from '../../../src/core/cluster/options';
import { pointsFromColumns } from '../../../src/core/cluster/points';
import { pickBest } from '../../../src/core/cluster/restart';
import type { KMeansResult, RestartResult } from '../../../src/core/cluster/results';
import type { WorkerRequest } from './sweepWorker';

type Reply =
  { type: 'ready' } | { type: 'results'; results: RestartResult[] } | { type: 'final'; result: KMeansResult };

/** A pool of worker threads running the (k, restart) tasks of an elbow sweep. */
export class SweepPool {
  private readonly workers: Worker[];

  /** `wasm`: run bounds in WebAssembly, as the app does, rather than in JavaScript. */
  constructor(
    size: number,
    private readonly wasm: boolean,
  ) {
    this.workers = Array.from(
      { length: size },
      () => new Worker(new URL('./sweepWorker.mjs', import.meta.url)),
    );
  }

  /**
   * elbowSweep(points of `columns`, { kMax, nInit, seed }) spread over the pool, in tasks of up to
   * `lockstep` restarts of one k that a worker runs together (kmeansRestarts): the dataset and
   * its kd-tree (where the tree strategy is picked) are prepared once, here, in SharedArrayBuffers that every worker reads
   * without a copy; tasks go to whichever worker is free (largest k first), the best restart per k
   * is picked here and finalized by a worker. Same results as the one-thread sweep, whatever the
   * pool size, task size or timing, because each restart's result depends only on (k, restart).
   */
  async sweep(
    columns: Float64Array[],
    kMax: number,
    nInit: number,
    seed: number,
    lockstep = 1,
  ): Promise<KMeansResult[]> {
    const n = columns[0]?.length ?? 0;
    const ds = shareArrays(prepareDataset(pointsFromColumns(columns)));
    // The kind the app would pick. A strategy's functions cannot be posted, so workers build their
    // own from the kind and the shared tree (and their own WebAssembly instance).
    const kind = strategyKind(ds, this.wasm);
    const tree = kind === 'tree' && ds.n > 0 ? shareArrays(buildKdTree(ds)) : null;
    const options = resolveKMeansOptions({ k: 1, nInit, seed });
    const settings = restartSettings(ds, options);
    const queue: WorkerRequest[] = [];
    for (let k = Math.min(kMax, n); k >= 1; k--) {
      for (let r = 0; r < nInit; r += lockstep) {
        queue.push({ type: 'task', k, restart: r, count: Math.min(lockstep, nInit - r), seed, settings });
      }
    }
    const byK = new Map<number, RestartResult[]>();
    const finals = new Map<number, KMeansResult>();
    const kCount = Math.min(kMax, n);
    await new Promise<void>((resolve, reject) => {
      let busy = 0;
      const feed = (worker: Worker): void => {
        const next = queue.shift();
        if (next === undefined) {
          if (busy === 0 && finals.size === kCount) resolve();
          return;
        }
        busy++;
        worker.postMessage(next);
      };
      for (const worker of this.workers) {
        const onMessage = (reply: Reply): void => {
          if (reply.type === 'results') {
            busy--;
            const k = reply.results[0]?.k ?? 0;
            const list = byK.get(k) ?? [];
            list.push(...reply.results);
            byK.set(k, list);
            if (list.length === nInit)
              queue.unshift({ type: 'finalize', best: pickBest(list), maxIter: options.maxIter });
          } else if (reply.type === 'final') {
            busy--;
            finals.set(reply.result.k, reply.result);
          }
          feed(worker);
          if (busy === 0 && queue.length === 0 && finals.size === kCount) {
            this.workers.forEach((w) => w.off('message', handlers.get(w) as (r: Reply) => void));
            resolve();
          }
        };
        handlers.set(worker, onMessage);
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({ type: 'prepare', ds, kind, tree, wasm: this.wasm } satisfies WorkerRequest);
      }
    });
    return [...finals.keys()].sort((a, b) => a - b).map((k) => finals.get(k) as KMeansResult);
  }

  /** Loads and compiles the core in every worker (a tiny sweep), so timings exclude start-up. */
  async warmUp(): Promise<void> {
    const column = Float64Array.from({ length: 3000 }, (_, i) => (i * 7919) % 1000);
    await this.sweep([column, column.map((v) => (v * 31) % 97)], 3, 2, 1);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

const handlers = new Map<Worker, (reply: Reply) => void>();

/**
 * A copy of `value` whose typed arrays (own properties, one level deep: Dataset, KdTree) live in
 * SharedArrayBuffers, so posting it to a worker shares the memory instead of cloning it.
 */
function shareArrays<T extends Dataset | KdTree>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v instanceof Float64Array || v instanceof Int32Array) {
      const buffer = new SharedArrayBuffer(v.byteLength);
      const shared = v instanceof Float64Array ? new Float64Array(buffer) : new Int32Array(buffer);
      shared.set(v);
      out[key] = shared;
    } else out[key] = v;
  }
  return out as T;
}
