import { moreRestarts, type SearchSettings } from '../cluster/restartSearch';
import type { RestartResult } from '../cluster/results';
import type { RestartTask } from './prepareAnalysis';

/** What a sweep's restart search needs to know: k = 1..kMax, each searched by restartSearch's rule. */
export interface SearchPlan extends SearchSettings {
  readonly kMax: number;
}

/**
 * The tasks of one round of k: restarts from..from+count-1, in tasks of up to `perTask` restarts
 * (run in lockstep by one worker). Every round's tasks are made here.
 */
export function roundTasks(k: number, from: number, count: number, perTask = 1): RestartTask[] {
  const tasks: RestartTask[] = [];
  for (let restart = from; restart < from + count; restart += perTask) {
    const size = Math.min(perTask, from + count - restart);
    tasks.push(size === 1 ? { k, restart } : { k, restart, count: size });
  }
  return tasks;
}

/** The restarts a task stands for. */
const restartsOf = (task: RestartTask): number[] =>
  Array.from({ length: task.count ?? 1 }, (_, i) => task.restart + i);

/**
 * The bookkeeping of a sweep's restarts, shared by the worker pool and the one-thread reference:
 * it hands out every k's first round, and when the last result of a k's round comes in, asks
 * moreRestarts whether that k needs another. Results may arrive in any order and from any worker;
 * a decision is only taken on a complete round, so the restarts run (and the answer) never depend
 * on arrival order or pool size.
 */
export interface RestartSchedule {
  /** The first round of every k (restarts 0..nInit-1), largest k first. */
  readonly firstTasks: readonly RestartTask[];
  /** Adds a finished restart; returns its k's next round when this result completed one (else none). */
  record(result: RestartResult): RestartTask[];
  /** Restarts handed out so far: the progress total, which grows while rounds are added. */
  readonly planned: number;
  /** Restarts recorded so far. */
  readonly finished: number;
  /** True when every k's search has ended. */
  readonly done: boolean;
  /** Every recorded result, in arrival order. */
  readonly results: readonly RestartResult[];
}

export function createRestartSchedule(plan: SearchPlan, perTask = 1): RestartSchedule {
  const byK = new Map<number, { results: RestartResult[]; given: Set<number>; pending: number }>();
  const firstTasks: RestartTask[] = [];
  for (let k = plan.kMax; k >= 1; k--) {
    const first = roundTasks(k, 0, plan.nInit, perTask);
    byK.set(k, { results: [], given: new Set(first.flatMap(restartsOf)), pending: plan.nInit });
    firstTasks.push(...first);
  }
  const results: RestartResult[] = [];
  let planned = plan.nInit * byK.size;
  let open = byK.size;

  return {
    firstTasks,
    record(result) {
      const state = byK.get(result.k);
      if (state === undefined || !state.given.delete(result.restart))
        throw new RangeError(
          `Restart ${result.restart} of k = ${result.k} was not asked for (or came twice).`,
        );
      state.results.push(result);
      results.push(result);
      state.pending--;
      if (state.pending > 0) return [];
      const more = moreRestarts(plan, result.k, state.results);
      if (more === 0) {
        open--;
        return [];
      }
      const next = roundTasks(result.k, state.results.length, more, perTask);
      for (const restart of next.flatMap(restartsOf)) state.given.add(restart);
      state.pending = more;
      planned += more;
      return next;
    },
    get planned() {
      return planned;
    },
    get finished() {
      return results.length;
    },
    get done() {
      return open === 0;
    },
    results,
  };
}
