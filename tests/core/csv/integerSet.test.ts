import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIntegerSet } from '../../../src/core/csv/integerSet';

describe('createIntegerSet', () => {
  it('counts and lists the values a Set would hold, small or large', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 65_530, max: 65_540 }),
      fc.integer({ min: 1, max: 2 ** 53 - 1 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 100 }), (values) => {
        const set = createIntegerSet();
        for (const v of values) set.add(v);
        const expected = new Set(values);
        expect(set.size).toBe(expected.size);
        expect([...set.values()].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      }),
    );
  });
});
