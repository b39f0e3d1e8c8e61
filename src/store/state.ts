import type { AnalysisFile } from '../core/analysisFile/format';
import type { CategoryCodes } from '../core/csv/encodeCategories';
import type { MissingPolicy } from '../core/dataset/selectRows';
import type { SegmentProfile } from '../core/profile/profileSegments';
import type { QualityForK } from '../core/profile/qualityByK';
import type { AnalysisResult, ReadOptions, TableSummary } from '../worker/protocol';

export type Status = 'idle' | 'parsing' | 'computing' | 'ready' | 'error';

export interface AppError {
  readonly code: string;
  readonly message: string;
}

export interface AppData {
  readonly status: Status;
  readonly error: AppError | null;
  /**
   * A newer file that could not be read while the analysis of an earlier one stays shown (with its
   * table and download); cleared when the next file is given.
   */
  readonly loadError: (AppError & { readonly fileName: string }) | null;
  /** What Cancel stopped last, for "Run again" with the same file and settings; null once anything runs. */
  readonly cancelled: 'load' | 'analysis' | null;
  /**
   * Counts the analyses that became ready for a newly loaded file (or after Run again): the results
   * view brings its heading into view and focuses it each time this grows, not on every k change.
   */
  readonly revealResults: number;
  /** A passing remark for the user (e.g. "Analysis cancelled."), not an error. */
  readonly notice: string | null;
  readonly table: TableSummary | null;
  /** Column indices clustered on, in the order the scatter uses (x, y, ...). */
  readonly features: number[];
  /**
   * The columns `analysis` was computed on: `features` names newer ones while they are clustered.
   * The results (axes, names, profile marks) describe these.
   */
  readonly clusteredFeatures: number[];
  /** The clustered columns in original units, one value per table row, NaN where missing. */
  readonly featureValues: Float64Array[];
  readonly missing: MissingPolicy;
  readonly kMax: number;
  readonly nInit: number;
  /**
   * True: exactly nInit restarts per k, scikit-learn's KMeans(n_init = nInit) to the digit. False
   * (the default): the thorough search, which starts with those and adds restarts while they help.
   */
  readonly matchSklearn: boolean;
  /**
   * With the thorough search, whether each k's best restart is carried on to a fixed point. Always
   * true but while showing an analysis restored from a file saved before the app did that.
   */
  readonly refine: boolean;
  readonly seed: number;
  readonly analysis: AnalysisResult | null;
  readonly k: number;
  /** True once the user moved k themselves: a recomputation then keeps their k. */
  readonly kChosenByUser: boolean;
  /** The running step and how far it is: bytes read, characters parsed, or (k, restart) runs done. */
  readonly progress: {
    readonly phase: 'reading' | 'parsing' | 'clustering';
    readonly done: number;
    readonly total: number;
  } | null;
  /** Every numeric column (clustered or not) in original units, for the segment profile. */
  readonly profileColumns: ProfileColumn[];
  /** Text columns with few distinct values (Gender, Region…), dictionary-encoded, for the tooltip. */
  readonly categoricalColumns: CategoricalColumn[];
  /** The segment profile of the current clustering and k, computed in the table worker. */
  readonly profile: SegmentProfileState | null;
  /** Names the user typed, by k and then cluster; cleared when the clustering is recomputed. */
  readonly segmentNameEdits: Readonly<Record<number, Readonly<Record<number, string>>>>;
  /** Add a Segment column (the names) to the download; switched on when the user renames one. */
  readonly includeSegmentColumn: boolean;
  /** Silhouette and Calinski–Harabasz per k, computed on request. */
  readonly quality: QualityState;
  /** The saved analysis file opened, until it is closed: CSVs given now are restored or scored with it. */
  readonly openAnalysis: OpenAnalysis | null;
  /** Why an analysis file, or a CSV given to one, could not be used; nothing else on the page changed. */
  readonly analysisFileError: string | null;
  /** The customers of a CSV assigned to the open analysis's segments (no re-fit). */
  readonly scoring: Scoring | null;
}

export interface OpenAnalysis {
  readonly fileName: string;
  readonly file: AnalysisFile;
  /**
   * Set when the file it was saved from was given and re-run: the analysis that re-run gave, and what
   * differs from the saved segments (null: nothing, the labels are the saved ones).
   */
  readonly restored: { readonly analysis: AnalysisResult; readonly difference: string | null } | null;
}

export interface Scoring {
  /** The table scored: the result belongs to it alone. */
  readonly table: TableSummary;
  /** Segment per table row (0-based), -1 for a row not scored (a hole under "drop", a summary row). */
  readonly rowLabels: Int32Array;
  /** Customers per segment, cluster 1 first. */
  readonly counts: number[];
  /** Rows not scored. */
  readonly unscored: number;
  /** Customers farther from their nearest centre than 99% of that segment's original members. */
  readonly unlike: readonly UnlikeCustomer[];
}

export interface UnlikeCustomer {
  readonly row: number;
  readonly id: string;
  /** 0-based segment it is nearest to. */
  readonly cluster: number;
  /** Its distance to that centre, and the segment's distance99, in standard deviations. */
  readonly distance: number;
  readonly limit: number;
}

export interface ProfileColumn {
  readonly index: number;
  readonly name: string;
  readonly values: Float64Array;
}

export interface CategoricalColumn {
  readonly index: number;
  readonly name: string;
  /** Per row an index into `categories`, -1 where missing. */
  readonly codes: CategoryCodes;
  readonly categories: readonly string[];
}

export interface SegmentProfileState {
  /** The clustering and k it describes: a profile of anything else is stale. */
  readonly analysis: AnalysisResult;
  readonly k: number;
  readonly segments: SegmentProfile[];
}

export type QualityState =
  | { readonly status: 'idle' }
  | { readonly status: 'computing' }
  | { readonly status: 'ready'; readonly byK: QualityForK[] }
  | { readonly status: 'error'; readonly message: string };

export interface AppActions {
  /** Reads a file; `read` overrides the detected delimiter or encoding. */
  loadFile(file: Blob, fileName: string, read?: ReadOptions): Promise<void>;
  /** Reads the current file again with another delimiter. */
  setDelimiter(delimiter: string): Promise<void>;
  /** Reads the current file again in another encoding (a WHATWG label such as 'windows-1252'). */
  setEncoding(encoding: string): Promise<void>;
  /** Reads the current workbook again, from another of its sheets. */
  setSheet(sheet: string): Promise<void>;
  loadSample(): Promise<void>;
  setFeatures(features: number[]): Promise<void>;
  setMissingPolicy(policy: MissingPolicy): Promise<void>;
  setK(k: number): void;
  cancel(): void;
  /** Starts again what Cancel stopped (see `cancelled`): the same file, columns, k, seed and restarts. */
  runAgain(): Promise<void>;
  /** The labeled CSV for the current k, and the name to save it under. */
  exportCsv(): Promise<{ blob: Blob; fileName: string }>;
  reset(): void;
  /** Seed of the k-means++ draws; recomputes so the same seed always gives the same picture. */
  setSeed(seed: number): Promise<void>;
  /** Restarts per k (best inertia kept); recomputes. */
  setNInit(nInit: number): Promise<void>;
  /** Exactly nInit restarts, as scikit-learn, or the thorough search; recomputes. */
  setMatchSklearn(match: boolean): Promise<void>;
  /** Renames a segment of the current k; a blank name means "use the suggestion". */
  setSegmentName(cluster: number, name: string): void;
  resetSegmentNames(): void;
  setIncludeSegmentColumn(include: boolean): void;
  /** Computes silhouette and Calinski–Harabasz for every k of the current analysis. */
  computeQuality(): Promise<void>;
  /**
   * Files dropped or picked together: an analysis file (.json) alone or with one CSV, or a CSV, which
   * is restored or scored while an analysis file is open and analysed afresh otherwise.
   */
  openFiles(files: readonly File[]): Promise<void>;
  /** The analysis file for the current k, and the name to save it under. */
  saveAnalysis(): Promise<{ blob: Blob; fileName: string }>;
  /** The scored CSV labelled with the saved segments, and the name to save it under. */
  exportScored(): Promise<{ blob: Blob; fileName: string }>;
  /** Closes the open analysis file: CSVs are analysed afresh again. */
  closeAnalysis(): void;
}

export type AppState = AppData & AppActions;

export const initialData: AppData = {
  status: 'idle',
  error: null,
  loadError: null,
  cancelled: null,
  revealResults: 0,
  notice: null,
  table: null,
  features: [],
  clusteredFeatures: [],
  featureValues: [],
  missing: 'drop',
  kMax: 10,
  nInit: 10,
  matchSklearn: false,
  refine: true,
  seed: 42,
  analysis: null,
  k: 5,
  kChosenByUser: false,
  progress: null,
  profileColumns: [],
  categoricalColumns: [],
  profile: null,
  segmentNameEdits: {},
  includeSegmentColumn: false,
  quality: { status: 'idle' },
  openAnalysis: null,
  analysisFileError: null,
  scoring: null,
};
