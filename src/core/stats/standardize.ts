/** Per-column z-scores with scikit-learn StandardScaler semantics. */
export interface Standardization {
  /** Column means, in input units. */
  readonly mean: Float64Array;
  /** Population standard deviations (ddof = 0); 1 where a column has zero variance. */
  readonly scale: Float64Array;
  /** Standardized copies of the input columns: (x - mean) / scale. */
  readonly columns: Float64Array[];
}

/**
 * Standardizes each column like scikit-learn's StandardScaler: subtract the mean, divide by the
 * population standard deviation (ddof = 0). A zero-variance column gets scale 1 so it becomes all
 * zeros instead of NaN. An empty column has mean 0 and scale 1.
 *
 * Two passes (mean, then the sum of squared deviations, with the mean's residual error corrected as
 * in numpy's var) keep the result accurate even when values are large relative to their spread.
 * Input is not validated here; callers pass finite values (see pointsFromColumns).
 */
export function standardize(columns: readonly Float64Array[]): Standardization {
  const d = columns.length;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  const out: Float64Array[] = [];
  for (let j = 0; j < d; j++) {
    const col = columns[j] as Float64Array;
    const n = col.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += col[i] as number;
    const m = n > 0 ? sum / n : 0;
    let sq = 0;
    let residual = 0;
    for (let i = 0; i < n; i++) {
      const dev = (col[i] as number) - m;
      sq += dev * dev;
      residual += dev;
    }
    // Corrected two-pass formula (Chan, Golub & LeVeque): subtracts the rounding left in the mean.
    const variance = n > 0 ? Math.max(0, (sq - (residual * residual) / n) / n) : 0;
    // sklearn's _is_constant_feature: a variance within the rounding error of its own computation is zero.
    const bound = n * Number.EPSILON * variance + (n * m * Number.EPSILON) ** 2;
    const s = variance > bound ? Math.sqrt(variance) : 1;
    mean[j] = m;
    scale[j] = s;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = ((col[i] as number) - m) / s;
    out.push(z);
  }
  return { mean, scale, columns: out };
}

/** Maps a standardized value back to input units: value * scale + mean. */
export function unstandardize(value: number, mean: number, scale: number): number {
  return value * scale + mean;
}

/** Maps a standardized point (e.g. a centroid, one value per column) back to input units. */
export function unstandardizePoint(
  point: readonly number[],
  s: Pick<Standardization, 'mean' | 'scale'>,
): number[] {
  return point.map((v, j) => unstandardize(v, s.mean[j] ?? 0, s.scale[j] ?? 1));
}
