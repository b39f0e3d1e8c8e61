/**
 * Pure zoom/pan math for the scatter, on d3-zoom's ZoomTransform (k = scale, x/y = translation in
 * plot-area pixels). Only the value type and its arithmetic are used: no d3.select, no listeners;
 * React handlers call these functions and keep the transform in state.
 */
import { ZoomTransform, zoomIdentity } from 'd3';
import type { ScaleLinear } from 'd3';

export type { ZoomTransform } from 'd3';

/** Zoomed out further than the whole data there is nothing to see, so 1 is the floor. */
export const MIN_ZOOM = 1;
/** 4096× is enough to separate individual customers in a million-row cloud on a 700 px plot. */
export const MAX_ZOOM = 4096;
/** One "+" press, one keypress: doubling is a step people can follow. */
export const ZOOM_STEP = 2;

export interface PlotSize {
  readonly width: number;
  readonly height: number;
}

/** The unzoomed view. */
export const IDENTITY: ZoomTransform = zoomIdentity;

/**
 * Keeps the view inside the data area: at zoom k the plot shows a 1/k window of the base plot,
 * and that window may not slide past the base plot's edges (nothing to pan to out there).
 */
export function constrain(t: ZoomTransform, size: PlotSize): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k));
  const x = Math.min(0, Math.max(size.width * (1 - k), t.x));
  const y = Math.min(0, Math.max(size.height * (1 - k), t.y));
  return k === t.k && x === t.x && y === t.y ? t : new ZoomTransform(k, x, y);
}

/**
 * Zooms by `factor` about the plot-area point (px, py): the data under that point stays under it,
 * which is what makes wheel zoom feel anchored to the pointer.
 */
export function zoomAbout(
  t: ZoomTransform,
  factor: number,
  px: number,
  py: number,
  size: PlotSize,
): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
  if (k === t.k) return t;
  const ratio = k / t.k;
  return constrain(new ZoomTransform(k, px - (px - t.x) * ratio, py - (py - t.y) * ratio), size);
}

/** Zoom about the centre of the plot (buttons and keys have no pointer position). */
export function zoomCentre(t: ZoomTransform, factor: number, size: PlotSize): ZoomTransform {
  return zoomAbout(t, factor, size.width / 2, size.height / 2, size);
}

/** Moves the view by (dx, dy) plot pixels, e.g. a drag or an arrow key. */
export function panBy(t: ZoomTransform, dx: number, dy: number, size: PlotSize): ZoomTransform {
  return constrain(new ZoomTransform(t.k, t.x + dx, t.y + dy), size);
}

/** The base scales as seen through the transform: the axes follow the zoom with these. */
export function rescaled(
  t: ZoomTransform,
  xScale: ScaleLinear<number, number>,
  yScale: ScaleLinear<number, number>,
): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  return { x: t.rescaleX(xScale), y: t.rescaleY(yScale) };
}

/** Stable text form of a transform, for data attributes and memo keys. */
export function transformKey(t: ZoomTransform): string {
  return `${t.k},${t.x},${t.y}`;
}
