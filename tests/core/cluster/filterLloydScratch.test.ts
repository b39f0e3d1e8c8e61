import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { buildKdTree } from '../../../src/core/cluster/kdtree/kdTree';
import { filterScratch } from '../../../src/core/cluster/kdtree/treeScratch';
import { treeStrategy } from '../../../src/core/cluster/kdtree/treeStrategy';
import { restartRandom } from '../../../src/core/cluster/random';
import { kmeansRestart } from '../../../src/core/cluster/restart';
import { blobs, pointsFromRows } from './helpers';

// filterLloyd does not clear its box owners and labels between restarts: whatever the last run
// left there (or anything at all) must not change a result.

const rowsArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.nat(1_000_000), fc.integer({ min: 20, max: 400 }))
    .map(([d, seed, n]) => {
      const rng = restartRandom(seed, 1, 0, 1);
      return Array.from({ length: n }, () => Array.from({ length: d }, () => rng.nextFloat() * 10));
    }),
  // Integer grid data with many duplicates and exact ties.
  fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }), {
    minLength: 20,
    maxLength: 300,
  }),
  fc.tuple(fc.integer({ min: 2, max: 6 }), fc.nat(10_000)).map(([k, seed]) => blobs(seed, k, 50, 2, 12, 20)),
);

describe('filterLloyd with leftover scratch', () => {
  it('property: arbitrary box owners and labels left in the scratch change nothing', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 1, max: 10 }),
        fc.nat(20),
        fc.integer({ min: 1, max: 20 }),
        fc.nat(1_000_000),
        (rows, k, restart, leafSize, garbage) => {
          const ds = prepareDataset(pointsFromRows(rows));
          const settings = { maxIter: 300, tolAbs: 1e-4 * ds.meanVariance };
          const fresh = kmeansRestart(
            ds,
            k,
            restart,
            42,
            settings,
            treeStrategy(ds, buildKdTree(ds, leafSize)),
          );
          const tree = buildKdTree(ds, leafSize);
          const { owner, labelsT } = filterScratch(tree, ds.n);
          const rng = restartRandom(garbage, 1, 0, 1);
          for (let v = 0; v < owner.length; v++) owner[v] = rng.nextBelow(k + 3) - 1;
          for (let p = 0; p < labelsT.length; p++) labelsT[p] = rng.nextBelow(k + 3) - 1;
          expect(kmeansRestart(ds, k, restart, 42, settings, treeStrategy(ds, tree))).toEqual(fresh);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a first pass that reproduces leftover labels still counts as a change (no early stop)', () => {
    const ds = prepareDataset(pointsFromRows(blobs(3, 3, 60, 2, 6, 30)));
    const tree = buildKdTree(ds, 4);
    const strategy = treeStrategy(ds, tree);
    const settings = { maxIter: 300, tolAbs: 0 };
    const first = kmeansRestart(ds, 3, 0, 42, settings, strategy);
    // The same restart again on the scratch the first left: labels and owners already match its
    // first pass's wherever it ends where it started, yet the iteration count must not drop.
    expect(kmeansRestart(ds, 3, 0, 42, settings, strategy)).toEqual(first);
    expect(first.iterations).toBeGreaterThanOrEqual(2);
  });
});
