import { describe, expect, it } from 'vitest';
import { MAX_ZOOMED_RADIUS, zoomedRadius } from '../../../src/charts/scatter/layout';
import { DEFAULT_SCATTER_WIDTH, MIN_SCATTER_WIDTH, scatterSize } from '../../../src/charts/scatter/size';

describe('scatterSize', () => {
  it('is the container width in whole CSS px, about 5:8 on a laptop', () => {
    expect(scatterSize(911.6, 1000)).toEqual({ width: 911, height: Math.round(911 * 0.62) });
  });
  it('is near square on a phone', () => {
    expect(scatterSize(333, 844)).toEqual({ width: 333, height: Math.round(333 * 0.95) });
  });
  it('stays below 80% of a short window', () => {
    expect(scatterSize(1200, 500).height).toBe(400);
  });
  it('never goes below the minimum width or 240 px height', () => {
    expect(scatterSize(100, 200)).toEqual({ width: MIN_SCATTER_WIDTH, height: 240 });
  });
  it('falls back to the default width before it is measured', () => {
    expect(scatterSize(NaN, NaN).width).toBe(DEFAULT_SCATTER_WIDTH);
    expect(scatterSize(0, -1).width).toBe(DEFAULT_SCATTER_WIDTH);
  });
});

describe('zoomedRadius', () => {
  it('is the base radius at zoom 1, below 1, or for NaN', () => {
    expect(zoomedRadius(2.5, 1)).toBe(2.5);
    expect(zoomedRadius(2.5, 0.5)).toBe(2.5);
    expect(zoomedRadius(2.5, NaN)).toBe(2.5);
  });
  it('grows with the square root of the zoom', () => {
    expect(zoomedRadius(1.8, 4)).toBeCloseTo(3.6);
  });
  it('is capped, but never shrinks a base above the cap', () => {
    expect(zoomedRadius(2.5, 4096)).toBe(MAX_ZOOMED_RADIUS);
    expect(zoomedRadius(9, 16)).toBe(9);
  });
});
