import type { RestartResult } from '../core/cluster/results';
import type { RestartTask } from '../core/dataset/prepareAnalysis';
import type { QualityForK, QualityInput } from '../core/profile/qualityByK';
import { createWorkerClient, type WorkerClient } from './client';
import type { AnalysisParams, AnalysisReply, AnalysisRequest, AnalysisResult } from './protocol';

export interface AnalysisService {
  analyze(
    params: AnalysisParams,
    onProgress?: (done: number, total: number) => void,
  ): Promise<AnalysisResult>;
  /** Silhouette and Calinski–Harabasz per k, computed in a worker of the pool. */
  quality(input: QualityInput): Promise<QualityForK[]>;
  cancel(): void;
}

const spawnAnalysisWorker = (): Worker =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });

/** Two to four workers: the sweep's 100 restarts split well, and more would only fight for memory. */
export function defaultPoolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(4, hardwareConcurrency ?? 2));
}

type Client = WorkerClient<AnalysisRequest, AnalysisReply>;

function expectReply<T extends AnalysisReply['type']>(
  reply: AnalysisReply,
  type: T,
): Extract<AnalysisReply, { type: T }> {
  if (reply.type !== type) throw new Error(`Unexpected reply ${reply.type}, wanted ${type}.`);
  return reply as Extract<AnalysisReply, { type: T }>;
}

/**
 * Standardization, elbow sweep and K-Means on a pool of workers. Every worker prepares the same data;
 * (k, restart) tasks go to whichever worker is free, largest k first so no worker is left with a long
 * tail; one worker assembles. Each restart's result depends only on its (k, restart, seed), so the
 * labels are the same whatever the pool size. cancel() terminates the whole pool at once.
 */
export function createAnalysisService(
  spawn: () => Worker = spawnAnalysisWorker,
  size = defaultPoolSize(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency),
): AnalysisService {
  const pool: Client[] = Array.from({ length: size }, () =>
    createWorkerClient<AnalysisRequest, AnalysisReply>(spawn, { eager: true }),
  );
  let nextJob = 1;

  return {
    async analyze(params, onProgress) {
      const job = nextJob++;
      const [first] = pool;
      if (first === undefined) throw new Error('The analysis pool is empty.');
      const prepared = await Promise.all(
        pool.map((client) => client.request((id) => ({ id, type: 'prepare', job, params }))),
      );
      const tasks = prepared.map((reply) => expectReply(reply, 'prepared').tasks)[0] ?? [];
      // Largest k first: they take longest, and the small ones fill the gaps at the end.
      const queue: RestartTask[] = [...tasks].sort((a, b) => b.k - a.k || a.restart - b.restart);
      const total = tasks.reduce((sum, task) => sum + (task.count ?? 1), 0);
      const restarts: RestartResult[] = [];
      const drain = async (client: Client): Promise<void> => {
        for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
          const current = task;
          const reply = await client.request((id) => ({ id, type: 'restart', job, task: current }));
          restarts.push(...expectReply(reply, 'restarted').results);
          onProgress?.(restarts.length, total);
        }
      };
      try {
        await Promise.all(pool.map(drain));
      } catch (error) {
        queue.length = 0; // the other workers stop taking tasks
        throw error;
      }
      const assembled = await first.request((id) => ({ id, type: 'assemble', job, restarts }));
      return expectReply(assembled, 'assembled').result;
    },
    async quality(input) {
      const [first] = pool;
      if (first === undefined) throw new Error('The analysis pool is empty.');
      const reply = await first.request((id) => ({ id, type: 'quality', input }));
      return expectReply(reply, 'quality').byK;
    },
    cancel() {
      for (const client of pool) client.cancel();
    },
  };
}
