import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../reference/dataset/runAnalysis';

// The sample has no quotes, so plain splitting reads it.
const rows = readFileSync('public/Mall_Customers.csv', 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(','));
const column = (j: number): Float64Array => Float64Array.from(rows, (r) => Number(r[j]));

describe('runAnalysis on Mall_Customers (income, spending score)', () => {
  // scikit-learn's KMeans(n_init = 10) exactly, as reference.json has it.
  const result = runAnalysis({
    columns: [column(3), column(4)],
    missing: 'drop',
    kMax: 10,
    nInit: 10,
    seed: 42,
    matchSklearn: true,
  });

  it('standardizes like StandardScaler and sweeps k = 1..10', () => {
    expect(result.mean[0]).toBeCloseTo(60.56, 9);
    expect(result.mean[1]).toBeCloseTo(50.2, 9);
    expect(result.scale[0]).toBeCloseTo(26.19897707926781, 9);
    expect(result.scale[1]).toBeCloseTo(25.7588819633151, 9);
    expect(result.byK.map((r) => r.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.byK[0]?.inertia).toBeCloseTo(400, 9);
    expect(result.byK.every((r) => r.restarts === 10)).toBe(true);
    expect(result.suggestion.k).toBe(5);
  });

  it('labels every row at k = 5 with sizes 81, 39, 35, 23, 22 and centroids in original units', () => {
    const k5 = result.byK[4];
    if (k5 === undefined) throw new Error('no k = 5');
    expect(k5.rowLabels.length).toBe(200);
    expect(k5.sizes).toEqual([81, 39, 35, 23, 22]);
    expect(k5.centroids[0]?.[0]).toBeCloseTo(55.296, 2);
    expect(k5.centroids[0]?.[1]).toBeCloseTo(49.519, 2);
  });

  it('leaves rows with a hole out, labelled -1, and says so', () => {
    const income = column(3);
    income[10] = Number.NaN;
    const dropped = runAnalysis({
      columns: [income, column(4)],
      missing: 'drop',
      kMax: 4,
      nInit: 2,
      seed: 1,
    });
    expect(dropped.clusteredRows).toBe(199);
    expect(dropped.incompleteRows).toEqual([10]);
    expect(dropped.byK[3]?.rowLabels[10]).toBe(-1);
    const filled = runAnalysis({ columns: [income, column(4)], missing: 'mean', kMax: 4, nInit: 2, seed: 1 });
    expect(filled.clusteredRows).toBe(200);
    expect(filled.byK[3]?.rowLabels[10]).toBeGreaterThanOrEqual(0);
  });

  it('caps k at the number of rows and refuses too little to cluster', () => {
    const three = runAnalysis({
      columns: [Float64Array.from([1, 2, 3]), Float64Array.from([3, 2, 1])],
      missing: 'drop',
      kMax: 10,
      nInit: 3,
      seed: 7,
    });
    expect(three.byK.map((r) => r.k)).toEqual([1, 2, 3]);
    expect(() =>
      runAnalysis({
        columns: [Float64Array.from([1]), Float64Array.from([2])],
        missing: 'drop',
        kMax: 10,
        nInit: 1,
        seed: 1,
      }),
    ).toThrow(/at least 2/);
    expect(() =>
      runAnalysis({ columns: [Float64Array.from([1, 2])], missing: 'drop', kMax: 10, nInit: 1, seed: 1 }),
    ).toThrow(/two numeric columns/);
  });
});
