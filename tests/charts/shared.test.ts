import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { integerTicks, leftMarginFor, linearTicks } from '../../src/charts/shared/axisModel';
import {
  formatFixed,
  formatPlain,
  formatValue,
  foundText,
  refinedText,
} from '../../src/charts/shared/format';
import { centroidPath, markerPath } from '../../src/charts/shared/markers';
import { CLUSTER_SHAPES } from '../../src/charts/palette';

describe('number formatting', () => {
  it('keeps integers as typed and rounds the rest to 4 significant digits', () => {
    expect(formatValue(21)).toBe('21');
    expect(formatValue(0.123456)).toBe('0.1235');
    expect(formatValue(12345.678)).toBe('12346');
    expect(formatValue(Number.NaN)).toBe('–');
  });

  it('formats fixed decimals for tables and aria-labels', () => {
    expect(formatFixed(12345.6789, 3)).toBe('12,345.679');
    expect(formatPlain(157.7, 2)).toBe('157.70');
  });
});

describe('what the restart search did', () => {
  it('says how often the best was found and what refining it gave, a tiny gain still shown', () => {
    expect([foundText(1), foundText(37)]).toEqual(['found once', 'found 37 times']);
    expect(refinedText({ iterations: 25, inertiaBefore: 159049.7085 }, 159036.2041)).toBe(
      'then 24 more iterations to a fixed point, inertia 0.0085% lower',
    );
    expect(refinedText({ iterations: 2, inertiaBefore: 100 }, 99)).toBe(
      'then 1 more iteration to a fixed point, inertia 1.0% lower',
    );
  });
});

describe('axis model', () => {
  it('integer ticks are all integers even on a short axis', () => {
    const s = scaleLinear().domain([0.6, 10.4]).range([0, 100]);
    const ticks = integerTicks(s, 4);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(Number.isInteger(t.value)).toBe(true);
  });

  it('uses SI labels for very large values so the margin stays reasonable', () => {
    const s = scaleLinear().domain([0, 2_000_000]).range([300, 0]);
    const labels = linearTicks(s, 5).map((t) => t.label);
    expect(labels).toContain('1M');
    expect(leftMarginFor(linearTicks(s, 5), true)).toBeLessThan(80);
  });

  it('builds marker paths for every shape and a centroid X', () => {
    for (const shape of CLUSTER_SHAPES) expect(markerPath(shape, 4)).toMatch(/^M/);
    expect(centroidPath(6)).toMatch(/^M.*Z$/);
  });
});

describe('tick labels', () => {
  it('never use exponent notation for ordinary values', () => {
    for (const domain of [
      [0, 600],
      [-10, 110],
      [0, 0.05],
      [0, 40_000],
    ]) {
      const s = scaleLinear().domain(domain).range([0, 300]);
      for (const t of linearTicks(s, 6)) expect(t.label).not.toMatch(/e/);
    }
    expect(linearTicks(scaleLinear().domain([0, 600]).range([0, 300]), 6).map((t) => t.label)).toContain(
      '600',
    );
  });
});
