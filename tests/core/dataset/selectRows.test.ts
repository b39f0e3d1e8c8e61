import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../../src/core/dataset/selectRows';

const col = (...values: number[]): Float64Array => Float64Array.from(values);

describe('selectRows', () => {
  it('keeps complete rows in order and lists the incomplete ones', () => {
    const s = selectRows([col(1, Number.NaN, 3, 4), col(10, 20, Number.NaN, 40)], 'drop');
    expect(Array.from(s.rowOfPoint)).toEqual([0, 3]);
    expect(s.incompleteRows).toEqual([1, 2]);
    expect(s.columns.map((c) => Array.from(c))).toEqual([
      [1, 4],
      [10, 40],
    ]);
  });

  it('fills holes with the mean of the present values', () => {
    const s = selectRows([col(1, Number.NaN, 3, 4), col(10, 20, Number.NaN, 40)], 'mean');
    expect(Array.from(s.rowOfPoint)).toEqual([0, 1, 2, 3]);
    expect(s.incompleteRows).toEqual([1, 2]);
    expect(Array.from(s.fillValues)).toEqual([8 / 3, 70 / 3]);
    expect(s.columns[0]?.[1]).toBeCloseTo(8 / 3, 12);
    expect(s.columns[1]?.[2]).toBeCloseTo(70 / 3, 12);
  });

  it('cannot fill a column with no value at all, so its rows are left out', () => {
    const s = selectRows([col(1, 2), col(Number.NaN, Number.NaN)], 'mean');
    expect(s.rowOfPoint.length).toBe(0);
    expect(s.incompleteRows).toEqual([0, 1]);
  });

  it('handles an empty table', () => {
    const s = selectRows([new Float64Array(0), new Float64Array(0)], 'drop');
    expect(s.rowOfPoint.length).toBe(0);
    expect(s.columns).toHaveLength(2);
  });

  it('never loses a row: kept + left out = all, in order, with no NaN left', () => {
    const cell = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 30 })
          .chain((n) =>
            fc.tuple(
              fc.array(cell, { minLength: n, maxLength: n }),
              fc.array(cell, { minLength: n, maxLength: n }),
            ),
          ),
        fc.constantFrom('drop' as const, 'mean' as const),
        ([a, b], policy) => {
          const s = selectRows([Float64Array.from(a), Float64Array.from(b)], policy);
          const kept = Array.from(s.rowOfPoint);
          expect([...kept].sort((x, y) => x - y)).toEqual(kept);
          const union = new Set([...kept, ...s.incompleteRows]);
          expect(union.size).toBe(a.length);
          for (const column of s.columns) for (const v of column) expect(Number.isNaN(v)).toBe(false);
        },
      ),
    );
  });

  it('keeps excluded rows (summary rows) out of clustering, the fill means and the incomplete count', () => {
    const income = col(10, 20, Number.NaN, 12112);
    const score = col(1, 2, 3, 10040);
    const dropped = selectRows([income, score], 'drop', [3]);
    expect(Array.from(dropped.rowOfPoint)).toEqual([0, 1]);
    expect(dropped.incompleteRows).toEqual([2]);
    const filled = selectRows([income, score], 'mean', [3]);
    expect(Array.from(filled.rowOfPoint)).toEqual([0, 1, 2]);
    expect(Array.from(filled.fillValues)).toEqual([15, 2]);
    expect(Array.from(filled.columns[0] ?? [])).toEqual([10, 20, 15]);
  });
});
