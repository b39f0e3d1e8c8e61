import { pointsFromColumns, type Points } from '../../../src/core/cluster/points';
import { createRandom } from '../../../src/core/cluster/random';

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
