import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDataset, type Dataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import { buildKdTree, type KdTree } from '../../../src/core/cluster/kdtree/kdTree';
import { kmeansPlusPlusTree } from '../../../src/core/cluster/kdtree/seeding/kmeansPlusPlusTree';
import { filterScratch } from '../../../src/core/cluster/kdtree/treeScratch';
import { treeStrategy } from '../../../src/core/cluster/kdtree/treeStrategy';
import { kmeansPlusPlus } from '../../../src/core/cluster/lloyd/kmeansPlusPlus';
import { restartRandom } from '../../../src/core/cluster/random';
import { kmeansRestart, kmeansRestarts } from '../../../src/core/cluster/restart';
import { blobs, pointsFromRows } from './helpers';

// The kd-tree has loops unrolled for two features (tree build, box filter, leaf passes, weighing
// k-means++ candidates). The same points with a third, all-zero feature take the general loops and
// must give the very same tree, seeds, centres, iterations, inertia, labels and per-node state:
// every term the zero feature adds is an exact 0.

const settings = { maxIter: 300, tolAbs: 1e-6 };

const twoFeatureRows = fc.oneof(
  fc.tuple(fc.nat(1_000_000), fc.integer({ min: 30, max: 400 })).map(([seed, n]) => {
    const rng = restartRandom(seed, 1, 0, 1);
    return Array.from({ length: n }, () => [rng.nextFloat() * 10, rng.nextFloat() * 10]);
  }),
  // Integer grid data with many duplicates and exact ties.
  fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }), {
    minLength: 20,
    maxLength: 300,
  }),
  fc.tuple(fc.integer({ min: 2, max: 6 }), fc.nat(10_000)).map(([k, seed]) => blobs(seed, k, 50, 2, 12, 20)),
);

const padded = (rows: readonly (readonly number[])[]) => rows.map((r) => [...r, 0]);

/** Coordinates j < 2 of a row-major array of width d. */
function firstTwo(values: Float64Array, d: number): number[] {
  return Array.from(values).filter((_, i) => i % d < 2);
}

function expectSameTree(a: KdTree, b: KdTree): void {
  expect([b.nodes, b.depth]).toEqual([a.nodes, a.depth]);
  for (const key of ['perm', 'lo', 'hi', 'left', 'right'] as const) {
    expect(Array.from(b[key])).toEqual(Array.from(a[key]));
  }
  for (const key of ['bmin', 'bmax', 'sum'] as const) expect(firstTwo(b[key], 3)).toEqual(Array.from(a[key]));
  expect(Array.from(b.m2)).toEqual(Array.from(a.m2));
}

function twoAndThree(rows: readonly (readonly number[])[], leafSize: number) {
  const ds2 = prepareDataset(pointsFromRows(rows));
  const ds3 = prepareDataset(pointsFromRows(padded(rows)));
  return { ds2, ds3, tree2: buildKdTree(ds2, leafSize), tree3: buildKdTree(ds3, leafSize) };
}

function distinctCount(ds: Dataset): number {
  const seen = new Set<string>();
  for (let i = 0; i < ds.n; i++) seen.add(`${ds.x[2 * i]},${ds.x[2 * i + 1]}`);
  return seen.size;
}

describe('two-feature kd-tree paths equal the general ones', () => {
  it('property: same tree, seeds, restarts, labels and node state as with a zero third feature', () => {
    fc.assert(
      fc.property(
        twoFeatureRows,
        fc.integer({ min: 1, max: 10 }),
        fc.nat(20),
        fc.integer({ min: 1, max: 20 }),
        (rows, k, restart, leafSize) => {
          const { ds2, ds3, tree2, tree3 } = twoAndThree(rows, leafSize);
          expectSameTree(tree2, tree3);
          const s2 = treeStrategy(ds2, tree2);
          const s3 = treeStrategy(ds3, tree3);
          if (distinctCount(ds2) >= k) {
            const seeds2 = kmeansPlusPlusTree(ds2, tree2, k, restartRandom(42, k, restart, ds2.n));
            const seeds3 = kmeansPlusPlusTree(ds3, tree3, k, restartRandom(42, k, restart, ds3.n));
            expect(Array.from(seeds2)).toEqual(Array.from(seeds3));
          }
          const r2 = kmeansRestart(ds2, k, restart, 42, settings, s2);
          const r3 = kmeansRestart(ds3, k, restart, 42, settings, s3);
          expect(firstTwo(r3.centers, 3)).toEqual(Array.from(r2.centers));
          expect([r2.iterations, r2.converged, r2.inertia]).toEqual([
            r3.iterations,
            r3.converged,
            r3.inertia,
          ]);
          // The filtering loop's own state after the run: box owners and labels by tree position.
          if (r2.distinct === null) {
            const f2 = filterScratch(tree2, ds2.n);
            const f3 = filterScratch(tree3, ds3.n);
            expect(Array.from(f2.owner)).toEqual(Array.from(f3.owner));
            expect(Array.from(f2.labelsT)).toEqual(Array.from(f3.labelsT));
          }
          expect(s2.label(r2.centers, k, new Int32Array(ds2.n))).toEqual(
            s3.label(r3.centers, k, new Int32Array(ds3.n)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('20,000 rows: tree seeds, centres, iterations and labels equal the plain loops for k = 2..10', () => {
    const rows = blobs(7, 5, 4000, 2, 18, 20);
    const ds = prepareDataset(pointsFromRows(rows));
    const tree = buildKdTree(ds);
    const strategy = treeStrategy(ds, tree);
    const s = { maxIter: 300, tolAbs: 1e-4 * ds.meanVariance };
    for (const k of [2, 3, 5, 8, 10]) {
      for (const restart of [0, 1]) {
        const rng = () => restartRandom(42, k, restart, ds.n);
        expect(Array.from(kmeansPlusPlusTree(ds, tree, k, rng()))).toEqual(
          Array.from(kmeansPlusPlus(ds, k, rng())),
        );
        const fast = kmeansRestart(ds, k, restart, 42, s, strategy);
        const plain = kmeansRestart(ds, k, restart, 42, s);
        expect(Array.from(fast.centers)).toEqual(Array.from(plain.centers));
        expect([fast.iterations, fast.converged]).toEqual([plain.iterations, plain.converged]);
        expect(Math.abs(fast.inertia - plain.inertia)).toBeLessThanOrEqual(1e-12 * plain.inertia);
        expect(finalizeKMeans(ds, fast, 300, strategy).labels).toEqual(finalizeKMeans(ds, plain, 300).labels);
      }
    }
  });

  it('property: reused seeding and filtering buffers leak nothing between restarts and k', () => {
    fc.assert(
      fc.property(
        twoFeatureRows,
        fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 4 }),
        fc.uniqueArray(fc.nat(12), { minLength: 1, maxLength: 4 }),
        (rows, ks, restarts) => {
          const ds = prepareDataset(pointsFromRows(rows));
          const shared = treeStrategy(ds, buildKdTree(ds, 4));
          const together = ks.map((k) => kmeansRestarts(ds, k, restarts, 42, settings, shared));
          const fresh = ks.map((k) =>
            restarts.map((r) => kmeansRestart(ds, k, r, 42, settings, treeStrategy(ds, buildKdTree(ds, 4)))),
          );
          expect(together).toEqual(fresh);
        },
      ),
      { numRuns: 60 },
    );
  });
});
