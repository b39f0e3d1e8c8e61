import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { kmeans } from '../../reference/cluster/kmeans';
import { lloyd } from '../../../src/core/cluster/lloyd/lloyd';
import { restartRandom } from '../../../src/core/cluster/random';
import { kmeansPlusPlus } from '../../../src/core/cluster/lloyd/kmeansPlusPlus';
import { blobs, partitionKey, pointsFromRows } from './helpers';

const rowsArb = (d: number) =>
  fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: d, maxLength: d }), {
    minLength: 8,
    maxLength: 60,
  });

describe('kmeans properties', () => {
  it('inertia never increases across Lloyd steps', () => {
    fc.assert(
      fc.property(rowsArb(2), fc.integer({ min: 2, max: 6 }), fc.nat(1000), (rows, k, seed) => {
        const ds = prepareDataset(pointsFromRows(rows));
        const distinct = new Set(rows.map((r) => r.join(','))).size;
        fc.pre(distinct >= k);
        const seeds = kmeansPlusPlus(ds, k, restartRandom(seed, k, 0, ds.n));
        const start = new Float64Array(k * 2);
        seeds.forEach((row, c) => start.set(ds.x.subarray(row * 2, row * 2 + 2), c * 2));
        let previous = Infinity;
        // Running t passes then relabelling gives the inertia after step t.
        for (let t = 1; t <= 12; t++) {
          const out = lloyd(ds, start.slice(), k, t, 0);
          expect(out.inertia).toBeLessThanOrEqual(previous * (1 + 1e-12));
          previous = out.inertia;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('permuting rows does not change the partition of well-separated data', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.nat(10_000), fc.nat(10_000), (k, dataSeed, permSeed) => {
        const rows = blobs(dataSeed, k, 12, 2, 3);
        const perm = rows.map((_, i) => i);
        const rng = restartRandom(permSeed, 1, 0, 1);
        for (let i = perm.length - 1; i > 0; i--) {
          const j = rng.nextBelow(i + 1);
          [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
        }
        const a = kmeans(pointsFromRows(rows), { k });
        const b = kmeans(pointsFromRows(perm.map((i) => rows[i] as number[])), { k });
        const unpermuted = new Int32Array(rows.length);
        perm.forEach((src, dst) => (unpermuted[src] = b.labels[dst] as number));
        expect(partitionKey(unpermuted)).toEqual(partitionKey(a.labels));
        expect(b.inertia).toBeCloseTo(a.inertia, 9);
      }),
      { numRuns: 40 },
    );
  });

  it('labels are nearest centroids, sizes add up, nothing is NaN', () => {
    fc.assert(
      fc.property(rowsArb(3), fc.integer({ min: 1, max: 8 }), (rows, k) => {
        const r = kmeans(pointsFromRows(rows), { k, nInit: 2 });
        expect(r.sizes.reduce((s, v) => s + v, 0)).toBe(rows.length);
        expect(r.centroids.flat().every(Number.isFinite)).toBe(true);
        expect(Number.isFinite(r.inertia)).toBe(true);
        for (let c = 1; c < k; c++)
          expect(r.sizes[c - 1] as number).toBeGreaterThanOrEqual(r.sizes[c] as number);
        let inertia = 0;
        rows.forEach((row, i) => {
          const dist = r.centroids.map((c) => c.reduce((s, v, j) => s + (v - (row[j] as number)) ** 2, 0));
          const own = dist[r.labels[i] as number] as number;
          expect(own).toBeLessThanOrEqual(Math.min(...dist) + 1e-9);
          inertia += own;
        });
        expect(r.inertia).toBeCloseTo(inertia, 6);
      }),
      { numRuns: 60 },
    );
  });
});
