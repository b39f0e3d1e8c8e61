import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runToEnd, SLICE_ROWS, type Sliced } from '../../src/core/schedule/sliced';
import {
  columnAxes,
  columnAxesSteps,
  pcaAxesSteps,
  type PlotInput,
} from '../../src/features/results/plotView';
import { standardized } from '../reference/charts/scatterPasses';
import { fitPca, projectColumns } from '../reference/stats/pcaOneLoop';

function stepped<T>(job: Sliced<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = job.next();
    if (step.done === true) return { value: step.value, yields };
    yields++;
  }
}

/** d seeded, correlated columns with a few NaN, and some rows left out of the clustering. */
function plotInput(seed: number, n: number, d: number): { input: PlotInput; clustered: Int32Array } {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const base = Float64Array.from({ length: n }, () => rand() * 100);
  const featureValues = Array.from({ length: d }, (_, j) =>
    base.map((b) => (rand() < 0.01 ? NaN : b * (j + 1) * 0.3 + rand() * 40)),
  );
  const mean = featureValues.map((c) => c.reduce((a, v) => (Number.isNaN(v) ? a : a + v), 0) / n);
  const scale = featureValues.map((_, j) => 10 + j);
  const clustered = Int32Array.from({ length: n }, () => (rand() < 0.05 ? -1 : 0));
  return {
    input: { featureNames: Array.from({ length: d }, (_, j) => `c${j}`), featureValues, mean, scale },
    clustered,
  };
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe('plot axes a slice at a time', () => {
  it('PCA: the same components and scores as the one-loop fit, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 3, max: 2 * SLICE_ROWS + 3 }),
        fc.integer({ min: 3, max: 6 }),
        (seed, n, d) => {
          const { input, clustered } = plotInput(seed, n, d);
          const { value, yields } = stepped(pcaAxesSteps(input, clustered));
          expect(yields).toBeGreaterThanOrEqual(Math.floor(n / SLICE_ROWS));
          const z = input.featureValues.map((c, j) => standardized(c, input.mean[j]!, input.scale[j]!));
          const model = fitPca(z, 2, (row) => (clustered[row] ?? -1) >= 0);
          const [pc1, pc2] = projectColumns(model, z);
          expect(same(value.x, pc1!) && same(value.y, pc2!)).toBe(true);
          expect(value.model.explainedVarianceRatio).toEqual(model.explainedVarianceRatio);
          expect(value.model.components.map((c) => Array.from(c))).toEqual(
            model.components.map((c) => Array.from(c)),
          );
          expect(value.xTitle).toMatch(/^PC1 \(\d+% of variance\)$/);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('standardized columns: the values Float64Array.map gave; original units: the columns themselves', () => {
    const { input } = plotInput(11, SLICE_ROWS + 100, 3);
    const { value, yields } = stepped(columnAxesSteps(input, { x: 2, y: 0 }, 'standardized'));
    expect(yields).toBe(2);
    expect(same(value.x, standardized(input.featureValues[2]!, input.mean[2]!, input.scale[2]!))).toBe(true);
    expect(same(value.y, standardized(input.featureValues[0]!, input.mean[0]!, input.scale[0]!))).toBe(true);
    const original = stepped(columnAxesSteps(input, { x: 1, y: 2 }, 'original'));
    expect(original.yields).toBe(0);
    expect(original.value.x).toBe(input.featureValues[1]);
    expect(runToEnd(columnAxesSteps(input, { x: 1, y: 2 }, 'original')).caption).toBe(
      columnAxes(input, { x: 1, y: 2 }, 'original').caption,
    );
  });
});
