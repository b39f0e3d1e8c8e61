import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGridIndex, nearestPoint } from '../../../src/charts/scatter/gridIndex';

function bruteForce(px: Float32Array, py: Float32Array, x: number, y: number, max = Infinity): number {
  let best = -1;
  let bestD = max * max;
  for (let i = 0; i < px.length; i++) {
    const d = (px[i]! - x) ** 2 + (py[i]! - y) ** 2;
    if (d < bestD || (d === bestD && best < 0)) {
      best = i;
      bestD = d;
    }
  }
  return best;
}

const coord = fc.oneof(
  { weight: 9, arbitrary: fc.float({ min: -20, max: 420, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
);

describe('grid index', () => {
  it('finds the true nearest point (same distance as brute force)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coord, coord), { maxLength: 300 }),
        fc.tuple(
          fc.float({ min: -50, max: 450, noNaN: true }),
          fc.float({ min: -50, max: 450, noNaN: true }),
        ),
        fc.oneof(fc.constant(Infinity), fc.float({ min: 0, max: 60, noNaN: true })),
        (points, [qx, qy], max) => {
          const px = Float32Array.from(points, (p) => p[0]);
          const py = Float32Array.from(points, (p) => p[1]);
          const index = buildGridIndex(px, py, 400, 300);
          const got = nearestPoint(index, qx, qy, max);
          const want = bruteForce(px, py, qx, qy, max);
          const d = (i: number): number => (px[i]! - qx) ** 2 + (py[i]! - qy) ** 2;
          if (want < 0) expect(got).toBe(-1);
          else expect(d(got)).toBe(d(want));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('indexes every finite point exactly once, NaN never', () => {
    const px = Float32Array.from([1, Number.NaN, 5, 399, 5]);
    const py = Float32Array.from([1, 2, Number.NaN, 299, 5]);
    const index = buildGridIndex(px, py, 400, 300);
    expect([...index.order].sort()).toEqual([0, 3, 4]);
    expect(index.start.at(-1)).toBe(3);
  });

  it('answers -1 for an empty index or a non-finite query', () => {
    const empty = buildGridIndex(new Float32Array(0), new Float32Array(0), 400, 300);
    expect(nearestPoint(empty, 1, 1)).toBe(-1);
    const one = buildGridIndex(Float32Array.of(3), Float32Array.of(4), 400, 300);
    expect(nearestPoint(one, Number.NaN, 1)).toBe(-1);
    expect(nearestPoint(one, 0, 0)).toBe(0);
    expect(nearestPoint(one, 0, 0, 4.9)).toBe(-1);
  });
});
