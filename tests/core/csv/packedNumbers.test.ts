import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packNumbers, unpackNumbers } from '../../../src/core/csv/packedNumbers';

/** Every value back, NaN for NaN and -0 for -0. */
const same = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

const kindOf = (values: number[]): string => {
  const packed = packNumbers(Float64Array.from(values));
  if (packed.kind !== 'integers') return packed.kind;
  return packed.codes.constructor.name + (packed.divisor === 1 ? '' : ` / ${packed.divisor}`);
};

describe('packNumbers', () => {
  it('property: every column comes back exactly, whatever it holds', () => {
    const cell = fc.oneof(
      fc.constant(NaN),
      fc.integer({ min: -200, max: 200 }),
      fc.integer({ min: -40_000, max: 40_000 }),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.double(),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
      fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000),
      fc.constantFrom(0.1 + 0.2, 1e-320, 42.22, -0.5, 2 ** 31 / 10),
      fc.constantFrom(-0, 2 ** 53, -(2 ** 31), 2 ** 31 - 1, 127, -127, -128, 32767, -32768, Infinity),
    );
    // Columns that count up by one from their first row, but for a cell or two.
    const counting = fc
      .tuple(fc.integer({ min: -5, max: 2 ** 53 - 100 }), fc.nat(40), fc.array(fc.tuple(fc.nat(40), cell)))
      .map(([first, length, changes]) => {
        const values = Array.from({ length }, (_, i) => first + i);
        for (const [at, value] of changes) if (at < length) values[at] = value;
        return values;
      });
    fc.assert(
      fc.property(fc.oneof(fc.array(cell, { maxLength: 60 }), counting), (values) => {
        const column = Float64Array.from(values);
        const packed = packNumbers(column);
        expect(same(unpackNumbers(packed, column.length), column)).toBe(true);
        // Into a given array (one in shared memory, say): the same values, in that very array.
        const into = new Float64Array(new SharedArrayBuffer(column.length * 8)).fill(7);
        expect(unpackNumbers(packed, column.length, into)).toBe(into);
        expect(same(into, column)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps integers in the smallest array whose range holds them above its NaN', () => {
    expect(kindOf([NaN, NaN])).toBe('none');
    expect(kindOf([1, 2, 3, 4])).toBe('counting');
    expect(kindOf([70_001, 70_002])).toBe('counting');
    expect(kindOf([-1, -0, 1])).toBe('doubles');
    expect(kindOf([1, 2, NaN])).toBe('Int8Array');
    expect(kindOf([])).toBe('none');
    expect(kindOf([18, 70, NaN, -127, 127])).toBe('Int8Array');
    expect(kindOf([1, -128])).toBe('Int16Array');
    expect(kindOf([128, 128])).toBe('Int16Array');
    expect(kindOf([32767, -32767, NaN])).toBe('Int16Array');
    expect(kindOf([32768, 0])).toBe('Int32Array');
    expect(kindOf([1_000_000, -(2 ** 31) + 1, 2 ** 31 - 1])).toBe('Int32Array');
    expect(kindOf([2 ** 31, 0])).toBe('doubles');
    expect(kindOf([-(2 ** 31), 0])).toBe('doubles');
    expect(kindOf([1, 2.5])).toBe('Int8Array / 10');
    expect(kindOf([42.22, 28.12, NaN, 0.01])).toBe('Int16Array / 100');
    expect(kindOf([1999.99, 0.5])).toBe('Int32Array / 100');
    expect(kindOf([0.125, 3])).toBe('Int16Array / 1000');
    expect(kindOf([0.1 + 0.2, 1])).toBe('doubles');
    expect(kindOf([0.0001, 1])).toBe('doubles');
    expect(kindOf([2 ** 31 / 10, 0.5])).toBe('doubles');
    expect(kindOf([-0.5, -0])).toBe('doubles');
    expect(kindOf([1, -0])).toBe('doubles');
    expect(kindOf([-0, 1])).toBe('doubles');
    expect(kindOf([Infinity, 1])).toBe('doubles');
  });

  it('a million ages take a megabyte; doubles that view a larger buffer are trimmed', () => {
    const ages = Float64Array.from({ length: 1_000_000 }, (_, i) => 18 + (i % 53));
    expect(packNumbers(Float64Array.from({ length: 1_000_000 }, (_, i) => i + 1))).toEqual({
      kind: 'counting',
      first: 1,
    });
    const packed = packNumbers(ages);
    expect(packed.kind === 'integers' && packed.codes.byteLength).toBe(1_000_000);
    const grown = new Float64Array(16).fill(Math.PI).subarray(0, 5);
    const doubles = packNumbers(grown);
    expect(doubles.kind === 'doubles' && doubles.values.buffer.byteLength).toBe(40);
    expect(unpackNumbers(undefined, 3).every(Number.isNaN)).toBe(true);
  });
});
