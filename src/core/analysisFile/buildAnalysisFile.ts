import type { ClusteringForK } from '../dataset/assembleAnalysis';
import { distance99 } from './distance99';
import {
  ANALYSIS_FORMAT,
  ANALYSIS_FORMAT_VERSION,
  type MissingPolicyName,
  type SearchMode,
  type UnsealedAnalysisFile,
} from './format';
import { memberDistances } from './scoreRows';

export interface AnalysisToSave {
  readonly app: { readonly name: string; readonly version: string };
  readonly createdAt: Date;
  readonly input: {
    readonly fileName: string;
    readonly byteSize: number | null;
    readonly rowCount: number;
    readonly sha256: string | null;
    readonly header: readonly string[];
  };
  /** Names of the clustered columns, in clustering order. */
  readonly features: readonly string[];
  /** The clustered columns in original units, one value per table row, NaN where missing. */
  readonly featureValues: readonly Float64Array[];
  readonly missing: MissingPolicyName;
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly seed: number;
  /** The run settings' search: thorough (from `nInit` first restarts) or exactly `nInit` restarts. */
  readonly search: { readonly mode: SearchMode; readonly firstRestarts: number; readonly refine?: boolean };
  readonly maxIter: number;
  readonly tol: number;
  /** The chosen k's clustering. */
  readonly clustering: ClusteringForK;
  /** One name per cluster, in cluster order. */
  readonly names: readonly string[];
}

/**
 * The analysis file (without its checksum) for the chosen k of an analysis: the input's identity,
 * the columns and settings that reproduce the clustering, and each segment's centre and distance99
 * (computed over its members exactly as scoring measures new customers).
 */
export function buildAnalysisFile(source: AnalysisToSave): UnsealedAnalysisFile {
  const { clustering } = source;
  const scaling = { mean: [...source.mean], scale: [...source.scale] };
  const distances = memberDistances({
    columns: source.featureValues,
    scaling,
    centroidsStandardized: clustering.centroidsStandardized,
    missing: source.missing,
    labels: clustering.rowLabels,
  });
  const limits = distance99(clustering.rowLabels, distances, clustering.k);
  return {
    format: ANALYSIS_FORMAT,
    version: ANALYSIS_FORMAT_VERSION,
    app: { ...source.app },
    createdAt: source.createdAt.toISOString(),
    input: { ...source.input, header: [...source.input.header] },
    features: [...source.features],
    missing: source.missing,
    scaling,
    kmeans: {
      k: clustering.k,
      seed: source.seed,
      restarts: clustering.restarts,
      maxIter: source.maxIter,
      tol: source.tol,
      init: 'k-means++',
      inertia: clustering.inertia,
      search: { ...source.search },
    },
    segments: clustering.centroids.map((centroid, c) => ({
      cluster: c + 1,
      name: source.names[c] ?? `Segment ${c + 1}`,
      size: clustering.sizes[c] ?? 0,
      centroid: [...centroid],
      centroidStandardized: [...(clustering.centroidsStandardized[c] ?? [])],
      distance99: limits[c] ?? 0,
    })),
  };
}
