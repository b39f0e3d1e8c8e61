import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsStrategy } from '../../../src/core/cluster/bounds/boundsStrategy';
import { chooseStrategy } from '../../../src/core/cluster/chooseStrategy';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import { buildKdTree } from '../../../src/core/cluster/kdtree/kdTree';
import { kmeansPlusPlusTree } from '../../../src/core/cluster/kdtree/seeding/kmeansPlusPlusTree';
import { treeStrategy } from '../../../src/core/cluster/kdtree/treeStrategy';
import { kmeansPlusPlus } from '../../../src/core/cluster/lloyd/kmeansPlusPlus';
import { kmeansRestart, kmeansRestarts } from '../../../src/core/cluster/restart';
import { restartRandom } from '../../../src/core/cluster/random';
import { kmeansWasm } from './bounds/wasm/loadKernels';
import { blobs, pointsFromRows } from './helpers';

const settings = (meanVariance: number) => ({ maxIter: 300, tolAbs: 1e-4 * meanVariance });

const dataArb = fc.oneof(
  // Continuous data.
  fc.tuple(fc.integer({ min: 1, max: 7 }), fc.nat(1_000_000)).map(([d, seed]) => {
    const rng = restartRandom(seed, 1, 0, 1);
    return Array.from({ length: 150 + (seed % 200) }, () =>
      Array.from({ length: d }, () => rng.nextFloat() * 10),
    );
  }),
  // Integer grid data with many duplicates and exact ties.
  fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }), {
    minLength: 20,
    maxLength: 200,
  }),
  // Clustered data.
  fc.tuple(fc.integer({ min: 2, max: 6 }), fc.nat(10_000)).map(([k, seed]) => blobs(seed, k, 40, 2, 12, 20)),
);

describe('kd-tree acceleration equals the plain loops', () => {
  it('builds a tree whose leaves partition the rows and whose sums are exact', () => {
    const ds = prepareDataset(pointsFromRows(blobs(1, 3, 50, 2, 5)));
    const tree = buildKdTree(ds, 4);
    expect(Array.from(tree.perm).sort((a, b) => a - b)).toEqual(Array.from({ length: ds.n }, (_, i) => i));
    let sx = 0;
    for (let i = 0; i < ds.n; i++) sx += ds.x[i * 2] as number;
    expect(tree.sum[0]).toBe(sx);
  });

  it('property: same seeds, same centres bit for bit, same iterations, same labels', () => {
    fc.assert(
      fc.property(dataArb, fc.integer({ min: 1, max: 9 }), fc.nat(5), (rows, k, restart) => {
        const ds = prepareDataset(pointsFromRows(rows));
        const tree = buildKdTree(ds, 1 + (restart % 4) * 5);
        const s = settings(ds.meanVariance);
        const plain = kmeansRestart(ds, k, restart, 42, s);
        for (const fast of [
          kmeansRestart(ds, k, restart, 42, s, treeStrategy(ds, tree)),
          kmeansRestart(ds, k, restart, 42, s, boundsStrategy(ds, null)),
          kmeansRestart(ds, k, restart, 42, s, chooseStrategy(ds, { force: 'bounds', wasm: kmeansWasm })),
        ]) {
          expect(Array.from(fast.centers)).toEqual(Array.from(plain.centers));
          expect(fast.iterations).toBe(plain.iterations);
          expect(fast.converged).toBe(plain.converged);
          expect(Math.abs(fast.inertia - plain.inertia)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, plain.inertia),
          );
          expect(finalizeKMeans(ds, fast, 300).labels).toEqual(finalizeKMeans(ds, plain, 300).labels);
        }
        const viaTree = finalizeKMeans(ds, plain, 300, treeStrategy(ds, tree));
        expect(viaTree).toEqual(finalizeKMeans(ds, plain, 300));
      }),
      { numRuns: 150 },
    );
  });

  it('property: restarts in lockstep give each restart exactly what it gives alone', () => {
    fc.assert(
      fc.property(
        dataArb,
        fc.integer({ min: 1, max: 9 }),
        fc.uniqueArray(fc.nat(12), { minLength: 1, maxLength: 6 }),
        (rows, k, restarts) => {
          const ds = prepareDataset(pointsFromRows(rows));
          const s = settings(ds.meanVariance);
          const wasm = chooseStrategy(ds, { force: 'bounds', wasm: kmeansWasm });
          const together = kmeansRestarts(ds, k, restarts, 42, s, wasm);
          // The lockstep batch first, then the same engine alone: no state may leak between runs.
          const alone = restarts.map((r) => kmeansRestart(ds, k, r, 42, s, wasm));
          const plain = restarts.map((r) => kmeansRestart(ds, k, r, 42, s));
          expect(together).toEqual(alone);
          together.forEach((t, i) => {
            const p = plain[i] as (typeof plain)[number];
            expect(Array.from(t.centers)).toEqual(Array.from(p.centers));
            expect([t.restart, t.iterations, t.converged]).toEqual([p.restart, p.iterations, p.converged]);
            expect(Math.abs(t.inertia - p.inertia)).toBeLessThanOrEqual(1e-12 * Math.max(1, p.inertia));
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('property: tree-pruned seeding draws the same seeds', () => {
    fc.assert(
      fc.property(dataArb, fc.integer({ min: 2, max: 10 }), fc.nat(20), (rows, k, restart) => {
        const ds = prepareDataset(pointsFromRows(rows));
        fc.pre(new Set(rows.map((r) => r.join(','))).size >= k);
        const tree = buildKdTree(ds, 3);
        const a = kmeansPlusPlus(ds, k, restartRandom(7, k, restart, ds.n));
        const b = kmeansPlusPlusTree(ds, tree, k, restartRandom(7, k, restart, ds.n));
        expect(Array.from(b)).toEqual(Array.from(a));
      }),
      { numRuns: 150 },
    );
  });

  it('accelerates many rows only: a tree at low d, bounds above; unless forced', () => {
    const small = prepareDataset(pointsFromRows(blobs(1, 2, 10, 2, 5)));
    expect(chooseStrategy(small).kind).toBe('plain');
    expect(chooseStrategy(small, { force: 'tree' }).kind).toBe('tree');
    expect(chooseStrategy(prepareDataset(pointsFromRows(blobs(1, 2, 1500, 2, 5)))).kind).toBe('tree');
    expect(chooseStrategy(prepareDataset(pointsFromRows(blobs(1, 2, 1500, 6, 5)))).kind).toBe('bounds');
    expect(
      chooseStrategy(prepareDataset(pointsFromRows(blobs(1, 2, 1500, 2, 5))), { force: 'plain' }).kind,
    ).toBe('plain');
  });
});
