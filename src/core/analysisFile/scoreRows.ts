import type { MissingPolicyName } from './format';

export interface Scaling {
  readonly mean: readonly number[];
  readonly scale: readonly number[];
}

export interface ScoreInput {
  /** The saved features' columns in original units, one value per table row, NaN where missing. */
  readonly columns: readonly Float64Array[];
  readonly scaling: Scaling;
  /** One centre per segment (segment c is cluster c + 1), standardized units. */
  readonly centroidsStandardized: readonly (readonly number[])[];
  /** 'mean' fills a hole with the saved mean (standardized 0), as a fitted imputer would; 'drop' leaves the row out. */
  readonly missing: MissingPolicyName;
  /** Rows never scored (summary rows such as a "Total" line). */
  readonly excludedRows?: readonly number[];
}

export interface ScoredRows {
  /** 0-based segment per table row, -1 for a row left out (a hole under 'drop', a summary row). */
  readonly labels: Int32Array;
  /** Euclidean distance to that segment's centre in standardized units, NaN for a row left out. */
  readonly distances: Float64Array;
}

/**
 * Assigns every row to the nearest saved centre, after standardizing it with the saved mean and
 * scale: scikit-learn's `predict` on a fitted StandardScaler + KMeans, no re-fit. Ties go to the
 * lowest segment number. O(n k d).
 */
export function scoreRows(input: ScoreInput): ScoredRows {
  const { columns, centroidsStandardized: centres, missing } = input;
  const n = columns[0]?.length ?? 0;
  const labels = new Int32Array(n).fill(-1);
  const distances = new Float64Array(n).fill(Number.NaN);
  const left = new Uint8Array(n);
  for (const row of input.excludedRows ?? []) if (row >= 0 && row < n) left[row] = 1;
  const z = new Float64Array(columns.length);
  for (let i = 0; i < n; i++) {
    if (left[i] === 1 || !standardizeRow(columns, input.scaling, missing, i, z)) continue;
    let best = -1;
    let bestSquared = Infinity;
    centres.forEach((centre, c) => {
      const squared = squaredDistance(z, centre);
      if (squared < bestSquared) {
        bestSquared = squared;
        best = c;
      }
    });
    labels[i] = best;
    distances[i] = best < 0 ? Number.NaN : Math.sqrt(bestSquared);
  }
  return { labels, distances };
}

/**
 * Each labelled row's distance to its own segment's centre (NaN for -1): what distance99 is taken
 * over when an analysis is saved, measured exactly as scoring measures new rows.
 */
export function memberDistances(
  input: Omit<ScoreInput, 'excludedRows'> & { readonly labels: Int32Array },
): Float64Array {
  const { columns, labels, centroidsStandardized: centres } = input;
  const out = new Float64Array(labels.length).fill(Number.NaN);
  const z = new Float64Array(columns.length);
  for (let i = 0; i < labels.length; i++) {
    const centre = centres[labels[i] ?? -1];
    if (centre === undefined || !standardizeRow(columns, input.scaling, input.missing, i, z)) continue;
    out[i] = Math.sqrt(squaredDistance(z, centre));
  }
  return out;
}

/** Row i standardized into `out`; false when a hole cannot be filled (policy 'drop'). */
function standardizeRow(
  columns: readonly Float64Array[],
  { mean, scale }: Scaling,
  missing: MissingPolicyName,
  i: number,
  out: Float64Array,
): boolean {
  for (let j = 0; j < columns.length; j++) {
    const value = columns[j]?.[i] ?? Number.NaN;
    const m = mean[j] ?? 0;
    if (Number.isNaN(value)) {
      if (missing === 'drop') return false;
      out[j] = 0;
    } else {
      out[j] = (value - m) / (scale[j] ?? 1);
    }
  }
  return true;
}

function squaredDistance(z: Float64Array, centre: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < z.length; j++) {
    const diff = (z[j] as number) - (centre[j] ?? 0);
    s += diff * diff;
  }
  return s;
}
