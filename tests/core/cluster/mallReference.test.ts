import { describe, expect, it } from 'vitest';
import { elbowSweep } from '../../reference/cluster/elbowSweep';
import { kmeans } from '../../reference/cluster/kmeans';
import { pointsFromColumns } from '../../../src/core/cluster/points';
import { calinskiHarabasz, silhouette } from '../../../src/core/cluster/quality';
import { suggestK } from '../../../src/core/cluster/suggestK';
import { standardize, unstandardizePoint } from '../../../src/core/stats/standardize';
import { loadMallColumns, MALL_REFERENCE as REF } from './reference';

const s = standardize(loadMallColumns());
const points = pointsFromColumns(s.columns);

describe('Mall_Customers against scikit-learn 1.2.1', () => {
  it('standardizes like StandardScaler to 1e-9', () => {
    for (let j = 0; j < 2; j++) {
      expect(s.mean[j]).toBeCloseTo(REF.mean[j] as number, 9);
      expect(Math.abs((s.scale[j] as number) - (REF.scale[j] as number))).toBeLessThan(1e-9);
    }
    REF.firstRowsStandardized.forEach((row, i) =>
      row.forEach((v, j) => expect(Math.abs((s.columns[j]?.[i] as number) - v)).toBeLessThan(1e-9)),
    );
  });

  const sweep = elbowSweep(points);

  it('never has a worse best inertia than scikit-learn, for every k = 1..10', () => {
    expect(sweep.map((r) => r.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    sweep.forEach((r, i) =>
      expect(r.inertia).toBeLessThanOrEqual((REF.inertiaByK[i] as number) * (1 + 1e-6)),
    );
  });

  it('reproduces the k = 5 partition and centroids', () => {
    const r = kmeans(points, { k: 5 });
    expect(r.sizes).toEqual(REF.k5.sizes);
    const centroids = r.centroids.map((c) => unstandardizePoint(c, s));
    centroids.forEach((c, i) =>
      c.forEach((v, j) =>
        expect(Math.abs(v - (REF.k5.centroidsOriginalUnits[i]?.[j] as number))).toBeLessThan(0.01),
      ),
    );
    expect(r.warnings).toEqual([]);
    expect(sweep[4]?.labels).toEqual(r.labels);
  });

  it('suggests k = 5', () => {
    const suggestion = suggestK(
      sweep.map((r) => r.k),
      sweep.map((r) => r.inertia),
    );
    expect(suggestion.k).toBe(5);
    expect(suggestion.reason).toMatch(/k = 5/);
  });

  it('scores silhouette and Calinski-Harabasz like sklearn.metrics', () => {
    for (const k of [2, 5] as const) {
      const labels = sweep[k - 1]?.labels as Int32Array;
      expect(silhouette(points, labels, k)).toBeCloseTo(REF.silhouette[k], 10);
      expect(calinskiHarabasz(points, labels, k)).toBeCloseTo(REF.calinskiHarabasz[k], 8);
    }
  });
});
