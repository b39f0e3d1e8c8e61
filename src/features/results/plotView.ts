import { runToEnd, type Sliced } from '../../core/schedule/sliced';
import { fitPcaSteps, projectColumnsSteps, projectPoint, type PcaModel } from '../../core/stats/pca';
import { axisTitle, toUnitsSteps, type Units } from './scatterValues';

/** The scatter's two axes: values per row and what to call them. */
export interface PlottedAxes {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Axis titles, with units ("… (standardized, SD from mean)", "PC1 (44% of variance)"). */
  readonly xTitle: string;
  readonly yTitle: string;
  /** What the axes are, for the table's headers: the column names, or "PC1", "PC2". */
  readonly xName: string;
  readonly yName: string;
  /** "Clustered on 3 columns; plotted: …", whenever not every clustered column is an axis. */
  readonly caption: string | null;
  /** A centroid (original units, one value per clustered column) placed on these axes. */
  readonly place: (centroid: readonly number[]) => [number, number];
}

export interface PlotInput {
  readonly featureNames: readonly string[];
  /** Clustered columns in original units, one value per table row. */
  readonly featureValues: readonly Float64Array[];
  /** The clustering's standardization (StandardScaler mean and scale per column). */
  readonly mean: readonly number[];
  readonly scale: readonly number[];
}

const EMPTY = new Float64Array(0);
const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Two clustered columns (indices into them) as axes, in original or standardized units. */
export function columnAxes(input: PlotInput, view: { x: number; y: number }, units: Units): PlottedAxes {
  return runToEnd(columnAxesSteps(input, view, units));
}

/** {@link columnAxes} a slice of rows at a time (no work at all in original units). */
export function* columnAxesSteps(
  input: PlotInput,
  view: { x: number; y: number },
  units: Units,
): Sliced<PlottedAxes> {
  const { featureNames, featureValues, mean, scale } = input;
  const along = (j: number): Sliced<Float64Array> =>
    toUnitsSteps(featureValues[j] ?? EMPTY, mean[j] ?? 0, scale[j] ?? 1, units);
  const inUnits = (c: readonly number[], j: number): number =>
    units === 'original' ? (c[j] ?? NaN) : ((c[j] ?? NaN) - (mean[j] ?? 0)) / (scale[j] || 1);
  const xName = featureNames[view.x] ?? 'x';
  const yName = featureNames[view.y] ?? 'y';
  const others = featureNames.filter((_, j) => j !== view.x && j !== view.y);
  const x = yield* along(view.x);
  const y = yield* along(view.y);
  return {
    x,
    y,
    xTitle: axisTitle(xName, units),
    yTitle: axisTitle(yName, units),
    xName,
    yName,
    caption:
      others.length === 0
        ? null
        : `Clustered on ${featureNames.length} columns; plotted: ${xName} and ${yName} ` +
          `(not shown: ${others.join(', ')}).`,
    place: (c) => [inUnits(c, view.x), inUnits(c, view.y)],
  };
}

/**
 * The first two principal components of the standardized clustered columns (the space K-Means
 * worked in), fitted on the clustered rows (`clusteredRows[row] ≥ 0`) as scikit-learn's PCA would
 * be; centroids are standardized and projected the same way.
 */
export function pcaAxes(input: PlotInput, clusteredRows: Int32Array): PlottedAxes & { model: PcaModel } {
  return runToEnd(pcaAxesSteps(input, clusteredRows));
}

/**
 * {@link pcaAxes} a slice of rows at a time: at a million rows the standardizing, fit and projection
 * are a quarter second or more, which the main thread must not spend in one task.
 */
export function* pcaAxesSteps(
  input: PlotInput,
  clusteredRows: Int32Array,
): Sliced<PlottedAxes & { model: PcaModel }> {
  const { featureNames, featureValues, mean, scale } = input;
  const standardized: Float64Array[] = [];
  for (const [j, values] of featureValues.entries()) {
    standardized.push(yield* toUnitsSteps(values, mean[j] ?? 0, scale[j] ?? 1, 'standardized'));
  }
  const model = yield* fitPcaSteps(standardized, 2, (row) => (clusteredRows[row] ?? -1) >= 0);
  const [pc1 = EMPTY, pc2 = EMPTY] = yield* projectColumnsSteps(model, standardized);
  const [r1 = 0, r2 = 0] = model.explainedVarianceRatio;
  return {
    model,
    x: pc1,
    y: pc2,
    xTitle: `PC1 (${percent(r1)} of variance)`,
    yTitle: `PC2 (${percent(r2)} of variance)`,
    xName: 'PC1',
    yName: 'PC2',
    caption:
      `Clustered on ${featureNames.length} columns; plotted: the first two principal components of ` +
      `the standardized columns (together ${percent(r1 + r2)} of their variance).`,
    place: (c) => {
      const [a = NaN, b = NaN] = projectPoint(
        model,
        c.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] || 1)),
      );
      return [a, b];
    },
  };
}
