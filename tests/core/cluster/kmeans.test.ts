import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import { kmeans } from '../../reference/cluster/kmeans';
import { resolveKMeansOptions, restartSettings } from '../../../src/core/cluster/options';
import { kmeansRestart, pickBest } from '../../../src/core/cluster/restart';
import type { RestartResult } from '../../../src/core/cluster/results';
import { blobs, pointsFromRows } from './helpers';

describe('kmeans: hand-computed cases', () => {
  it('splits 0, 1, 10, 11 into two pairs', () => {
    const r = kmeans(pointsFromRows([[10], [0], [11], [1]]), { k: 2 });
    // Equal sizes: the cluster with the lexicographically smaller centroid is numbered 0.
    expect(r.centroids).toEqual([[0.5], [10.5]]);
    expect(r.sizes).toEqual([2, 2]);
    expect(Array.from(r.labels)).toEqual([1, 0, 1, 0]);
    expect(r.inertia).toBe(1);
    expect(r.warnings).toEqual([]);
  });

  it('k = 1 gives the mean and the total sum of squares', () => {
    const r = kmeans(
      pointsFromRows([
        [0, 0],
        [2, 0],
        [4, 3],
      ]),
      { k: 1 },
    );
    expect(r.centroids).toEqual([[2, 1]]);
    expect(r.inertia).toBe(4 + 1 + 0 + 1 + 4 + 4);
    // As scikit-learn: the first pass moves the seed to the mean, the second sees no label change.
    expect(r.iterations).toBe(2);
  });

  it('numbers clusters by size, largest first', () => {
    const r = kmeans(pointsFromRows([[0], [100], [101], [102]]), { k: 2 });
    expect(r.sizes).toEqual([3, 1]);
    expect(r.centroids).toEqual([[101], [0]]);
    expect(Array.from(r.labels)).toEqual([1, 0, 0, 0]);
  });
});

describe('kmeans: degenerate input', () => {
  it('one row', () => {
    const one = pointsFromRows([[3, 4]]);
    expect(kmeans(one, { k: 1 })).toMatchObject({
      centroids: [[3, 4]],
      sizes: [1],
      inertia: 0,
      warnings: [],
    });
    const r = kmeans(one, { k: 3 });
    expect(r.sizes).toEqual([1, 0, 0]);
    expect(r.centroids).toEqual([
      [3, 4],
      [3, 4],
      [3, 4],
    ]);
    expect(r.warnings).toEqual(['Only 1 distinct point for k = 3: 2 clusters are empty duplicates.']);
  });

  it('identical rows', () => {
    const r = kmeans(
      pointsFromRows([
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
      { k: 2 },
    );
    expect(r.sizes).toEqual([4, 0]);
    expect(r.inertia).toBe(0);
    expect(r.centroids.flat().every(Number.isFinite)).toBe(true);
  });

  it('k above the number of distinct points', () => {
    const r = kmeans(pointsFromRows([[0], [0], [5], [5], [9]]), { k: 5 });
    expect(r.sizes).toEqual([2, 2, 1, 0, 0]);
    expect(r.inertia).toBe(0);
    expect(r.warnings[0]).toBe('Only 3 distinct points for k = 5: 2 clusters are empty duplicates.');
    expect(Array.from(r.labels)).toEqual([0, 0, 1, 1, 2]);
  });

  it('exactly k distinct points are each their own cluster', () => {
    const r = kmeans(pointsFromRows([[0], [0], [5], [9]]), { k: 3 });
    expect(r.sizes).toEqual([2, 1, 1]);
    expect(r.inertia).toBe(0);
    expect(r.warnings).toEqual([]);
  });

  it('a zero-variance column does not disturb the others', () => {
    const r = kmeans(
      pointsFromRows([
        [0, 7],
        [1, 7],
        [10, 7],
        [11, 7],
      ]),
      { k: 2 },
    );
    expect(r.centroids).toEqual([
      [0.5, 7],
      [10.5, 7],
    ]);
  });

  it('rejects empty data and bad options with readable messages', () => {
    expect(() => kmeans(pointsFromRows([]), { k: 1 })).toThrow(/no rows/);
    expect(() => kmeans(pointsFromRows([[1]]), { k: 0 })).toThrow(/k must be/);
    expect(() => kmeans(pointsFromRows([[1]]), { k: 2.5 })).toThrow(/k must be/);
    expect(() => kmeans(pointsFromRows([[1]]), { k: 1, nInit: 0 })).toThrow(/nInit/);
  });

  it('warns when maxIter runs out', () => {
    const r = kmeans(pointsFromRows(blobs(3, 6, 40, 2, 30, 20)), { k: 6, maxIter: 1, tol: 0 });
    expect(r.iterations).toBe(1);
    expect(r.warnings.some((w) => /without fully converging/.test(w))).toBe(true);
  });
});

describe('kmeans: seeded reproducibility and restart distribution', () => {
  const points = pointsFromRows(blobs(11, 4, 30, 3, 20, 10));

  it('same seed, same result; different seed may differ but stays valid', () => {
    const a = kmeans(points, { k: 4, seed: 5 });
    const b = kmeans(points, { k: 4, seed: 5 });
    expect(b).toEqual(a);
    const c = kmeans(points, { k: 4, seed: 6 });
    expect(c.sizes.reduce((s, v) => s + v, 0)).toBe(points.n);
  });

  it('restarts run in any order or split give the same answer as kmeans()', () => {
    const options = resolveKMeansOptions({ k: 4, nInit: 7, seed: 3 });
    const ds = prepareDataset(points);
    const settings = restartSettings(ds, options);
    const order = [6, 2, 0, 5, 1, 4, 3];
    const workerA: RestartResult[] = [];
    const workerB: RestartResult[] = [];
    order.forEach((r, i) => (i % 2 ? workerA : workerB).push(kmeansRestart(ds, 4, r, 3, settings)));
    const best = pickBest([...workerA, ...workerB]);
    expect(finalizeKMeans(ds, best, options.maxIter)).toEqual(kmeans(points, options));
  });

  it('pickBest prefers the lowest restart index on equal inertia', () => {
    const base = { k: 1, centers: new Float64Array(1), iterations: 1, converged: true, distinct: null };
    const best = pickBest([
      { ...base, restart: 3, inertia: 2 },
      { ...base, restart: 1, inertia: 2 },
      { ...base, restart: 2, inertia: 5 },
    ]);
    expect(best.restart).toBe(1);
    expect(() => pickBest([])).toThrow();
  });
});
