/** Every row's position in base plot coordinates (zoom 1), in typed arrays. Pure. */
import type { ScaleLinear } from 'd3';
import { atSliceEnd, runToEnd, type Sliced } from '../../core/schedule/sliced';

export interface BaseCoords {
  readonly px: Float32Array;
  readonly py: Float32Array;
}

/**
 * Maps x/y through the base scales once per data change (a linear map, so two coefficients per axis
 * instead of a scale call per row). Rows with a non-finite value get NaN and are never drawn.
 */
export function baseCoords(
  x: Float64Array,
  y: Float64Array,
  xScale: ScaleLinear<number, number>,
  yScale: ScaleLinear<number, number>,
): BaseCoords {
  return runToEnd(baseCoordsSteps(x, y, xScale, yScale));
}

/** {@link baseCoords} a slice of rows at a time (see core/schedule/sliced). */
export function* baseCoordsSteps(
  x: Float64Array,
  y: Float64Array,
  xScale: ScaleLinear<number, number>,
  yScale: ScaleLinear<number, number>,
): Sliced<BaseCoords> {
  const n = Math.min(x.length, y.length);
  const px = new Float32Array(n);
  const py = new Float32Array(n);
  const ax = xScale(1) - xScale(0);
  const bx = xScale(0);
  const ay = yScale(1) - yScale(0);
  const by = yScale(0);
  for (let i = 0; i < n; i++) {
    if (atSliceEnd(i)) yield;
    const vx = x[i] as number;
    const vy = y[i] as number;
    const ok = vx - vx === 0 && vy - vy === 0;
    px[i] = ok ? vx * ax + bx : NaN;
    py[i] = ok ? vy * ay + by : NaN;
  }
  return { px, py };
}
