import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atSliceEnd, carrying, runToEnd, SLICE_ROWS, type Sliced } from '../../../src/core/schedule/sliced';

function* sumOf(values: readonly number[]): Sliced<number> {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (atSliceEnd(i)) yield;
    sum += values[i] ?? 0;
  }
  return sum;
}

describe('sliced computations', () => {
  it('yield once every SLICE_ROWS rows and end with the result', () => {
    const rows = 3 * SLICE_ROWS + 5;
    const job = sumOf(Array.from({ length: rows }, () => 1));
    let yields = 0;
    let step = job.next();
    for (; step.done !== true; step = job.next()) yields++;
    expect(yields).toBe(3);
    expect(step.value).toBe(rows);
  });

  it('give the same result run to the end at once as stepped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 3 * SLICE_ROWS }),
        (values) => {
          const expected = values.reduce((a, b) => a + b, 0);
          expect(runToEnd(sumOf(values))).toBe(expected);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('carry their inputs along with the result', () => {
    const inputs = { name: 'x' };
    expect(runToEnd(carrying(inputs, sumOf([1, 2, 3])))).toEqual({ name: 'x', value: 6 });
  });
});
