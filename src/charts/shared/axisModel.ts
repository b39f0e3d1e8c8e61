import type { ScaleLinear } from 'd3';
import { THEME, estimateTextWidth } from './theme';
import { tickFormatter } from './format';

/** One tick, already positioned: React only has to draw it. */
export interface Tick {
  readonly value: number;
  /** Pixel offset inside the plot area (x for a bottom axis, y for a left axis). */
  readonly pos: number;
  readonly label: string;
}

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Roughly one tick per `spacing` px, never fewer than 2 (a single tick tells nothing about scale). */
export function tickCountFor(lengthPx: number, spacing: number): number {
  return Math.max(2, Math.floor(lengthPx / spacing));
}

export function linearTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const [d0 = 0, d1 = 0] = scale.domain();
  const fmt = tickFormatter(scale, count, Math.max(Math.abs(d0), Math.abs(d1)));
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: fmt(value) }));
}

/**
 * Integer-only ticks (k = 1, 2, 3 …). Every integer while they fit; otherwise d3's nice ticks,
 * filtered to integers, so "k = 2.5" can never appear.
 */
export function integerTicks(scale: ScaleLinear<number, number>, maxCount: number): Tick[] {
  const [d0 = 0, d1 = 0] = scale.domain();
  const lo = Math.ceil(Math.min(d0, d1));
  const hi = Math.floor(Math.max(d0, d1));
  let values: number[];
  if (hi - lo + 1 <= maxCount) {
    values = [];
    for (let v = lo; v <= hi; v++) values.push(v);
  } else {
    values = scale.ticks(maxCount).filter((v) => Number.isInteger(v));
  }
  return values.map((value) => ({ value, pos: scale(value), label: String(value) }));
}

/**
 * Left margin wide enough for the longest y tick label plus the rotated axis title, so big
 * inertia values ("1,250,000") never get clipped by the viewBox.
 */
export function leftMarginFor(yTicks: readonly Tick[], hasTitle: boolean): number {
  const widest = yTicks.reduce((m, t) => Math.max(m, estimateTextWidth(t.label, THEME.tickFontSize)), 0);
  return Math.ceil(widest + 10 + (hasTitle ? THEME.axisTitleFontSize + 14 : 0));
}
