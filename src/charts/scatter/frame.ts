/**
 * The chart's frame: plot area, margins and the unzoomed ("base") scales, computed with plain typed
 * loops (no intermediate arrays of values); the pass over the rows can run a slice at a time.
 * Shared by the SVG path (layout.ts) and the canvas path, so both draw the same axes for the same data.
 */
import { scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import type { Margin } from '../shared/axisModel';
import { atSliceEnd, runToEnd, type Sliced } from '../../core/schedule/sliced';
import { leftMarginFor, linearTicks, tickCountFor } from '../shared/axisModel';

export interface FrameInput {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly centroids: readonly (readonly number[])[];
  readonly width: number;
  readonly height: number;
}

export interface ScatterFrame {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** Data → plot-area pixels at zoom 1. */
  readonly xScale: ScaleLinear<number, number>;
  readonly yScale: ScaleLinear<number, number>;
  /** Rows with both coordinates finite (the ones drawn). */
  readonly drawn: number;
}

/** Linear scale over [lo, hi], padded 3% so no marker sits on an axis, niced; a single value is widened. */
export function niceExtentScale(
  lo: number | undefined,
  hi: number | undefined,
  range: [number, number],
): ScaleLinear<number, number> {
  let d0 = lo ?? 0;
  let d1 = hi ?? 1;
  if (d0 === d1) {
    // A single distinct value: widen around it so the point lands mid-axis, not on a zero-width scale.
    const pad = d0 === 0 ? 1 : Math.abs(d0) * 0.5;
    d0 -= pad;
    d1 += pad;
  } else {
    const pad = (d1 - d0) * 0.03;
    d0 -= pad;
    d1 += pad;
  }
  return scaleLinear().domain([d0, d1]).range(range).nice();
}

/** Finite min/max of the rows with both coordinates finite (the drawn rows), and how many they are. */
export interface PointExtents {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly drawn: number;
}

/** {@link PointExtents} of x against y, a slice of rows at a time (see core/schedule/sliced). */
export function* extentsSteps(x: Float64Array, y: Float64Array): Sliced<PointExtents> {
  const n = Math.min(x.length, y.length);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  let drawn = 0;
  for (let i = 0; i < n; i++) {
    if (atSliceEnd(i)) yield;
    const vx = x[i] as number;
    const vy = y[i] as number;
    // Infinity is not a plottable value either; `vx - vx === 0` is false for NaN and ±Infinity.
    if (vx - vx !== 0 || vy - vy !== 0) continue;
    drawn++;
    if (vx < x0) x0 = vx;
    if (vx > x1) x1 = vx;
    if (vy < y0) y0 = vy;
    if (vy > y1) y1 = vy;
  }
  return { x0, x1, y0, y1, drawn };
}

/** The points' extents widened to take in the finite centroids. */
function withCentroids(e: PointExtents, centroids: readonly (readonly number[])[]) {
  let { x0, x1, y0, y1 } = e;
  // Centroids are part of the domain: they are inside the hull of their points in theory, but a
  // caller may pass centroids from another run or a partial table.
  for (const c of centroids) {
    const cx = c[0] ?? NaN;
    const cy = c[1] ?? NaN;
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    if (cx < x0) x0 = cx;
    if (cx > x1) x1 = cx;
    if (cy < y0) y0 = cy;
    if (cy > y1) y1 = cy;
  }
  return { x: x0 <= x1 ? [x0, x1] : null, y: y0 <= y1 ? [y0, y1] : null } as const;
}

/** Margins, plot size and base scales for a scatter of x against y in a width × height drawing. */
export function computeFrame(input: FrameInput): ScatterFrame {
  return frameFromExtents(runToEnd(extentsSteps(input.x, input.y)), input);
}

/** {@link computeFrame} from the points' extents already found (the same frame for the same rows). */
export function frameFromExtents(
  points: PointExtents,
  { centroids, width, height }: Omit<FrameInput, 'x' | 'y'>,
): ScatterFrame {
  const e = withCentroids(points, centroids);
  const top = 16;
  const right = 20;
  const bottom = 48;
  const innerHeight = Math.max(1, height - top - bottom);
  const yScale = niceExtentScale(e.y?.[0], e.y?.[1], [innerHeight, 0]);
  // The left margin depends on the widest y tick label, so the y axis is settled first.
  const left = leftMarginFor(linearTicks(yScale, tickCountFor(innerHeight, 50)), true);
  const innerWidth = Math.max(1, width - left - right);
  const xScale = niceExtentScale(e.x?.[0], e.x?.[1], [0, innerWidth]);
  return {
    width,
    height,
    margin: { top, right, bottom, left },
    innerWidth,
    innerHeight,
    xScale,
    yScale,
    drawn: points.drawn,
  };
}
