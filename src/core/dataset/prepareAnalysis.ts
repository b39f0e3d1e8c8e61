import { chooseStrategyHoldingPoints } from '../cluster/chooseStrategy';
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
  /**
   * With the thorough search, whether each k's best restart is carried on to a fixed point (see
   * refineRestart). Default true; false re-runs an analysis saved before the app did that.
   */
  readonly refine?: boolean;
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

/**
 * Everything the (k, restart) runs share, computed once per worker. Only the dataset holds the points:
 * the selected and standardized columns it was made from are dropped (at a million rows and six
 * features each is 48 MB per worker), keeping what assembling the result needs.
 */
export interface PreparedAnalysis {
  readonly rowCount: number;
  /**
   * Which table row each point is (null when every row is clustered: point p is row p), and the
   * rows with a missing feature.
   */
  readonly selection: {
    readonly rowOfPoint: Int32Array | null;
    readonly incompleteRows: RowSelection['incompleteRows'];
  };
  /** The StandardScaler's mean and scale, to give centroids back in original units. */
  readonly scaled: Pick<Standardization, 'mean' | 'scale'>;
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
  const { selection, scaled, dataset: prepared } = standardizedDataset(params);
  const clusteredRows = prepared.n;
  const options = resolveKMeansOptions({ k: 1, nInit: params.nInit, seed: params.seed });
  const kMax = Math.min(params.kMax, clusteredRows);
  // The kernels' copy of the points replaces the prepared one where they keep it.
  const reserve = { restarts: lockstepRestarts(clusteredRows, options.nInit), k: kMax };
  const { strategy, dataset } = chooseStrategyHoldingPoints(prepared, { wasm, reserve });
  return {
    rowCount,
    selection,
    scaled,
    dataset,
    strategy,
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
      refine: params.matchSklearn !== true && params.refine !== false,
    },
  };
}

/**
 * The rows to cluster, standardized and prepared as a dataset. The intermediate columns (complete
 * rows, then z-scores) are garbage once this returns, before the strategy allocates its own copies.
 */
function standardizedDataset(
  params: AnalysisParams,
): Pick<PreparedAnalysis, 'selection' | 'scaled' | 'dataset'> {
  const { columns, rowOfPoint, incompleteRows } = selectRows(
    params.columns,
    params.missing,
    params.excludedRows,
  );
  if (rowOfPoint.length < 2) {
    throw new AnalysisError(
      'too-few-rows',
      `Only ${rowOfPoint.length} of ${params.columns[0]?.length ?? 0} rows have a value in every chosen column; clustering needs at least 2.`,
    );
  }
  const { mean, scale, columns: standardized } = standardize(columns);
  const everyRow = rowOfPoint.length === (params.columns[0]?.length ?? 0); // rows keep their order
  return {
    selection: { rowOfPoint: everyRow ? null : rowOfPoint, incompleteRows },
    scaled: { mean, scale },
    dataset: prepareDataset(pointsFromColumns(standardized)),
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
  return lockstepRestarts(prepared.dataset.n, prepared.nInit);
}

/** The restarts one task runs in lockstep, where the strategy can (see restartsPerTask). */
function lockstepRestarts(n: number, nInit: number): number {
  const byMemory = Math.floor(LOCKSTEP_BYTES / (20 * Math.max(1, n)));
  return Math.max(1, Math.min(Math.ceil(nInit / 2), byMemory));
}
