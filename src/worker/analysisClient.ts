import {
  createRestartSchedule,
  isRefineTask,
  type RestartSchedule,
  type SearchTask,
} from '../core/dataset/restartSchedule';
import type { QualityForK, QualityInput } from '../core/profile/qualityByK';
import { createWorkerClient, type WorkerClient } from './client';
import { poolColumns } from './poolColumns';
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

/** Two to four workers: a sweep's hundred-odd restarts split well, and more would only fight for memory. */
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

/** Largest k first (they take longest; the small ones fill the gaps at the end), then by restart. */
const byLongestFirst = (a: SearchTask, b: SearchTask): number =>
  b.k - a.k || (isRefineTask(a) ? -1 : isRefineTask(b) ? 1 : a.restart - b.restart);

/** Runs one task on a worker; returns the tasks the schedule adds once its results are recorded. */
async function runTask(
  worker: Client,
  job: number,
  task: SearchTask,
  schedule: RestartSchedule,
): Promise<SearchTask[]> {
  if (isRefineTask(task)) {
    const reply = await worker.request((id) => ({ id, type: 'refine', job, best: task.refine }));
    schedule.recordRefined(expectReply(reply, 'refined').result);
    return [];
  }
  const reply = await worker.request((id) => ({ id, type: 'restart', job, task }));
  return expectReply(reply, 'restarted').results.flatMap((r) => schedule.record(r));
}

/**
 * Runs a sweep's restarts on the pool: each free worker takes the next task; when a result
 * completes a k's round, the schedule may add that k's next round, or the refinement of its best.
 * Only the results decide how many restarts run, never which worker was quicker.
 */
function runRestarts(
  pool: readonly Client[],
  job: number,
  schedule: RestartSchedule,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const queue: SearchTask[] = [...schedule.firstTasks].sort(byLongestFirst);
  return new Promise((resolve, reject) => {
    const idle = [...pool];
    let running = 0;
    let failed = false;
    const dispatch = (): void => {
      for (let client = idle.shift(); client !== undefined && !failed; client = idle.shift()) {
        const task = queue.shift();
        if (task === undefined) {
          idle.unshift(client);
          break;
        }
        running++;
        const worker = client;
        void runTask(worker, job, task, schedule)
          .then((next) => {
            running--;
            if (next.length > 0) {
              queue.push(...next);
              queue.sort(byLongestFirst);
            }
            onProgress?.(schedule.finished, schedule.planned);
            idle.push(worker);
            dispatch();
          })
          .catch((error: unknown) => {
            failed = true; // the other workers stop taking tasks
            queue.length = 0;
            reject(error);
          });
      }
      if (!failed && running === 0 && queue.length === 0) resolve();
    };
    dispatch();
  });
}

/**
 * Standardization, elbow sweep and K-Means on a pool of workers. Every worker prepares the same data;
 * (k, restart) tasks go to whichever worker is free, round by round as the restart search asks for
 * them (see restartSchedule); one worker assembles. Each restart's result depends only on its
 * (k, restart, seed), and each round is decided on complete results, so the labels are the same
 * whatever the pool size. cancel() terminates the whole pool at once.
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
      const shared = poolColumns(params.columns);
      const prepared = await Promise.all(
        pool.map((client, index) => {
          const { columns, transfer } = shared.forWorker(index);
          return client.request(
            (id) => ({ id, type: 'prepare', job, params: { ...params, columns } }),
            transfer,
          );
        }),
      );
      const [reply] = prepared.map((r) => expectReply(r, 'prepared'));
      if (reply === undefined) throw new Error('The analysis pool is empty.');
      const schedule = createRestartSchedule(reply.plan, reply.perTask);
      await runRestarts(pool, job, schedule, onProgress);
      const restarts = [...schedule.results];
      const refined = [...schedule.refined];
      const assembled = await first.request((id) => ({ id, type: 'assemble', job, restarts, refined }));
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
