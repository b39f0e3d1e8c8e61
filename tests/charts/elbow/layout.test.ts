import { describe, expect, it } from 'vitest';
import { computeElbowLayout, elbowAriaLabel } from '../../../src/charts/elbow/layout';
import type { ElbowPoint } from '../../../src/charts/elbow/layout';

// Inertia of Mall_Customers (3 standardized features) — the shape, not the exact values, matters.
const POINTS: ElbowPoint[] = [600, 389.4, 295.2, 205.2, 168.2, 133.9, 117.0, 103.8, 93.1, 85.6].map(
  (inertia, i) => ({ k: i + 1, inertia }),
);
const base = { points: POINTS, suggestedK: 5, selectedK: 4, width: 640, height: 360 };

/** Count the vertices of a d3 line path ("M x,y L x,y …"). */
function vertexCount(d: string): number {
  return (d.match(/[ML]/g) ?? []).length;
}

describe('computeElbowLayout', () => {
  it('draws one path vertex and one dot per k', () => {
    const l = computeElbowLayout(base);
    expect(vertexCount(l.path)).toBe(10);
    expect(l.dots.map((d) => d.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('has integer x ticks covering 1..10 and a y domain from 0 covering the max inertia', () => {
    const l = computeElbowLayout(base);
    expect(l.xTicks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const yValues = l.yTicks.map((t) => t.value);
    expect(Math.min(...yValues)).toBe(0);
    expect(Math.max(...yValues)).toBeGreaterThanOrEqual(600);
  });

  it('keeps dots inside the plot area, decreasing inertia going up-to-down', () => {
    const l = computeElbowLayout(base);
    for (const d of l.dots) {
      expect(d.cx).toBeGreaterThan(0);
      expect(d.cx).toBeLessThan(l.innerWidth);
      expect(d.cy).toBeGreaterThanOrEqual(0);
      expect(d.cy).toBeLessThanOrEqual(l.innerHeight);
    }
    expect(l.dots[0]!.cy).toBeLessThan(l.dots[9]!.cy);
  });

  it('sorts unsorted input and skips non-finite inertia', () => {
    const shuffled = [POINTS[3]!, POINTS[0]!, { k: 11, inertia: Number.NaN }, POINTS[1]!];
    const l = computeElbowLayout({ ...base, points: shuffled });
    expect(l.dots.map((d) => d.k)).toEqual([1, 2, 4]);
    expect(vertexCount(l.path)).toBe(3);
  });

  it('marks the suggested and selected k', () => {
    const l = computeElbowLayout(base);
    expect(l.suggested?.text).toBe('elbow k = 5');
    expect(l.suggested?.cx).toBe(l.dots[4]!.cx);
    expect(l.selected?.k).toBe(4);
    expect(computeElbowLayout({ ...base, suggestedK: null }).suggested).toBeNull();
    expect(computeElbowLayout({ ...base, suggestedK: 42 }).suggested).toBeNull();
  });

  it('flips the callout to the left when it would run past the right edge', () => {
    const l = computeElbowLayout({ ...base, suggestedK: 10 });
    expect(l.suggested?.anchor).toBe('end');
  });

  it('formats aria-labels with two decimals', () => {
    expect(elbowAriaLabel(3, 157.7)).toBe('k = 3, inertia 157.70');
  });

  it('handles empty input and a single point', () => {
    const empty = computeElbowLayout({ ...base, points: [] });
    expect(empty.path).toBe('');
    expect(empty.dots).toEqual([]);
    expect(empty.summary).toMatch(/no inertia/i);
    const one = computeElbowLayout({ ...base, points: [{ k: 1, inertia: 0 }] });
    expect(one.dots).toHaveLength(1);
    expect(Number.isFinite(one.dots[0]!.cy)).toBe(true);
    expect(one.xTicks.map((t) => t.value)).toEqual([1]);
  });
});
