import { finalizeKMeans } from '../cluster/finalizeKMeans';
import { bestRestart } from '../cluster/restartSearch';
import type { Refinement, RestartResult } from '../cluster/results';
import { suggestK, type KSuggestion } from '../cluster/suggestK';
import { unstandardize } from '../stats/standardize';
import { labelRows } from './labelRows';
import { segmentSlots } from './segmentSlots';
import { slotDrawing, type SlotDrawing } from './slotDrawing';
import type { PreparedAnalysis } from './prepareAnalysis';

export interface ClusteringForK {
  readonly k: number;
  readonly inertia: number;
  /** Cluster per table row (0-based; -1 for a row left out of clustering). */
  readonly rowLabels: Int32Array;
  /** Centroids in original units: k arrays of one value per feature. */
  readonly centroids: number[][];
  /** The same centroids as the engine found them, in standardized units (what new rows are scored against). */
  readonly centroidsStandardized: number[][];
  readonly sizes: number[];
  /** The colour-and-shape slot of each cluster, kept across k (see segmentSlots). */
  readonly slots: number[];
  /** Labels by slot and rows per slot, for the scatter (computed here, off the main thread). */
  readonly drawing: SlotDrawing;
  readonly iterations: number;
  /** k-means++ restarts run for this k: the scikit-learn `n_init` that reproduces this clustering. */
  readonly restarts: number;
  /** Restarts (of those) that ended in this same partition: how firmly it is the best found. */
  readonly bestFoundBy: number;
  /**
   * When the best restart was carried on to a fixed point (the thorough search): the iterations
   * that took and the inertia before. Null when not refined, or when it was a fixed point already.
   */
  readonly refined: Refinement | null;
  readonly warnings: string[];
}

export interface AnalysisResult {
  readonly mean: number[];
  readonly scale: number[];
  readonly clusteredRows: number;
  readonly incompleteRows: number[];
  readonly byK: ClusteringForK[];
  readonly suggestion: KSuggestion;
}

/**
 * Turns the finished restarts of a sweep (any order, any split across workers) into the result:
 * per k the best restart (ties to the lowest restart index) or its refinement (`refined`, see
 * refineRestart), its labels spread over the table's rows, centroids back in original units, and
 * the suggested k. Throws if a k has no restart, or a refinement is not of its k's best.
 */
export function assembleAnalysis(
  prepared: PreparedAnalysis,
  restarts: readonly RestartResult[],
  refined: readonly RestartResult[] = [],
): AnalysisResult {
  const { dataset, scaled, selection, rowCount } = prepared;
  const byK: Omit<ClusteringForK, 'slots' | 'drawing'>[] = [];
  for (let k = 1; k <= prepared.kMax; k++) {
    const ofK = restarts.filter((r) => r.k === k);
    const { best, foundBy } = bestRestart(ofK);
    const refinement = refined.find((r) => r.k === k);
    if (refinement !== undefined && refinement.restart !== best.restart)
      throw new RangeError(`The refinement of k = ${k} is not of its best restart.`);
    const final = refinement ?? best;
    const result = finalizeKMeans(dataset, final, prepared.maxIter, prepared.strategy);
    byK.push({
      k,
      inertia: result.inertia,
      rowLabels: labelRows(result.labels, selection.rowOfPoint, rowCount),
      centroids: result.centroids.map((centre) =>
        centre.map((value, j) => unstandardize(value, scaled.mean[j] ?? 0, scaled.scale[j] ?? 1)),
      ),
      centroidsStandardized: result.centroids.map((centre) => [...centre]),
      sizes: result.sizes,
      iterations: result.iterations,
      restarts: ofK.length,
      bestFoundBy: foundBy,
      refined: final.refined !== undefined && final.refined.iterations > 1 ? final.refined : null,
      warnings: result.warnings,
    });
  }
  const slots = segmentSlots(byK.map((clustering) => clustering.rowLabels));
  return {
    mean: Array.from(scaled.mean),
    scale: Array.from(scaled.scale),
    clusteredRows: dataset.n,
    incompleteRows: selection.incompleteRows,
    byK: byK.map((clustering, index) => {
      const ofK = slots[index] ?? [];
      return { ...clustering, slots: ofK, drawing: slotDrawing(clustering.rowLabels, ofK) };
    }),
    suggestion: suggestK(
      byK.map((r) => r.k),
      byK.map((r) => r.inertia),
    ),
  };
}
