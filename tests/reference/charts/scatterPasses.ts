/**
 * The scatter's per-row passes as they were before they ran a slice at a time (one plain loop each,
 * on the main thread at every slider move or axis change): what the sliced and worker-side versions
 * must reproduce exactly.
 */
import type { ScaleLinear } from 'd3';

export function countDrawn(x: Float64Array, y: Float64Array): number {
  const n = Math.min(x.length, y.length);
  let drawn = 0;
  for (let i = 0; i < n; i++) {
    const vx = x[i] as number;
    const vy = y[i] as number;
    if (vx - vx === 0 && vy - vy === 0) drawn++;
  }
  return drawn;
}

export function baseCoords(
  x: Float64Array,
  y: Float64Array,
  xScale: ScaleLinear<number, number>,
  yScale: ScaleLinear<number, number>,
): { px: Float32Array; py: Float32Array } {
  const n = Math.min(x.length, y.length);
  const px = new Float32Array(n);
  const py = new Float32Array(n);
  const ax = xScale(1) - xScale(0);
  const bx = xScale(0);
  const ay = yScale(1) - yScale(0);
  const by = yScale(0);
  for (let i = 0; i < n; i++) {
    const vx = x[i] as number;
    const vy = y[i] as number;
    const ok = vx - vx === 0 && vy - vy === 0;
    px[i] = ok ? vx * ax + bx : NaN;
    py[i] = ok ? vy * ay + by : NaN;
  }
  return { px, py };
}

/** The legend's tally: counts[label + 1], counts[0] for label −1; entries 0..maxLabel. */
export function legendCounts(
  labels: Int32Array | Int8Array,
  k: number,
): { maxLabel: number; counts: Int32Array } {
  let maxLabel = k - 1;
  const n = labels.length;
  for (let i = 0; i < n; i++) if ((labels[i] as number) > maxLabel) maxLabel = labels[i] as number;
  const counts = new Int32Array(maxLabel + 2);
  for (let i = 0; i < n; i++) {
    const l = labels[i] as number;
    const slot = l < 0 ? 0 : l + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  return { maxLabel, counts };
}

/** toUnits('standardized') as it was: Float64Array.map. */
export function standardized(values: Float64Array, mean: number, scale: number): Float64Array {
  const s = scale || 1;
  return values.map((v) => (v - mean) / s);
}
