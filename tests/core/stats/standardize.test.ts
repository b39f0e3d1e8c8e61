import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardize, unstandardize, unstandardizePoint } from '../../../src/core/stats/standardize';

const col = (...v: number[]) => new Float64Array(v);

describe('standardize', () => {
  it('uses the population standard deviation (ddof = 0)', () => {
    const s = standardize([col(1, 2, 3, 4)]);
    expect(s.mean[0]).toBe(2.5);
    expect(s.scale[0]).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(Array.from(s.columns[0] as Float64Array)).toEqual(
      [-3, -1, 1, 3].map((v) => v / 2 / Math.sqrt(1.25)),
    );
  });

  it('gives a zero-variance column scale 1 and all zeros, never NaN', () => {
    const s = standardize([col(7, 7, 7), col(1e12 + 0.5, 1e12 + 0.5, 1e12 + 0.5)]);
    expect(Array.from(s.scale)).toEqual([1, 1]);
    expect(Array.from(s.columns[0] as Float64Array)).toEqual([0, 0, 0]);
    expect(Array.from(s.columns[1] as Float64Array)).toEqual([0, 0, 0]);
  });

  it('handles one row and empty columns', () => {
    expect(Array.from(standardize([col(5)]).columns[0] as Float64Array)).toEqual([0]);
    const empty = standardize([col()]);
    expect(empty.mean[0]).toBe(0);
    expect(empty.scale[0]).toBe(1);
  });

  it('stays accurate for large offsets (two-pass)', () => {
    const s = standardize([col(1e9 + 1, 1e9 + 2, 1e9 + 3)]);
    expect(s.scale[0]).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(s.columns[0]?.[1]).toBeCloseTo(0, 12);
  });

  it('round-trips through unstandardize', () => {
    const s = standardize([col(3, 9, 27)]);
    expect(unstandardize(s.columns[0]?.[2] as number, s.mean[0] as number, s.scale[0] as number)).toBeCloseTo(
      27,
      12,
    );
    expect(unstandardizePoint([s.columns[0]?.[0] as number], s)[0]).toBeCloseTo(3, 12);
  });

  it('property: standardized columns have mean 0 and population std 1', () => {
    fc.assert(
      fc.property(
        // Magnitudes below 1e-100 would make squared deviations underflow: a limit of doubles, not of the code.
        fc.array(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (Math.abs(v) < 1e-100 ? 0 : v)),
          { minLength: 2, maxLength: 60 },
        ),
        (values) => {
          const s = standardize([new Float64Array(values)]);
          // A spread within a million ulps of the mean cannot be resolved in doubles (sklearn neither).
          const center = Math.max(...values.map(Math.abs));
          fc.pre(s.scale[0] === 1 || (s.scale[0] as number) > center * 1e-9);
          const z = s.columns[0] as Float64Array;
          const n = z.length;
          const mean = z.reduce((a, v) => a + v, 0) / n;
          const variance = z.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
          expect(Math.abs(mean)).toBeLessThan(1e-9);
          if (s.scale[0] !== 1) expect(Math.abs(Math.sqrt(variance) - 1)).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
