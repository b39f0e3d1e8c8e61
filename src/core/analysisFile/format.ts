/**
 * customer-segments-analysis.json, format version 1: what a saved analysis holds, agreed with the
 * Python and Spark exports (the JSON Schema is public/customer-segments-analysis.schema.json, the
 * README describes every field).
 */

export const ANALYSIS_FORMAT = 'customer-segments-analysis';
export const ANALYSIS_FORMAT_VERSION = 1;
export const ANALYSIS_FILE_NAME = 'customer-segments-analysis.json';
/** Far above any real analysis (a few kilobytes; a 10,000-column header is well under a megabyte). */
export const MAX_ANALYSIS_FILE_BYTES = 5 * 1024 * 1024;

export type MissingPolicyName = 'drop' | 'mean';
export type SearchMode = 'thorough' | 'n_init';

export interface SavedSegment {
  /** 1-based, as in the download's Cluster column; cluster 1 is the largest. */
  readonly cluster: number;
  readonly name: string;
  readonly size: number;
  /** Centre in original units, one value per feature. */
  readonly centroid: number[];
  readonly centroidStandardized: number[];
  /** 99th percentile (nearest rank, "higher") of the members' distances to the centre, standardized units. */
  readonly distance99: number;
}

export interface AnalysisFile {
  readonly format: typeof ANALYSIS_FORMAT;
  readonly version: number;
  readonly app: { readonly name: string; readonly version: string };
  readonly createdAt: string;
  readonly input: {
    readonly fileName: string;
    readonly byteSize: number | null;
    readonly rowCount: number;
    readonly sha256: string | null;
    readonly header: string[];
  };
  readonly features: string[];
  readonly missing: MissingPolicyName;
  readonly scaling: { readonly mean: number[]; readonly scale: number[] };
  readonly kmeans: {
    readonly k: number;
    readonly seed: number;
    readonly restarts: number;
    readonly maxIter: number;
    readonly tol: number;
    readonly init: string;
    readonly inertia: number;
    /**
     * How the app searched (optional: the Spark job has no such choice). "thorough": the first
     * `firstRestarts` restarts, then rounds until the best was found often enough; "n_init": exactly
     * `restarts` restarts for every k. Restore re-runs the same search, so the whole elbow comes back.
     * `refine` (thorough only): each k's best restart was carried on to a fixed point; absent in
     * files saved before the app did that, which are restored without.
     */
    readonly search?: {
      readonly mode: SearchMode;
      readonly firstRestarts: number;
      readonly refine?: boolean;
    };
  };
  readonly segments: SavedSegment[];
  readonly checksum: string;
}

/** Everything but the checksum: what the checksum is computed over. */
export type UnsealedAnalysisFile = Omit<AnalysisFile, 'checksum'>;
