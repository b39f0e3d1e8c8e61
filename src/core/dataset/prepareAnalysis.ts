import { chooseStrategy } from '../cluster/chooseStrategy';
import { prepareDataset, type Dataset } from '../cluster/dataset';
import { resolveKMeansOptions, restartSettings, type RestartSettings } from '../cluster/options';
import { pointsFromColumns } from '../cluster/points';
import type { Strategy } from '../cluster/strategy';
import { standardize, type Standardization } from '../stats/standardize';
import { selectRows, type MissingPolicy, type RowSelection } from './selectRows';

export interface AnalysisParams {
  /** Feature columns in original units, one value per table row, NaN where missing. */
  readonly columns: Float64Array[];
  readonly missing: MissingPolicy;
  /** Table rows kept out of clustering whatever their values (summary rows); none when absent. */
  readonly excludedRows?: readonly number[];
  readonly kMax: number;
  readonly nInit: number;
  readonly seed: number;
}

/** A failure a person can act on; `code` lets the UI and tests tell failures apart. */
export class AnalysisError extends Error {
  constructor(
    readonly code: 'too-few-features' | 'too-few-rows',
    message: string,
  ) {
    super(message);
  }
}

/** Everything the (k, restart) runs share, computed once per worker. */
export interface PreparedAnalysis {
  readonly rowCount: number;
  readonly selection: RowSelection;
  readonly scaled: Standardization;
  readonly dataset: Dataset;
  /** How restarts are computed (kd-tree, bounds or plain); never changes the result. */
  readonly strategy: Strategy;
  readonly settings: RestartSettings;
  readonly maxIter: number;
  /** Largest k swept: the requested kMax, capped at the number of clustered rows. */
  readonly kMax: number;
  readonly nInit: number;
  readonly seed: number;
}

/**
 * Missing-value handling, StandardScaler, the prepared (row-major, exact-sum) dataset and its
 * strategy (a kd-tree where it pays; WebAssembly kernels when `wasm`, the compiled kmeans.wasm,
 * is given). Deterministic: every worker of a pool that prepares the same params gets the
 * same dataset, so their restarts combine as if one thread had run them all.
 */
export function prepareAnalysis(
  params: AnalysisParams,
  wasm: WebAssembly.Module | null = null,
): PreparedAnalysis {
  if (params.columns.length < 2) {
    throw new AnalysisError('too-few-features', 'Choose at least two numeric columns to cluster on.');
  }
  const rowCount = params.columns[0]?.length ?? 0;
  const selection = selectRows(params.columns, params.missing, params.excludedRows);
  const clusteredRows = selection.rowOfPoint.length;
  if (clusteredRows < 2) {
    throw new AnalysisError(
      'too-few-rows',
      `Only ${clusteredRows} of ${rowCount} rows have a value in every chosen column; clustering needs at least 2.`,
    );
  }
  const options = resolveKMeansOptions({ k: 1, nInit: params.nInit, seed: params.seed });
  const scaled = standardize(selection.columns);
  const dataset = prepareDataset(pointsFromColumns(scaled.columns));
  return {
    rowCount,
    selection,
    scaled,
    dataset,
    strategy: chooseStrategy(dataset, { wasm }),
    settings: restartSettings(dataset, options),
    maxIter: options.maxIter,
    kMax: Math.min(params.kMax, clusteredRows),
    nInit: options.nInit,
    seed: options.seed,
  };
}

/** Restarts restart .. restart + count - 1 of k (count: 1 when absent), run together by one worker. */
export interface RestartTask {
  readonly k: number;
  readonly restart: number;
  readonly count?: number;
}

/**
 * Every (k, restart) of the sweep, k = 1..kMax, each k's restarts 0..nInit-1, in tasks of up to
 * `perTask` restarts of one k (see restartsPerTask).
 */
export function restartTasks(prepared: Pick<PreparedAnalysis, 'kMax' | 'nInit'>, perTask = 1): RestartTask[] {
  const tasks: RestartTask[] = [];
  for (let k = 1; k <= prepared.kMax; k++) {
    for (let restart = 0; restart < prepared.nInit; restart += perTask) {
      const count = Math.min(perTask, prepared.nInit - restart);
      tasks.push(count === 1 ? { k, restart } : { k, restart, count });
    }
  }
  return tasks;
}

/** Memory the lockstep restarts of one task may take for their own bounds and labels (per worker). */
const LOCKSTEP_BYTES = 128 * 2 ** 20;

/**
 * How many restarts of a k one task should carry: several when the strategy runs restarts in
 * lockstep (one read of the points serving all, see Strategy.iterateMany), half of nInit at most so
 * two workers still share each k, and no more than 20 bytes a point each within LOCKSTEP_BYTES.
 */
export function restartsPerTask(prepared: Pick<PreparedAnalysis, 'strategy' | 'dataset' | 'nInit'>): number {
  if (prepared.strategy.iterateMany === undefined) return 1;
  const byMemory = Math.floor(LOCKSTEP_BYTES / (20 * Math.max(1, prepared.dataset.n)));
  return Math.max(1, Math.min(Math.ceil(prepared.nInit / 2), byMemory));
}
