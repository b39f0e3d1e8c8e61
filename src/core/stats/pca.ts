/**
 * Principal component analysis as scikit-learn's PCA (1.2, full solver) computes it: the covariance
 * of the centred data (n − 1 denominator) decomposed exactly, components ordered by variance, and
 * each component's sign chosen as `svd_flip` chooses it (u-based: the row whose score on the
 * component is largest in absolute value scores positive), so the picture matches sklearn's.
 *
 * Each pass over the rows is a sliced generator (see core/schedule/sliced), so the main thread can fit
 * a million rows a slice at a time; fitPca and projectColumns run the same code to its end at once.
 */
import { atSliceEnd, runToEnd, type Sliced } from '../schedule/sliced';

export interface PcaModel {
  /** Column means of the rows the model was fitted on. */
  readonly mean: Float64Array;
  /** Unit-length directions, largest variance first; each of length d. */
  readonly components: readonly Float64Array[];
  /** Variance along each component (sklearn's explained_variance_). */
  readonly explainedVariance: readonly number[];
  /** Share of the total variance along each component (explained_variance_ratio_). */
  readonly explainedVarianceRatio: readonly number[];
}

/**
 * Fits `nComponents` components to `columns` (d columns of n values) over the rows where
 * `include(row)` holds and every value is finite.
 */
export function fitPca(
  columns: readonly Float64Array[],
  nComponents: number,
  include: (row: number) => boolean = () => true,
): PcaModel {
  return runToEnd(fitPcaSteps(columns, nComponents, include));
}

/** {@link fitPca} a slice of rows at a time. */
export function* fitPcaSteps(
  columns: readonly Float64Array[],
  nComponents: number,
  include: (row: number) => boolean = () => true,
): Sliced<PcaModel> {
  const d = columns.length;
  const n = d === 0 ? 0 : Math.min(...columns.map((c) => c.length));
  const rows = yield* fittedRows(columns, n, include);
  const mean = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const column = columns[j] as Float64Array;
    let sum = 0;
    for (let r = 0; r < rows.length; r++) {
      if (atSliceEnd(r)) yield;
      sum += column[rows[r] as number] as number;
    }
    mean[j] = rows.length === 0 ? 0 : sum / rows.length;
  }
  const cov = yield* covariance(columns, rows, mean);
  const { values, vectors } = symmetricEigen(cov);
  const order = values.map((_, i) => i).sort((a, b) => (values[b] as number) - (values[a] as number));
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  const m = Math.min(nComponents, d);
  const components: Float64Array[] = [];
  const explainedVariance: number[] = [];
  for (const index of order.slice(0, m)) {
    const direction = Float64Array.from({ length: d }, (_, j) => vectors[j * d + index] as number);
    yield* flipLikeSklearn(direction, columns, rows, mean);
    components.push(direction);
    explainedVariance.push(Math.max(0, values[index] as number));
  }
  return {
    mean,
    components,
    explainedVariance,
    explainedVarianceRatio: explainedVariance.map((v) => (total > 0 ? v / total : 0)),
  };
}

/** Scores of every row on each component; a row with a missing value scores NaN. */
export function projectColumns(model: PcaModel, columns: readonly Float64Array[]): Float64Array[] {
  return runToEnd(projectColumnsSteps(model, columns));
}

/** {@link projectColumns} a slice of rows at a time. */
export function* projectColumnsSteps(
  model: PcaModel,
  columns: readonly Float64Array[],
): Sliced<Float64Array[]> {
  const n = columns.length === 0 ? 0 : Math.min(...columns.map((c) => c.length));
  const scores: Float64Array[] = [];
  for (const direction of model.components) {
    const out = new Float64Array(n);
    for (let j = 0; j < direction.length; j++) {
      const column = columns[j] as Float64Array;
      const m = model.mean[j] as number;
      const w = direction[j] as number;
      for (let i = 0; i < n; i++) {
        if (atSliceEnd(i)) yield;
        out[i] = (out[i] as number) + ((column[i] as number) - m) * w;
      }
    }
    scores.push(out);
  }
  return scores;
}

/** Scores of one point (e.g. a centroid) on each component. */
export function projectPoint(model: PcaModel, point: readonly number[]): number[] {
  return model.components.map((direction) =>
    direction.reduce((s, w, j) => s + ((point[j] ?? NaN) - (model.mean[j] as number)) * w, 0),
  );
}

/** Rows with `include(row)` and every value finite: the ones the model is fitted on. */
function* fittedRows(
  columns: readonly Float64Array[],
  n: number,
  include: (row: number) => boolean,
): Sliced<Int32Array> {
  const rows = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (atSliceEnd(i)) yield;
    if (!include(i)) continue;
    let finite = true;
    for (let j = 0; j < columns.length && finite; j++) {
      const v = (columns[j] as Float64Array)[i] as number;
      finite = v - v === 0;
    }
    if (finite) rows[count++] = i;
  }
  return rows.subarray(0, count);
}

/** The d × d covariance (n − 1 denominator), in one pass over the rows. */
function* covariance(
  columns: readonly Float64Array[],
  rows: Int32Array,
  mean: Float64Array,
): Sliced<Float64Array> {
  const d = columns.length;
  const cov = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (let r = 0; r < rows.length; r++) {
    if (atSliceEnd(r)) yield;
    const i = rows[r] as number;
    for (let j = 0; j < d; j++)
      centred[j] = ((columns[j] as Float64Array)[i] as number) - (mean[j] as number);
    for (let a = 0; a < d; a++) {
      const ca = centred[a] as number;
      for (let b = a; b < d; b++) cov[a * d + b] = (cov[a * d + b] as number) + ca * (centred[b] as number);
    }
  }
  const denominator = Math.max(1, rows.length - 1);
  for (let a = 0; a < d; a++)
    for (let b = a; b < d; b++) {
      const value = (cov[a * d + b] as number) / denominator;
      cov[a * d + b] = value;
      cov[b * d + a] = value;
    }
  return cov;
}

/** svd_flip(u_based_decision=True): the largest absolute score (first such row) is made positive. */
function* flipLikeSklearn(
  direction: Float64Array,
  columns: readonly Float64Array[],
  rows: Int32Array,
  mean: Float64Array,
): Sliced<void> {
  let largest = 0;
  let sign = 1;
  for (let r = 0; r < rows.length; r++) {
    if (atSliceEnd(r)) yield;
    const i = rows[r] as number;
    let score = 0;
    for (let j = 0; j < direction.length; j++)
      score += (((columns[j] as Float64Array)[i] as number) - (mean[j] as number)) * (direction[j] as number);
    if (Math.abs(score) > largest) {
      largest = Math.abs(score);
      sign = Math.sign(score) || 1;
    }
  }
  if (sign < 0) for (let j = 0; j < direction.length; j++) direction[j] = -(direction[j] as number);
}

/**
 * Eigenvalues and eigenvectors of a symmetric d × d matrix (row-major) by cyclic Jacobi rotations:
 * exact to rounding and simple, and d is the number of clustered columns (a handful, rarely 20+).
 * `vectors` is row-major with eigenvector i in column i.
 */
export function symmetricEigen(matrix: Float64Array): { values: number[]; vectors: Float64Array } {
  const d = Math.round(Math.sqrt(matrix.length));
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += (a[p * d + q] as number) ** 2;
    if (off === 0 || off < 1e-30 * frobenius(a)) break;
    for (let p = 0; p < d; p++)
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q] as number;
        if (apq === 0) continue;
        const app = a[p * d + p] as number;
        const aqq = a[q * d + q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k * d + p] as number;
          const akq = a[k * d + q] as number;
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k] as number;
          const aqk = a[q * d + k] as number;
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p] as number;
          const vkq = v[k * d + q] as number;
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
  }
  return { values: Array.from({ length: d }, (_, i) => a[i * d + i] as number), vectors: v };
}

function frobenius(a: Float64Array): number {
  let sum = 0;
  for (const x of a) sum += x * x;
  return sum;
}
