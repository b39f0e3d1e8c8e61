import type { FormattedCount } from '../csv/compactTable';
import type { SummaryRow } from '../csv/findSummaryRows';
import type { ColumnNumberFormat } from '../csv/numberFormat';
import type { MissingPolicy } from '../dataset/selectRows';
import type { SourceFormat } from '../source/sourceFormat';

/** A clustered column and how the reader read its numbers. */
export interface FeatureReading {
  readonly index: number;
  readonly name: string;
  readonly format: ColumnNumberFormat;
  readonly formatted: FormattedCount;
  /** The word segment names use for it ("income"), for the Spark job's names. */
  readonly word: string;
}

/**
 * Everything an exported script needs to redo the analysis as the app did it: how the file was read,
 * what was clustered and how, and what came out (to name and check against).
 */
export interface ScriptChoices {
  readonly appVersion: string;
  /** ISO 8601; the moment of export. */
  readonly createdAt: string;

  // How the file was read.
  readonly fileName: string;
  readonly format: SourceFormat;
  readonly sheet?: string;
  /** Canonical WHATWG name of the encoding the file was decoded with. */
  readonly encoding: string;
  readonly delimiter: string;
  /** The file's own decimal style (for keeping number-looking cells unquoted in the output). */
  readonly decimalComma: boolean;
  readonly headerLine: number;
  readonly titleLines: number;
  readonly header: readonly string[];
  readonly rowCount: number;
  readonly summaryRows: readonly SummaryRow[];

  // What was clustered, and how.
  readonly features: readonly FeatureReading[];
  readonly missing: MissingPolicy;
  readonly k: number;
  readonly seed: number;
  /** k-means++ restarts run for this k (scikit-learn's n_init). */
  readonly restarts: number;
  /** True when the app carried the best restart on to a fixed point (refineRestart): a second fit does. */
  readonly refine: boolean;
  readonly maxIter: number;
  readonly tol: number;

  // What came out.
  /** Segment names by cluster (1 first), the user's where typed. */
  readonly segmentNames: readonly string[];
  /** True when the download has a Segment column. */
  readonly segmentColumn: boolean;
  readonly sizes: readonly number[];
  readonly inertia: number;
  /** The labeled CSV's name (exportFileName). */
  readonly outputName: string;
}
