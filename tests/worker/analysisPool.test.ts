import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../reference/dataset/runAnalysis';
import { createAnalysisService, defaultPoolSize } from '../../src/worker/analysisClient';
import { createAnalysisHandler } from '../../src/worker/analysisHandler';
import type { AnalysisReply, AnalysisRequest } from '../../src/worker/protocol';
import { InProcessWorker } from './inProcessWorker';
import { createRandom } from '../../src/core/cluster/random';
import { kmeansWasm } from '../core/cluster/bounds/wasm/loadKernels';

type AnalysisWorker = InProcessWorker<AnalysisRequest, AnalysisReply>;

/** The real analysis handler behind a Worker stand-in (with kmeans.wasm when given, as in the browser). */
function analysisWorker(wasm: WebAssembly.Module | null = null): AnalysisWorker {
  return new InProcessWorker<AnalysisRequest, AnalysisReply>((reply) => {
    const handle = createAnalysisHandler(wasm);
    return (request) => reply(handle(request).reply);
  });
}

const rows = readFileSync('public/Mall_Customers.csv', 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(','));
const params = {
  columns: [Float64Array.from(rows, (r) => Number(r[3])), Float64Array.from(rows, (r) => Number(r[4]))],
  missing: 'drop' as const,
  kMax: 10,
  nInit: 10,
  seed: 42,
};

/** A pool of `size` in-process workers, and the workers it spawned. */
function inProcessPool(size: number) {
  const workers: AnalysisWorker[] = [];
  const pool = createAnalysisService(() => {
    const worker = analysisWorker();
    workers.push(worker);
    return worker.asWorker();
  }, size);
  return { pool, workers };
}

describe('the analysis worker pool', () => {
  it('matching scikit-learn: exactly the single-thread result and 100 runs, whatever the pool size', async () => {
    const exact = { ...params, matchSklearn: true };
    const single = runAnalysis(exact);
    for (const size of [1, 2, 3]) {
      const { pool, workers } = inProcessPool(size);
      const progress: number[] = [];
      const result = await pool.analyze(exact, (done, total) => {
        expect(total).toBe(100);
        progress.push(done);
      });
      expect(workers).toHaveLength(size);
      expect(progress).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(result.byK.map((r) => r.inertia)).toEqual(single.byK.map((r) => r.inertia));
      result.byK.forEach((r, i) =>
        expect(Array.from(r.rowLabels)).toEqual(Array.from(single.byK[i]!.rowLabels)),
      );
      expect(result.suggestion).toEqual(single.suggestion);
    }
  });

  it('thorough: the same restarts, labels and counts as one thread whatever the pool size', async () => {
    // k up to 7: rounds are added at k = 2, 4, 6 and 7 without the long searches of k = 8..10.
    const thorough = { ...params, kMax: 7 };
    const single = runAnalysis(thorough);
    // Every restart, then a refinement of the best of each k > 1 (see refineRestart).
    const runs = single.byK.reduce((sum, r) => sum + r.restarts, 0) + 6;
    expect(runs).toBeGreaterThan(100);
    for (const size of [1, 3]) {
      const { pool } = inProcessPool(size);
      const progress: [number, number][] = [];
      const result = await pool.analyze(thorough, (done, total) => progress.push([done, total]));
      expect(progress.map(([done]) => done)).toEqual(Array.from({ length: runs }, (_, i) => i + 1));
      // The total grows as rounds are added, starts at the first rounds and ends at the runs made.
      expect(progress[0]?.[1]).toBe(70);
      expect(progress.every(([, total], i) => i === 0 || total >= progress[i - 1]![1])).toBe(true);
      expect(progress.at(-1)).toEqual([runs, runs]);
      expect(result.byK.map((r) => [r.inertia, r.restarts, r.bestFoundBy, r.refined])).toEqual(
        single.byK.map((r) => [r.inertia, r.restarts, r.bestFoundBy, r.refined]),
      );
      result.byK.forEach((r, i) =>
        expect(Array.from(r.rowLabels)).toEqual(Array.from(single.byK[i]!.rowLabels)),
      );
    }
  });

  it('runs several restarts per task in lockstep with kmeans.wasm, with the single-thread result', async () => {
    // 6 features and 3000 rows: the WebAssembly bounds strategy, whose tasks carry 5 restarts each.
    const rng = createRandom(4);
    const columns = Array.from({ length: 6 }, (_, j) =>
      Float64Array.from({ length: 3000 }, (_, i) => ((i * (j + 2)) % 5) * 3 + rng.nextFloat() * 4),
    );
    const wide = { ...params, columns, kMax: 4 };
    const single = runAnalysis(wide);
    const pool = createAnalysisService(() => analysisWorker(kmeansWasm).asWorker(), 2);
    const progress: [number, number][] = [];
    const result = await pool.analyze(wide, (done, total) => progress.push([done, total]));
    expect(progress).toHaveLength(8 + 3); // 8 tasks of restarts, then k = 2..4 refined
    expect(progress.at(-1)).toEqual([43, 43]);
    expect(result.byK.map((r) => [r.inertia, r.iterations])).toEqual(
      single.byK.map((r) => [r.inertia, r.iterations]),
    );
    result.byK.forEach((r, i) =>
      expect(Array.from(r.rowLabels)).toEqual(Array.from(single.byK[i]!.rowLabels)),
    );
  });

  it('reports a problem with the data as a failure a person can read', async () => {
    const pool = createAnalysisService(() => analysisWorker().asWorker(), 2);
    const one = { ...params, columns: [Float64Array.from([1]), Float64Array.from([2])] };
    await expect(pool.analyze(one)).rejects.toMatchObject({ code: 'too-few-rows' });
  });

  it('cancel stops every worker of the pool', async () => {
    const workers: AnalysisWorker[] = [];
    const pool = createAnalysisService(() => {
      const worker = analysisWorker();
      workers.push(worker);
      return worker.asWorker();
    }, 2);
    const running = pool.analyze(params);
    pool.cancel();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(workers.slice(0, 2).every((w) => w.terminated)).toBe(true);
  });

  it('sizes the pool from the cores, between 1 and 4', () => {
    expect(defaultPoolSize(undefined)).toBe(2);
    expect(defaultPoolSize(1)).toBe(1);
    expect(defaultPoolSize(16)).toBe(4);
  });
});
