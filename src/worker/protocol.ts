import type { ColumnReport } from '../core/csv/columnReport';
import type { FormattedCount } from '../core/csv/compactTable';
import type { SummaryRow } from '../core/csv/findSummaryRows';
import type { ColumnNumberFormat } from '../core/csv/numberFormat';
import type { FeatureChoice } from '../core/csv/detectFeatures';
import type { CategoryColumn } from '../core/csv/encodeCategories';
import type { CsvProblem } from '../core/csv/problem';
import type { RangePart } from '../core/csv/parseRange';
import type { RangeJob } from '../core/csv/readTableInRanges';
import type { RowIds } from '../core/csv/rowIds';
import type { RestartResult } from '../core/cluster/restart';
import type { AnalysisResult } from '../core/dataset/assembleAnalysis';
import type { AnalysisParams, RestartTask } from '../core/dataset/prepareAnalysis';
import type { SearchPlan } from '../core/dataset/restartSchedule';
import type { SourceFormat } from '../core/source/sourceFormat';
import type { SegmentProfile } from '../core/profile/profileSegments';
import type { QualityForK, QualityInput } from '../core/profile/qualityByK';

/** Every request carries an id; its replies carry the same id, so a reply to an older request is recognisable. */
interface Envelope {
  readonly id: number;
}

// ---- table worker: owns the parsed table (the source of truth for export) ----

export interface TableSummary {
  readonly fileName: string;
  readonly byteSize: number;
  readonly header: string[];
  readonly rowCount: number;
  readonly delimiter: string;
  readonly decimalComma: boolean;
  /** The encoding the file was decoded with (canonical WHATWG name); absent on hand-built summaries. */
  readonly encoding?: string;
  readonly columns: ColumnReport[];
  readonly problems: CsvProblem[];
  readonly featureChoice: FeatureChoice | null;
  /**
   * Identifier text per row (the identifier column's value, or the 1-based row number when there is
   * none), listed only for tables of up to {@link MAX_LISTED_IDS} rows; empty beyond. Read ids with
   * `idOf(summary, row)` from core/csv/rowIds, which works at any size.
   */
  readonly ids: string[];
  /** Every row's id, packed (null: the ids are the row numbers 1..n); absent on hand-built summaries. */
  readonly rowIds?: RowIds | null;
  /** Data rows (0-based) that are totals or averages: kept in the download, never clustered. */
  readonly summaryRows?: number[];
  /** What the file was read as; absent on hand-built summaries. */
  readonly format?: SourceFormat;
  /** For a workbook: its sheets with values, in tab order, and the one read (the first unless chosen). */
  readonly sheets?: string[];
  readonly sheet?: string;
  /** What the reader decided beyond the above, for the script exports; absent on hand-built summaries. */
  readonly reading?: TableReading;
}

/** The reader's decisions a script needs to read the file the same way. */
export interface TableReading {
  /** 1-based line of the header: the lines above it are titles or blank. */
  readonly headerLine: number;
  /** Records above the header, kept in the download. */
  readonly titleLines: number;
  /** Per column: decimal mark and whether the header counts in thousands. */
  readonly numberFormats: readonly ColumnNumberFormat[];
  /** Per column: the cells that were numbers only through their formatting, and what it carried. */
  readonly formatted: readonly FormattedCount[];
  /** The summary rows left out of clustering, with why. */
  readonly summaryRows: readonly SummaryRow[];
}

/** Largest table whose ids are also sent as a plain `string[]` (cheap to clone, and what the charts take today). */
export const MAX_LISTED_IDS = 20_000;

/** A stage of loading a file, for the progress bar: bytes read, then characters parsed. */
export interface LoadProgress {
  readonly phase: 'reading' | 'parsing';
  readonly done: number;
  readonly total: number;
}

export interface ProfileRequest {
  /** Cluster per table row, -1 for a row left out. */
  readonly rowLabels: Int32Array;
  /** Centroids in original units, numbered like the labels. */
  readonly centroids: number[][];
  /** Number columns to summarise (mean, median) and text columns to give the mix of. */
  readonly numeric: number[];
  readonly categorical: number[];
}

/** How to read a file, where the person overrode what the reader detects. */
export interface ReadOptions {
  /** The delimiter to split with instead of the detected one. */
  readonly delimiter?: string;
  /** A WHATWG encoding label to decode with instead of the detected encoding. */
  readonly encoding?: string;
  /** The workbook sheet to read instead of the first one with values. */
  readonly sheet?: string;
}

export type TableRequest =
  | (Envelope &
      ReadOptions & {
        readonly type: 'load';
        readonly file: Blob;
        readonly fileName: string;
      })
  /** Number columns, one value per row: NaN where missing, not a number, or a summary row. */
  | (Envelope & { readonly type: 'columns'; readonly indices: number[] })
  /** Text columns dictionary-encoded (codes per row + distinct values), for tooltips and profiles. */
  | (Envelope & { readonly type: 'categories'; readonly indices: number[] })
  /** The segment profile of one clustering, computed where the columns already are. */
  | (Envelope & { readonly type: 'profile'; readonly request: ProfileRequest })
  /** SHA-256 of the loaded file's bytes, for a saved analysis to recognise its input by (computed on request, not on load). */
  | (Envelope & { readonly type: 'sha256' })
  | (Envelope & {
      readonly type: 'export';
      /** Cluster per table row, -1 for a row left out. */
      readonly rowLabels: Int32Array;
      /** Optional segment names by cluster, added as a second column. */
      readonly clusterNames?: string[];
    });

export type TableReply =
  | (Envelope & { readonly type: 'progress'; readonly progress: LoadProgress })
  | (Envelope & {
      readonly type: 'loaded';
      readonly summary: TableSummary;
      /**
       * The columns of `summary.featureChoice.features`, exactly as a 'columns' request would send them
       * (empty when there is no choice): the first analysis needs no second round trip.
       */
      readonly featureValues: Float64Array[];
    })
  | (Envelope & { readonly type: 'columns'; readonly columns: Float64Array[] })
  | (Envelope & { readonly type: 'categories'; readonly columns: CategoryColumn[] })
  | (Envelope & { readonly type: 'profiled'; readonly profiles: SegmentProfile[] })
  | (Envelope & { readonly type: 'exported'; readonly blob: Blob; readonly columnName: string })
  | (Envelope & { readonly type: 'hashed'; readonly sha256: string })
  | (Envelope & { readonly type: 'failed'; readonly error: WorkerError });

// ---- analysis workers: a pool, each preparing the same data and running (k, restart) tasks ----

export type { AnalysisParams, AnalysisResult };

export type AnalysisRequest =
  /** Prepare (standardize, build the tree) once per job; later requests name the job. */
  | (Envelope & { readonly type: 'prepare'; readonly job: number; readonly params: AnalysisParams })
  | (Envelope & { readonly type: 'restart'; readonly job: number; readonly task: RestartTask })
  /** Carry a k's best restart on to a fixed point (see refineRestart). */
  | (Envelope & { readonly type: 'refine'; readonly job: number; readonly best: RestartResult })
  /** Pick each k's best restart (or its refinement) and label the rows; sent to one worker of the pool. */
  | (Envelope & {
      readonly type: 'assemble';
      readonly job: number;
      readonly restarts: RestartResult[];
      readonly refined: RestartResult[];
    })
  /** Silhouette and Calinski–Harabasz per k: O(n²) work that must not run on the main thread. */
  | (Envelope & { readonly type: 'quality'; readonly input: QualityInput });

export type AnalysisReply =
  /**
   * How many restarts each k gets: the pool schedules them round by round (see restartSchedule), in
   * tasks of up to `perTask` restarts of one k, which a worker runs in lockstep.
   */
  | (Envelope & { readonly type: 'prepared'; readonly plan: SearchPlan; readonly perTask: number })
  /** One result per restart of the task, in restart order. */
  | (Envelope & { readonly type: 'restarted'; readonly results: RestartResult[] })
  | (Envelope & { readonly type: 'refined'; readonly result: RestartResult })
  | (Envelope & { readonly type: 'assembled'; readonly result: AnalysisResult })
  | (Envelope & { readonly type: 'quality'; readonly byK: QualityForK[] })
  | (Envelope & { readonly type: 'failed'; readonly error: WorkerError });

// ---- range workers: the table worker's helpers, each parsing one range of a big file's records ----

export type RangeRequest = Envelope & { readonly type: 'parse'; readonly job: RangeJob };

export type RangeReply =
  | (Envelope & { readonly type: 'parsed'; readonly part: RangePart })
  | (Envelope & { readonly type: 'failed'; readonly error: WorkerError });

export interface WorkerError {
  readonly code: string;
  readonly message: string;
}
