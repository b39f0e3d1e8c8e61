import { chooseStrategy } from '../cluster/chooseStrategy';
import { prepareDataset, type Dataset } from '../cluster/dataset';
import { resolveKMeansOptions, restartSettings, type RestartSettings } from '../cluster/options';
import { pointsFromColumns } from '../cluster/points';
import type { Strategy } from '../cluster/strategy';
import { standardize, type Standardization } from '../stats/standardize';
import type { SearchPlan } from './restartSchedule';
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
  /**
   * True: exactly nInit restarts per k, scikit-learn's KMeans(n_init=nInit) to the digit. False or
   * absent: the thorough search, which starts with those nInit and adds restarts (see restartSearch).
   */
  readonly matchSklearn?: boolean;
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
  /** How many restarts each k gets (shared by every worker and the one that schedules them). */
  readonly search: SearchPlan;
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
  const kMax = Math.min(params.kMax, clusteredRows);
  return {
    rowCount,
    selection,
    scaled,
    dataset,
    strategy: chooseStrategy(dataset, { wasm }),
    settings: restartSettings(dataset, options),
    maxIter: options.maxIter,
    kMax,
    nInit: options.nInit,
    seed: options.seed,
    search: {
      kMax,
      nInit: options.nInit,
      n: dataset.n,
      d: dataset.d,
      thorough: params.matchSklearn !== true,
    },
  };
}

/** Restarts restart .. restart + count - 1 of k (count: 1 when absent), run together by one worker. */
export interface RestartTask {
  readonly k: number;
  readonly restart: number;
  readonly count?: number;
}

/** Memory the lockstep restarts of one task may take for their own bounds and labels (per worker). */
// 32 MiB: five restarts in lockstep up to ~300,000 rows, one at a million, where four workers' extra
// bounds would otherwise cost more memory than the file (lockstep gains 10-17% there, not worth it).
const LOCKSTEP_BYTES = 32 * 2 ** 20;

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
