import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineByHash } from '../../../src/core/csv/lineByHash';

describe('LineByHash', () => {
  it('keeps the first line per hash, like a Map, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 53 - 1 }), { maxLength: 3000 }), (hashes) => {
        const table = new LineByHash();
        const map = new Map<number, number>();
        hashes.forEach((hash, i) => {
          const line = i + 2;
          const expected = map.get(hash);
          if (expected === undefined) map.set(hash, line);
          expect(table.firstOrAdd(hash, line)).toBe(expected);
        });
        expect(table.size).toBe(map.size);
      }),
      { numRuns: 50 },
    );
  });

  it('tells apart hashes that share their low bits', () => {
    const table = new LineByHash();
    expect(table.firstOrAdd(5, 2)).toBeUndefined();
    expect(table.firstOrAdd(5 + 0x200000 * 7, 3)).toBeUndefined();
    expect(table.firstOrAdd(5, 4)).toBe(2);
    expect(table.firstOrAdd(5 + 0x200000 * 7, 5)).toBe(3);
    for (let i = 0; i < 70_000; i++) table.firstOrAdd(i * 0x200000, i + 10);
    expect(table.firstOrAdd(5, 6)).toBe(2);
    expect(table.firstOrAdd(69_999 * 0x200000, 1)).toBe(70_009);
  });
});
