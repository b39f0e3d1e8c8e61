import { describe, expect, it } from 'vitest';
import { calinskiHarabasz, silhouette } from '../../../src/core/cluster/quality';
import { blobs, pointsFromRows } from './helpers';

describe('silhouette', () => {
  it('matches a hand computation', () => {
    // Points 0, 1 | 4: a(0) = 1, b(0) = 4 -> 0.75; a(1) = 1, b(1) = 3 -> 2/3; singleton -> 0.
    const p = pointsFromRows([[0], [1], [4]]);
    expect(silhouette(p, new Int32Array([0, 0, 1]), 2)).toBeCloseTo((0.75 + 2 / 3 + 0) / 3, 14);
  });

  it('is NaN when undefined', () => {
    const p = pointsFromRows([[0], [1], [4]]);
    expect(silhouette(p, new Int32Array([0, 0, 0]), 1)).toBeNaN();
    expect(silhouette(p, new Int32Array([0, 1, 2]), 3)).toBeNaN();
  });

  it('samples reproducibly above sampleSize and stays close to the exact value', () => {
    const rows = blobs(2, 3, 200, 2, 10, 30);
    const p = pointsFromRows(rows);
    const labels = new Int32Array(rows.length).map((_, i) => Math.floor(i / 200));
    const exact = silhouette(p, labels, 3);
    const a = silhouette(p, labels, 3, { sampleSize: 150, seed: 1 });
    expect(silhouette(p, labels, 3, { sampleSize: 150, seed: 1 })).toBe(a);
    expect(Math.abs(a - exact)).toBeLessThan(0.05);
  });
});

describe('calinskiHarabasz', () => {
  it('matches a hand computation', () => {
    // 0, 2 | 10, 12: W = 4, B = 4 * 25 = 100, (100 / 1) / (4 / 2) = 50.
    const p = pointsFromRows([[0], [2], [10], [12]]);
    expect(calinskiHarabasz(p, new Int32Array([0, 0, 1, 1]), 2)).toBe(50);
  });

  it('is NaN when undefined and 1 when clusters are points', () => {
    const p = pointsFromRows([[0], [0], [3]]);
    expect(calinskiHarabasz(p, new Int32Array([0, 0, 0]), 1)).toBeNaN();
    expect(calinskiHarabasz(p, new Int32Array([0, 0, 1]), 2)).toBe(1);
  });
});
