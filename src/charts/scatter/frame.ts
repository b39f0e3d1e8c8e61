/**
 * The chart's frame: plot area, margins and the unzoomed ("base") scales, computed with plain typed
 * loops so it costs a few milliseconds even at a million rows (no intermediate arrays of values).
 * Shared by the SVG path (layout.ts) and the canvas path, so both draw the same axes for the same data.
 */
import { scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import type { Margin } from '../shared/axisModel';
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

/** Finite min/max of the drawn rows (both coordinates finite) plus the finite centroids. */
function extents(input: FrameInput): {
  x: [number, number] | null;
  y: [number, number] | null;
  drawn: number;
} {
  const { x, y, centroids } = input;
  const n = Math.min(x.length, y.length);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  let drawn = 0;
  const visit = (vx: number, vy: number): void => {
    if (vx < x0) x0 = vx;
    if (vx > x1) x1 = vx;
    if (vy < y0) y0 = vy;
    if (vy > y1) y1 = vy;
  };
  for (let i = 0; i < n; i++) {
    const vx = x[i] as number;
    const vy = y[i] as number;
    // Infinity is not a plottable value either; `vx - vx === 0` is false for NaN and ±Infinity.
    if (vx - vx !== 0 || vy - vy !== 0) continue;
    drawn++;
    visit(vx, vy);
  }
  // Centroids are part of the domain: they are inside the hull of their points in theory, but a
  // caller may pass centroids from another run or a partial table.
  for (const c of centroids) {
    const cx = c[0] ?? NaN;
    const cy = c[1] ?? NaN;
    if (Number.isFinite(cx) && Number.isFinite(cy)) visit(cx, cy);
  }
  return { x: x0 <= x1 ? [x0, x1] : null, y: y0 <= y1 ? [y0, y1] : null, drawn };
}

/** Margins, plot size and base scales for a scatter of x against y in a width × height drawing. */
export function computeFrame(input: FrameInput): ScatterFrame {
  const { width, height } = input;
  const e = extents(input);
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
    drawn: e.drawn,
  };
}
