import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minCostAssignment } from '../../../src/core/stats/minCostAssignment';

/** Every way to give each row its own column, for checking the optimum on small matrices. */
function bruteForce(cost: readonly (readonly number[])[]): number {
  const m = cost[0]?.length ?? 0;
  let best = Infinity;
  const walk = (row: number, used: Set<number>, total: number): void => {
    if (row === cost.length) {
      best = Math.min(best, total);
      return;
    }
    for (let j = 0; j < m; j++) {
      if (used.has(j)) continue;
      used.add(j);
      walk(row + 1, used, total + (cost[row]?.[j] ?? 0));
      used.delete(j);
    }
  };
  walk(0, new Set(), 0);
  return best;
}

describe('minCostAssignment', () => {
  it('solves a hand-made case', () => {
    expect(
      minCostAssignment([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
  });
  it('leaves columns free when there are more columns than rows', () => {
    expect(minCostAssignment([[-5, -1, -9]])).toEqual([2]);
    expect(minCostAssignment([])).toEqual([]);
  });
  it('refuses more rows than columns and ragged matrices', () => {
    expect(() => minCostAssignment([[1], [2]])).toThrow(RangeError);
    expect(() => minCostAssignment([[1, 2], [3]])).toThrow(RangeError);
  });
  it('finds the optimum, a different column per row, on random matrices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.integer({ min: n, max: 6 }).chain((m) =>
            fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: m, maxLength: m }), {
              minLength: n,
              maxLength: n,
            }),
          ),
        ),
        (cost) => {
          const match = minCostAssignment(cost);
          expect(new Set(match).size).toBe(cost.length);
          const total = match.reduce((sum, j, i) => sum + (cost[i]?.[j] ?? NaN), 0);
          expect(total).toBe(bruteForce(cost));
        },
      ),
      { numRuns: 300 },
    );
  });
});
