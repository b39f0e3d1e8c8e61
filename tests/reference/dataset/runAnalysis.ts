import { refineRestart } from '../../../src/core/cluster/refineRestart';
import { kmeansRestart } from '../../../src/core/cluster/restart';
import { assembleAnalysis, type AnalysisResult } from '../../../src/core/dataset/assembleAnalysis';
import { prepareAnalysis, type AnalysisParams } from '../../../src/core/dataset/prepareAnalysis';
import {
  createRestartSchedule,
  isRefineTask,
  type SearchTask,
} from '../../../src/core/dataset/restartSchedule';

/**
 * The whole analysis for one choice of columns on one thread: missing-value handling, StandardScaler,
 * the elbow sweep for k = 1..kMax (kMax capped at the number of clustered rows) with the restart
 * search `params` ask for (refinements included), the suggested k, and every k's labels spread back over the table's rows
 * with centroids in original units. `onProgress(done, total)` is called after each finished
 * (k, restart); total grows as the search adds rounds. A worker pool runs the same three steps
 * split up (prepare in every worker, restarts anywhere, assemble once) and gets the same result.
 */
export function runAnalysis(
  params: AnalysisParams,
  onProgress?: (done: number, total: number) => void,
): AnalysisResult {
  const prepared = prepareAnalysis(params);
  const schedule = createRestartSchedule(prepared.search);
  const queue: SearchTask[] = [...schedule.firstTasks];
  for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
    if (isRefineTask(task)) {
      schedule.recordRefined(refineRestart(prepared.strategy, task.refine, prepared.settings));
      onProgress?.(schedule.finished, schedule.planned);
      continue;
    }
    const result = kmeansRestart(
      prepared.dataset,
      task.k,
      task.restart,
      prepared.seed,
      prepared.settings,
      prepared.strategy,
    );
    queue.push(...schedule.record(result));
    onProgress?.(schedule.finished, schedule.planned);
  }
  return assembleAnalysis(prepared, schedule.results, schedule.refined);
}
