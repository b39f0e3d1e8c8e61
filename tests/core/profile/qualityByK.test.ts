import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numericColumn } from '../../reference/csv/numericColumn';
import { parseTable } from '../../reference/csv/parseTable';
import { runAnalysis } from '../../reference/dataset/runAnalysis';
import { bestSilhouetteK, qualityByK } from '../../../src/core/profile/qualityByK';

describe('qualityByK on Mall_Customers', () => {
  const table = parseTable(readFileSync('public/Mall_Customers.csv', 'utf8')).table!;
  const columns = [3, 4].map((i) => numericColumn(table, i));
  const analysis = runAnalysis({
    columns,
    missing: 'drop',
    kMax: 10,
    nInit: 10,
    seed: 42,
    matchSklearn: true,
  });
  const quality = qualityByK({
    columns,
    mean: analysis.mean,
    scale: analysis.scale,
    byK: analysis.byK,
    seed: 42,
  });

  it('scores every k, undefined at k = 1', () => {
    expect(quality.map((q) => q.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(quality[0]?.silhouette).toBeNaN();
    expect(quality[0]?.calinskiHarabasz).toBeNaN();
  });

  it('agrees with scikit-learn at k = 5 and picks k = 5 by silhouette', () => {
    // sklearn.metrics.silhouette_score on the standardised features: 0.5547.
    expect(quality[4]?.silhouette).toBeCloseTo(0.5547, 3);
    expect(quality[4]?.calinskiHarabasz).toBeGreaterThan(240);
    expect(bestSilhouetteK(quality)).toBe(5);
  });

  it('skips rows left out of the clustering', () => {
    const labels = analysis.byK.map((r) => {
      const rowLabels = r.rowLabels.slice();
      rowLabels[0] = -1;
      return { k: r.k, rowLabels };
    });
    const holey = columns.map((c) => {
      const copy = c.slice();
      copy[0] = Number.NaN;
      return copy;
    });
    const q = qualityByK({
      columns: holey,
      mean: analysis.mean,
      scale: analysis.scale,
      byK: labels,
      seed: 42,
    });
    expect(q[4]?.silhouette).toBeGreaterThan(0.5);
    expect(bestSilhouetteK([])).toBeNull();
  });
});
