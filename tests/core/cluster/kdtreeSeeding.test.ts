import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctRows, prepareDataset } from '../../../src/core/cluster/dataset';
import { buildKdTree } from '../../../src/core/cluster/kdtree/kdTree';
import { kmeansPlusPlusTree } from '../../../src/core/cluster/kdtree/seeding/kmeansPlusPlusTree';
import { BLOCK, seedingScratch } from '../../../src/core/cluster/kdtree/treeScratch';
import { kmeansPlusPlus } from '../../../src/core/cluster/lloyd/kmeansPlusPlus';
import { restartRandom } from '../../../src/core/cluster/random';
import { pointsFromRows } from './helpers';

// Tree-pruned k-means++ over several row blocks: captured boxes keep only corner bounds and the
// moment total (no exact D^2 statistics), the last centre is never committed, and draws walk row
// blocks of BLOCK rows. The rows drawn must still be the plain loop's, and the state a commit
// leaves behind (each point's nearest centre, each block's D^2 sum) the plain loop's values.

/** 300..2,300 rows (two to nine row blocks) of d = 1..4 features: integer, one-decimal or continuous. */
const rowsArb = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.constantFrom('integer', 'decimal', 'continuous'),
    fc.nat(1_000_000),
    fc.integer({ min: 300, max: 2300 }),
  )
  .map(([d, kind, seed, n]) => {
    const rng = restartRandom(seed, 1, 0, 1);
    const centres = Array.from({ length: 4 }, () => Array.from({ length: d }, () => rng.nextFloat() * 40));
    return Array.from({ length: n }, () => {
      const c = centres[rng.nextBelow(4)] as number[];
      return c.map((z) => {
        const v = z + (rng.nextFloat() - 0.5) * 12;
        return kind === 'integer' ? Math.round(v) : kind === 'decimal' ? Math.round(v * 10) / 10 : v;
      });
    });
  });

describe('tree k-means++ over several row blocks', () => {
  it('property: draws the rows the plain k-means++ draws', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 2, max: 10 }),
        fc.nat(20),
        fc.integer({ min: 1, max: 24 }),
        (rows, k, restart, leafSize) => {
          const ds = prepareDataset(pointsFromRows(rows));
          fc.pre(distinctRows(ds, k).length >= k);
          const tree = buildKdTree(ds, leafSize);
          const rng = () => restartRandom(42, k, restart, ds.n);
          expect(Array.from(kmeansPlusPlusTree(ds, tree, k, rng()))).toEqual(
            Array.from(kmeansPlusPlus(ds, k, rng())),
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('property: after a run, each point is nearest to its recorded centre and block sums hold its D^2', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 3, max: 10 }), fc.nat(20), (rows, k, restart) => {
        const ds = prepareDataset(pointsFromRows(rows));
        fc.pre(distinctRows(ds, k).length >= k);
        const { n, d, x } = ds;
        const tree = buildKdTree(ds);
        const chosen = kmeansPlusPlusTree(ds, tree, k, restartRandom(42, k, restart, n));
        const { nearest, blockSum } = seedingScratch(tree, n, d);
        // Committed centres: all but the last (no draw reads its D^2).
        const committed = k - 1;
        const dist = (row: number, c: number): number => {
          let s = 0;
          for (let j = 0; j < d; j++) {
            const diff = (x[row * d + j] as number) - (x[(chosen[c] as number) * d + j] as number);
            s += diff * diff;
          }
          return s;
        };
        const sums = new Float64Array(blockSum.length);
        let potential = 0;
        for (let p = 0; p < n; p++) {
          const row = tree.perm[p] as number;
          let best = 0;
          for (let c = 1; c < committed; c++) if (dist(row, c) < dist(row, best)) best = c;
          expect(nearest[p]).toBe(best);
          const b = Math.floor(row / BLOCK);
          sums[b] = (sums[b] as number) + dist(row, best);
          potential += dist(row, best);
        }
        sums.forEach((s, b) =>
          expect(Math.abs((blockSum[b] as number) - s)).toBeLessThanOrEqual(1e-9 * potential),
        );
      }),
      { numRuns: 80 },
    );
  });
});
