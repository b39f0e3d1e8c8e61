import { canRefine } from '../cluster/refineRestart';
import { pickBest } from '../cluster/restart';
import { moreRestarts, type SearchSettings } from '../cluster/restartSearch';
import type { RestartResult } from '../cluster/results';
import type { RestartTask } from './prepareAnalysis';

/** What a sweep's restart search needs to know: k = 1..kMax, each searched by restartSearch's rule. */
export interface SearchPlan extends SearchSettings {
  readonly kMax: number;
  /**
   * True (the thorough search): once a k's restarts are in, its best is carried on to a fixed point
   * (see refineRestart). False in exact mode, and when re-running an analysis saved without it.
   */
  readonly refine: boolean;
}

/** A k's last task in a refining search: its best restart, to carry on to a fixed point. */
export interface RefineTask {
  readonly k: number;
  readonly refine: RestartResult;
}

/** What a worker is asked to run: some restarts of a k, or the refinement of its best. */
export type SearchTask = RestartTask | RefineTask;

export const isRefineTask = (task: SearchTask): task is RefineTask => 'refine' in task;

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
 * moreRestarts whether that k needs another; when none, a refining plan hands out the k's best to
 * refine. Results may arrive in any order and from any worker; a decision is only taken on a
 * complete round, so the restarts run (and the answer) never depend on arrival order or pool size.
 */
export interface RestartSchedule {
  /** The first round of every k (restarts 0..nInit-1), largest k first. */
  readonly firstTasks: readonly RestartTask[];
  /**
   * Adds a finished restart; when it completed a round, returns its k's next round, or the
   * refinement of its best once the search of k has ended (else nothing).
   */
  record(result: RestartResult): SearchTask[];
  /** Adds the outcome of a RefineTask. */
  recordRefined(result: RestartResult): void;
  /** Tasks' restarts and refinements handed out so far: the progress total, which grows with rounds. */
  readonly planned: number;
  /** Restarts and refinements recorded so far. */
  readonly finished: number;
  /** True when every k's search (and refinement) has ended. */
  readonly done: boolean;
  /** Every recorded restart, in arrival order. */
  readonly results: readonly RestartResult[];
  /** Every recorded refinement, in arrival order. */
  readonly refined: readonly RestartResult[];
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
  const refined: RestartResult[] = [];
  /** The best restart of each k whose refinement is out. */
  const refining = new Map<number, RestartResult>();
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
        const best = pickBest(state.results);
        if (plan.refine && canRefine(best)) {
          refining.set(best.k, best);
          planned++;
          return [{ k: best.k, refine: best }];
        }
        open--;
        return [];
      }
      const next = roundTasks(result.k, state.results.length, more, perTask);
      for (const restart of next.flatMap(restartsOf)) state.given.add(restart);
      state.pending = more;
      planned += more;
      return next;
    },
    recordRefined(result) {
      const best = refining.get(result.k);
      if (best === undefined || best.restart !== result.restart)
        throw new RangeError(`A refinement of k = ${result.k} was not asked for (or came twice).`);
      refining.delete(result.k);
      refined.push(result);
      open--;
    },
    get planned() {
      return planned;
    },
    get finished() {
      return results.length + refined.length;
    },
    get done() {
      return open === 0;
    },
    results,
    refined,
  };
}
