import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/cluster/random';
import { refineRestart } from '../../../src/core/cluster/refineRestart';
import { kmeansRestart, pickBest } from '../../../src/core/cluster/restart';
import type { RestartResult } from '../../../src/core/cluster/results';
import { prepareAnalysis, type RestartTask } from '../../../src/core/dataset/prepareAnalysis';
import {
  createRestartSchedule,
  isRefineTask,
  roundTasks,
  type SearchTask,
} from '../../../src/core/dataset/restartSchedule';
import { blobs } from '../cluster/helpers';

/** Overlapping blobs: many local optima, so the thorough search adds rounds. */
const rows = blobs(11, 6, 40, 2, 30, 40);
const columns = [0, 1].map((j) => Float64Array.from(rows, (r) => r[j] as number));

function prepared(matchSklearn: boolean) {
  return prepareAnalysis({ columns, missing: 'drop', kMax: 8, nInit: 10, seed: 5, matchSklearn });
}

/** Restart results by k and restart: each depends only on those, so scrambled runs share them. */
const computed = new Map<string, RestartResult>();
function restartOf(p: ReturnType<typeof prepared>, task: RestartTask): RestartResult {
  const key = `${task.k}:${task.restart}`;
  let result = computed.get(key);
  if (result === undefined) {
    result = kmeansRestart(p.dataset, task.k, task.restart, p.seed, p.settings, p.strategy);
    computed.set(key, result);
  }
  return result;
}

/**
 * Runs a sweep like a pool of `workers` whose tasks finish in an order `rng` picks: each worker
 * holds one task at a time, and any one of the running tasks may finish next.
 */
function runScrambled(matchSklearn: boolean, workers: number, orderSeed: number, perTask = 1) {
  const p = prepared(matchSklearn);
  const schedule = createRestartSchedule(p.search, perTask);
  const rng = createRandom(orderSeed);
  const queue: SearchTask[] = [...schedule.firstTasks];
  const running: SearchTask[] = [];
  const totals: number[] = [];
  while (queue.length > 0 || running.length > 0) {
    while (running.length < workers && queue.length > 0) running.push(queue.shift() as SearchTask);
    const [task] = running.splice(rng.nextBelow(running.length), 1) as [SearchTask];
    if (isRefineTask(task)) schedule.recordRefined(refineRestart(p.strategy, task.refine, p.settings));
    else
      for (let r = task.restart; r < task.restart + (task.count ?? 1); r++)
        queue.push(...schedule.record(restartOf(p, { k: task.k, restart: r })));
    totals.push(schedule.planned);
  }
  expect(schedule.done).toBe(true);
  return { schedule, totals };
}

const asSet = (results: readonly RestartResult[]): string[] =>
  results.map((r) => `${r.k}:${r.restart}:${r.inertia}`).sort();

describe('createRestartSchedule', () => {
  it('in tasks of several restarts (lockstep): the same restarts as one restart a task', () => {
    const one = runScrambled(false, 2, 3).schedule;
    const five = runScrambled(false, 2, 3, 5).schedule;
    expect(five.firstTasks[0]).toEqual({ k: 8, restart: 0, count: 5 });
    expect(asSet(five.results)).toEqual(asSet(one.results));
    expect(five.planned).toBe(one.planned);
  });

  it('matching scikit-learn: exactly restarts 0..nInit-1 of every k, largest k first', () => {
    const { schedule, totals } = runScrambled(true, 3, 1);
    expect(schedule.firstTasks.slice(0, 2)).toEqual([
      { k: 8, restart: 0 },
      { k: 8, restart: 1 },
    ]);
    expect(schedule.results).toHaveLength(80);
    expect(new Set(totals)).toEqual(new Set([80]));
  });

  it('thorough: adds rounds for some k, and the total only grows', () => {
    const { schedule, totals } = runScrambled(false, 2, 1);
    expect(schedule.results.length).toBeGreaterThan(80);
    expect(totals.every((t, i) => i === 0 || t >= (totals[i - 1] as number))).toBe(true);
    expect(totals.at(-1)).toBe(schedule.results.length + schedule.refined.length);
  });

  it('thorough: refines the best restart of every k > 1 once its search has ended, never before', () => {
    const { schedule } = runScrambled(false, 3, 2);
    expect(schedule.refined.map((r) => r.k).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const refined of schedule.refined) {
      const best = pickBest(schedule.results.filter((r) => r.k === refined.k));
      expect(refined.restart).toBe(best.restart);
      expect(refined.inertia).toBeLessThanOrEqual(best.inertia);
    }
    expect(runScrambled(true, 3, 2).schedule.refined).toEqual([]);
  });

  it('does not refine where the plan says not to (an analysis saved before refinement)', () => {
    const p = prepareAnalysis({ columns, missing: 'drop', kMax: 8, nInit: 10, seed: 5, refine: false });
    expect(p.search).toMatchObject({ thorough: true, refine: false });
    const schedule = createRestartSchedule(p.search);
    const queue: SearchTask[] = [...schedule.firstTasks];
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      expect(isRefineTask(task)).toBe(false);
      if (!isRefineTask(task)) queue.push(...schedule.record(restartOf(p, task)));
    }
    expect(schedule.done).toBe(true);
  });

  it('refuses a refinement it did not ask for, and is not done until each asked for is in', () => {
    const p = prepared(false);
    const schedule = createRestartSchedule({ ...p.search, kMax: 2 });
    let refine: SearchTask[] = [];
    for (let restart = 0; restart < 10; restart++) refine = schedule.record(restartOf(p, { k: 1, restart }));
    expect(refine).toEqual([]); // k = 1 has one partition: nothing to refine
    const queue: SearchTask[] = roundTasks(2, 0, 10);
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      if (isRefineTask(task)) refine.push(task);
      else queue.push(...schedule.record(restartOf(p, task)));
    }
    const [task] = refine;
    if (task === undefined || !isRefineTask(task)) throw new Error('k = 2 was not refined');
    expect(schedule.done).toBe(false);
    expect(() => schedule.recordRefined({ ...task.refine, restart: task.refine.restart + 1 })).toThrow(
      /not asked for/,
    );
    schedule.recordRefined(refineRestart(p.strategy, task.refine, p.settings));
    expect(schedule.done).toBe(true);
    expect(() => schedule.recordRefined(task.refine)).toThrow(/came twice/);
  });

  it('runs the same restarts whatever the pool size and the order results arrive in', () => {
    const reference = asSet(runScrambled(false, 1, 0).schedule.results);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.nat(1 << 30), (workers, orderSeed) => {
        expect(asSet(runScrambled(false, workers, orderSeed).schedule.results)).toEqual(reference);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses a result it did not ask for, or one it already has', () => {
    const p = prepared(true);
    const schedule = createRestartSchedule(p.search);
    const run = (k: number, restart: number) =>
      kmeansRestart(p.dataset, k, restart, p.seed, p.settings, p.strategy);
    expect(() => schedule.record(run(3, 10))).toThrow(/not asked for/);
    expect(() => schedule.record(run(9, 0))).toThrow(/not asked for/);
    schedule.record(run(3, 0));
    expect(() => schedule.record(run(3, 0))).toThrow(/came twice/);
  });

  it('makes a round as consecutive restarts of one k', () => {
    expect(roundTasks(4, 20, 3)).toEqual([
      { k: 4, restart: 20 },
      { k: 4, restart: 21 },
      { k: 4, restart: 22 },
    ]);
    expect(roundTasks(4, 20, 12, 5)).toEqual([
      { k: 4, restart: 20, count: 5 },
      { k: 4, restart: 25, count: 5 },
      { k: 4, restart: 30, count: 2 },
    ]);
  });
});
