import fc from 'fast-check';
import { pointsFromColumns, type Points } from '../../../src/core/cluster/points';
import { createRandom, restartRandom } from '../../../src/core/cluster/random';

/** Points from rows, e.g. [[0, 0], [1, 2]]. */
export function pointsFromRows(rows: readonly (readonly number[])[]): Points {
  const d = rows[0]?.length ?? 0;
  return pointsFromColumns(
    Array.from({ length: d }, (_, j) => new Float64Array(rows.map((r) => r[j] as number))),
  );
}

/** Canonical form of a partition: for each row, the smallest row index in its cluster. */
export function partitionKey(labels: Int32Array): number[] {
  const first = new Map<number, number>();
  return Array.from(labels, (l, i) => {
    if (!first.has(l)) first.set(l, i);
    return first.get(l) as number;
  });
}

/** Seeded Gaussian-ish blobs: `k` centres on a coarse grid, `per` points each within +-spread. */
export function blobs(seed: number, k: number, per: number, d: number, spread: number, gap = 50): number[][] {
  const rng = createRandom(seed);
  const rows: number[][] = [];
  for (let c = 0; c < k; c++) {
    for (let p = 0; p < per; p++) {
      rows.push(
        Array.from(
          { length: d },
          (_, j) => (j === 0 ? c * gap : ((c * 7 + j) % 3) * gap) + (rng.nextFloat() - 0.5) * 2 * spread,
        ),
      );
    }
  }
  return rows;
}

/**
 * Rows of width d = 1..10 (both the unrolled and the looped kernels run), 20..161 of them (odd and
 * even): continuous, or small integers with many exact ties and duplicate points.
 */
export const rowsArb = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.boolean(), fc.nat(1_000_000), fc.integer({ min: 20, max: 161 }))
  .map(([d, integer, seed, n]) => {
    const rng = restartRandom(seed, 1, 0, 1);
    return Array.from({ length: n }, () =>
      Array.from({ length: d }, () => (integer ? rng.nextBelow(4) - 1 : (rng.nextFloat() - 0.5) * 20)),
    );
  });
