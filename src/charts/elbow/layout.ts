/**
 * Pure geometry for the elbow chart: scales, ticks, the line path and label positions.
 * No React, no DOM, so it is tested in Node and the component stays a thin renderer.
 */
import { line, max, scaleLinear } from 'd3';
import type { Margin, Tick } from '../shared/axisModel';
import { integerTicks, leftMarginFor, linearTicks, tickCountFor } from '../shared/axisModel';
import { formatPlain } from '../shared/format';
import { THEME, estimateTextWidth } from '../shared/theme';

export interface ElbowPoint {
  readonly k: number;
  readonly inertia: number;
}

export interface ElbowDot {
  readonly k: number;
  readonly inertia: number;
  readonly cx: number;
  readonly cy: number;
  /** Read by screen readers on the focusable dot: "k = 3, inertia 157.70". */
  readonly ariaLabel: string;
}

export interface ElbowCallout {
  readonly k: number;
  readonly cx: number;
  readonly cy: number;
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
  readonly anchor: 'start' | 'end';
}

export interface ElbowLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** SVG path "d" through the dots in k order; '' when there is nothing to draw. */
  readonly path: string;
  readonly dots: readonly ElbowDot[];
  readonly suggested: ElbowCallout | null;
  readonly selected: ElbowDot | null;
  /** One-sentence summary for the svg's accessible name. */
  readonly summary: string;
}

export interface ElbowLayoutInput {
  readonly points: readonly ElbowPoint[];
  readonly suggestedK: number | null;
  readonly selectedK: number;
  readonly width: number;
  readonly height: number;
}

export const ELBOW_X_TITLE = 'Number of clusters (k)';
export const ELBOW_Y_TITLE = 'Inertia (within-cluster sum of squares)';

export function elbowAriaLabel(k: number, inertia: number): string {
  return `k = ${k}, inertia ${formatPlain(inertia, 2)}`;
}

export function computeElbowLayout(input: ElbowLayoutInput): ElbowLayout {
  const { width, height, suggestedK, selectedK } = input;
  // Sorted by k and de-duplicated on k so the line never doubles back; non-finite inertia is
  // unusable (a failed run) and skipped rather than drawn at 0.
  const byK = new Map<number, ElbowPoint>();
  for (const p of input.points) {
    if (Number.isFinite(p.k) && Number.isFinite(p.inertia)) byK.set(p.k, p);
  }
  const points = [...byK.values()].sort((a, b) => a.k - b.k);

  const top = 28; // room for the "elbow k = …" callout above the highest dot
  const right = 24;
  const bottom = 48;
  const kMin = points[0]?.k ?? 1;
  const kMax = points[points.length - 1]?.k ?? 10;
  const yMax = max(points, (p) => p.inertia) ?? 1;
  const innerHeight = Math.max(1, height - top - bottom);

  // Inertia is a sum of squares (>= 0): anchoring the y axis at 0 keeps drops visually honest.
  const y = scaleLinear()
    .domain([0, yMax > 0 ? yMax : 1])
    .range([innerHeight, 0])
    .nice();
  const yTicks = linearTicks(y, tickCountFor(innerHeight, 48));
  // The left margin depends on the y tick labels, so x is laid out after y.
  const left = leftMarginFor(yTicks, true);
  const margin: Margin = { top, right, bottom, left };
  const innerWidth = Math.max(1, width - left - right);

  // Half a step of padding on each side so the first/last dots (and the ring) are not cut by the axis.
  const x = scaleLinear()
    .domain(kMin === kMax ? [kMin - 1, kMax + 1] : [kMin - 0.35, kMax + 0.35])
    .range([0, innerWidth]);
  const xTicks = integerTicks(x, Math.max(2, Math.floor(innerWidth / 36))).filter(
    (t) => t.value >= kMin && t.value <= kMax,
  );

  const dots: ElbowDot[] = points.map((p) => ({
    k: p.k,
    inertia: p.inertia,
    cx: x(p.k),
    cy: y(p.inertia),
    ariaLabel: elbowAriaLabel(p.k, p.inertia),
  }));
  const path =
    line<ElbowDot>()
      .x((d) => d.cx)
      .y((d) => d.cy)(dots) ?? '';

  const suggestedDot = suggestedK === null ? undefined : dots.find((d) => d.k === suggestedK);
  const suggested = suggestedDot ? calloutFor(suggestedDot, innerWidth) : null;
  const selected = dots.find((d) => d.k === selectedK) ?? null;

  return {
    width,
    height,
    margin,
    innerWidth,
    innerHeight,
    xTicks,
    yTicks,
    path,
    dots,
    suggested,
    selected,
    summary: summarise(points, suggestedK, selectedK),
  };
}

/**
 * Put the label up and to the right of the elbow: the curve falls from left to right, so that corner
 * is normally empty. Flip to the left when the text would run past the plot's right edge.
 */
function calloutFor(dot: ElbowDot, innerWidth: number): ElbowCallout {
  const text = `elbow k = ${dot.k}`;
  const textWidth = estimateTextWidth(text, THEME.axisTitleFontSize);
  const fitsRight = dot.cx + 12 + textWidth <= innerWidth;
  return {
    k: dot.k,
    cx: dot.cx,
    cy: dot.cy,
    text,
    textX: fitsRight ? dot.cx + 12 : dot.cx - 12,
    textY: dot.cy - 14,
    anchor: fitsRight ? 'start' : 'end',
  };
}

function summarise(points: readonly ElbowPoint[], suggestedK: number | null, selectedK: number): string {
  if (points.length === 0) return 'Elbow chart: no inertia values yet.';
  const first = points[0];
  const last = points[points.length - 1];
  const parts = [
    `Elbow chart of inertia for k = ${first?.k} to ${last?.k}.`,
    suggestedK === null ? 'No elbow suggested.' : `Suggested k = ${suggestedK}.`,
    `Selected k = ${selectedK}.`,
  ];
  return parts.join(' ');
}
