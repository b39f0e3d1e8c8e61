/**
 * Silhouette and Calinski–Harabasz for every k of an elbow sweep, on the same standardised points the
 * clustering saw. Both say how well separated the clusters are (the elbow only says how compact):
 * silhouette in [−1, 1], Calinski–Harabasz unbounded; higher is better for both, and neither is
 * defined for k = 1.
 *
 * Silhouette is O(n²·d) per k; above `sampleSize` rows it scores a seeded sample (see quality.ts), so
 * the cost stays bounded and the same seed gives the same numbers.
 */
import { pointsFromColumns } from '../cluster/points';
import { calinskiHarabasz, silhouette } from '../cluster/quality';

export interface QualityForK {
  readonly k: number;
  readonly silhouette: number;
  readonly calinskiHarabasz: number;
}

export interface QualityInput {
  /** Clustered columns in original units, one value per table row (NaN where missing). */
  readonly columns: readonly Float64Array[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  /** Per k: cluster per table row, -1 for rows left out of the clustering. */
  readonly byK: readonly { readonly k: number; readonly rowLabels: Int32Array }[];
  readonly seed: number;
  readonly sampleSize?: number;
}

export function qualityByK(input: QualityInput): QualityForK[] {
  const first = input.byK[0];
  if (first === undefined) return [];
  // Rows in the clustering are the same for every k: those with a label. A hole in such a row was
  // filled with the column mean, which is 0 once standardised.
  const rows: number[] = [];
  first.rowLabels.forEach((label, row) => {
    if (label >= 0) rows.push(row);
  });
  const columns = input.columns.map((column, j) => {
    const mean = input.mean[j] ?? 0;
    const scale = input.scale[j] || 1;
    return Float64Array.from(rows, (row) => {
      const v = column[row] ?? Number.NaN;
      return Number.isFinite(v) ? (v - mean) / scale : 0;
    });
  });
  const points = pointsFromColumns(columns);
  return input.byK.map(({ k, rowLabels }) => {
    const labels = Int32Array.from(rows, (row) => rowLabels[row] ?? 0);
    const options =
      input.sampleSize === undefined
        ? { seed: input.seed }
        : { seed: input.seed, sampleSize: input.sampleSize };
    return {
      k,
      silhouette: k < 2 ? Number.NaN : silhouette(points, labels, k, options),
      calinskiHarabasz: k < 2 ? Number.NaN : calinskiHarabasz(points, labels, k),
    };
  });
}

/** The k with the highest silhouette, or null when none is defined. */
export function bestSilhouetteK(quality: readonly QualityForK[]): number | null {
  let best: QualityForK | null = null;
  for (const q of quality)
    if (Number.isFinite(q.silhouette) && (best === null || q.silhouette > best.silhouette)) best = q;
  return best?.k ?? null;
}
