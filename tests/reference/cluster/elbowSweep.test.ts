import { describe, expect, it } from 'vitest';
import { elbowSweep } from './elbowSweep';
import { kmeans } from './kmeans';
import { blobs, pointsFromRows } from '../../core/cluster/helpers';

describe('elbowSweep', () => {
  const points = pointsFromRows(blobs(5, 3, 20, 2, 8, 25));

  it('holds k = kMin + i at index i, each equal to kmeans() for that k', () => {
    const sweep = elbowSweep(points, { kMin: 2, kMax: 5, nInit: 3, seed: 9 });
    expect(sweep.map((r) => r.k)).toEqual([2, 3, 4, 5]);
    expect(sweep[1]).toEqual(kmeans(points, { k: 3, nInit: 3, seed: 9 }));
  });

  it('reports progress per finished restart', () => {
    const seen: [number, number][] = [];
    elbowSweep(points, { kMax: 3, nInit: 2, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
  });

  it('caps kMax at n and returns nothing for empty data', () => {
    expect(elbowSweep(pointsFromRows([[1], [2], [3]])).map((r) => r.k)).toEqual([1, 2, 3]);
    expect(elbowSweep(pointsFromRows([]))).toEqual([]);
  });
});
