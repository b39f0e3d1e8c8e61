import { describe, expect, it } from 'vitest';
import { pointsFromColumns } from '../../../src/core/cluster/points';

describe('pointsFromColumns', () => {
  it('reports n and d', () => {
    const p = pointsFromColumns([new Float64Array([1, 2, 3]), new Float64Array([4, 5, 6])]);
    expect([p.n, p.d]).toEqual([3, 2]);
    expect(pointsFromColumns([])).toMatchObject({ n: 0, d: 0 });
  });

  it('rejects unequal lengths and non-finite values with a readable message', () => {
    expect(() => pointsFromColumns([new Float64Array(2), new Float64Array(3)])).toThrow(/equally long/);
    expect(() => pointsFromColumns([new Float64Array([1, Number.NaN])])).toThrow(/row 1 is NaN/);
    expect(() => pointsFromColumns([new Float64Array([Infinity])])).toThrow(/finite/);
  });
});
