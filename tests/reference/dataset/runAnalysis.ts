import { kmeansRestart } from '../../../src/core/cluster/restart';
import type { RestartResult } from '../../../src/core/cluster/results';
import { assembleAnalysis, type AnalysisResult } from '../../../src/core/dataset/assembleAnalysis';
import {
  prepareAnalysis,
  restartTasks,
  type AnalysisParams,
} from '../../../src/core/dataset/prepareAnalysis';

/**
 * The whole analysis for one choice of columns on one thread: missing-value handling, StandardScaler,
 * the elbow sweep for k = 1..kMax (kMax capped at the number of clustered rows), the suggested k, and
 * every k's labels spread back over the table's rows with centroids in original units.
 * `onProgress(done, total)` is called after each finished (k, restart). A worker pool runs the same
 * three steps split up (prepare in every worker, restarts anywhere, assemble once) and gets the same result.
 */
export function runAnalysis(
  params: AnalysisParams,
  onProgress?: (done: number, total: number) => void,
): AnalysisResult {
  const prepared = prepareAnalysis(params);
  const tasks = restartTasks(prepared);
  const restarts: RestartResult[] = tasks.map((task, i) => {
    const result = kmeansRestart(
      prepared.dataset,
      task.k,
      task.restart,
      prepared.seed,
      prepared.settings,
      prepared.strategy,
    );
    onProgress?.(i + 1, tasks.length);
    return result;
  });
  return assembleAnalysis(prepared, restarts);
}
