import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPca, projectColumns, projectPoint, symmetricEigen } from '../../../src/core/stats/pca';
import { standardize } from '../../../src/core/stats/standardize';

interface ReferenceCase {
  readonly name: string;
  readonly data: number[][];
  readonly components: number[][];
  readonly explained_variance: number[];
  readonly explained_variance_ratio: number[];
  readonly scores: number[][];
}

/** Computed by scikit-learn: see tests/fixtures/pca/make.py. */
const REFERENCE = JSON.parse(readFileSync('tests/fixtures/pca/reference.json', 'utf8')) as {
  cases: ReferenceCase[];
};

const columnsOf = (rows: readonly number[][]): Float64Array[] =>
  (rows[0] ?? []).map((_, j) => Float64Array.from(rows, (row) => row[j] as number));

describe('fitPca against scikit-learn', () => {
  for (const reference of REFERENCE.cases) {
    it(`${reference.name}: components with sklearn's signs, variances and scores`, () => {
      const z = standardize(columnsOf(reference.data)).columns;
      const model = fitPca(z, 2);
      model.components.forEach((component, c) =>
        component.forEach((w, j) => expect(w).toBeCloseTo(reference.components[c]?.[j] as number, 10)),
      );
      model.explainedVariance.forEach((v, c) =>
        expect(v).toBeCloseTo(reference.explained_variance[c] as number, 10),
      );
      model.explainedVarianceRatio.forEach((v, c) =>
        expect(v).toBeCloseTo(reference.explained_variance_ratio[c] as number, 10),
      );
      const [pc1, pc2] = projectColumns(model, z);
      reference.scores.forEach(([s1, s2], i) => {
        expect(pc1?.[i]).toBeCloseTo(s1 as number, 9);
        expect(pc2?.[i]).toBeCloseTo(s2 as number, 9);
      });
      // A point projects as its row does.
      const row = z.map((column) => column[3] as number);
      expect(projectPoint(model, row)[0]).toBeCloseTo(pc1?.[3] as number, 12);
    });
  }
});

describe('fitPca', () => {
  it('fits on the included, complete rows only, and scores a row with a missing value NaN', () => {
    const x = Float64Array.from([1, 2, 3, 4, NaN, 100]);
    const y = Float64Array.from([2, 4, 6, 8, 1, -100]);
    const model = fitPca([x, y], 2, (row) => row !== 5);
    expect(model.mean[0]).toBeCloseTo(2.5, 12);
    expect(model.explainedVarianceRatio[0]).toBeCloseTo(1, 12);
    expect(Math.abs(model.components[0]?.[1] as number)).toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(Number.isNaN(projectColumns(model, [x, y])[0]?.[4])).toBe(true);
  });

  it('symmetricEigen: A v = λ v, vectors orthonormal (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 64, maxLength: 64 }),
        (d, raw) => {
          const a = new Float64Array(d * d);
          for (let i = 0; i < d; i++)
            for (let j = 0; j <= i; j++) a[i * d + j] = a[j * d + i] = raw[i * 8 + j] as number;
          const { values, vectors } = symmetricEigen(a);
          const scale = Math.max(1, ...Array.from(a, Math.abs));
          for (let c = 0; c < d; c++)
            for (let i = 0; i < d; i++) {
              let av = 0;
              for (let j = 0; j < d; j++) av += (a[i * d + j] as number) * (vectors[j * d + c] as number);
              expect(Math.abs(av - (values[c] as number) * (vectors[i * d + c] as number))).toBeLessThan(
                1e-9 * scale,
              );
            }
          for (let c = 0; c < d; c++)
            for (let e = 0; e < d; e++) {
              let dot = 0;
              for (let i = 0; i < d; i++)
                dot += (vectors[i * d + c] as number) * (vectors[i * d + e] as number);
              expect(dot).toBeCloseTo(c === e ? 1 : 0, 9);
            }
        },
      ),
    );
  });
});
