/**
 * Pure geometry for the cluster scatter: scales, ticks, point and centroid positions, legend counts
 * and the id labels. No React, no DOM, so it is tested in Node and the component only renders.
 */
import { extent } from 'd3';
import type { ScaleLinear } from 'd3';
import type { MarkerShape } from '../palette';
import { clusterColor, clusterName, clusterShape } from '../palette';
import type { Margin, Tick } from '../shared/axisModel';
import { linearTicks, tickCountFor } from '../shared/axisModel';
import { formatValue } from '../shared/format';
import { THEME } from '../shared/theme';
import type { PlacedLabel } from './labels';
import { centroidTitle, scatterSummary } from './describe';
import { placeLabels } from './labels';
import type { LegendEntry } from './legendEntries';
import { legendEntries } from './legendEntries';
import { computeFrame, niceExtentScale } from './frame';
import type { IdLookup } from './idLookup';
import { idAt } from './idLookup';
import type { ZoomTransform } from './zoom';
import { IDENTITY, rescaled } from './zoom';
import type { ClusterLabels } from './props';

export type { LegendEntry } from './legendEntries';

export interface ScatterLayoutInput {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly labels: ClusterLabels;
  readonly ids: IdLookup;
  readonly centroids: readonly (readonly number[])[];
  readonly clusterNames?: readonly string[];
  readonly width: number;
  readonly height: number;
  /** Zoom/pan of the plot area; default: the whole data in view. */
  readonly transform?: ZoomTransform;
  /** Label every point in view, in its least-bad spot even if labels overlap (the notebook's look). */
  readonly labelEvery?: boolean;
}

export interface ScatterPoint {
  /** Row index in the input arrays. */
  readonly index: number;
  readonly id: string;
  readonly label: number;
  readonly cx: number;
  readonly cy: number;
  readonly color: string;
  readonly shape: MarkerShape;
  /** Native tooltip: "ID 17 · Cluster 3 · (21, 35)". */
  readonly title: string;
  /** Whether its id is drawn next to it; if not (no room), the tooltip is where the id is read. */
  readonly labelled: boolean;
  /** The plotted values (not pixels), for the tooltip. */
  readonly vx: number;
  readonly vy: number;
}

export interface ScatterCentroid {
  readonly label: number;
  readonly cx: number;
  readonly cy: number;
  readonly color: string;
  readonly title: string;
}

export interface ScatterLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Data range in view along each axis (follows the zoom). */
  readonly xDomain: readonly number[];
  readonly yDomain: readonly number[];
  readonly radius: number;
  readonly points: readonly ScatterPoint[];
  readonly centroids: readonly ScatterCentroid[];
  readonly idLabels: readonly PlacedLabel[];
  readonly legend: readonly LegendEntry[];
  /** Rows not drawn because x or y is missing. */
  readonly skipped: number;
  readonly summary: string;
}

/** Smaller markers as the table grows, so dense clouds stay readable rather than a solid blob. */
export function markerRadius(n: number): number {
  if (n <= 300) return 4.5;
  if (n <= 2000) return 3.5;
  if (n <= 10_000) return 2.5;
  if (n <= 100_000) return 1.8;
  // Canvas path: at this density a bigger disc only thickens the blob, and every extra pixel of
  // the stamp is a million more writes per redraw (r 1.8 at 2× DPR put 1e6 points at ~135 ms).
  if (n <= 300_000) return 1.3;
  return 0.9;
}

/** Largest marker radius reached by zooming in (viewBox units = CSS px). */
export const MAX_ZOOMED_RADIUS = 7;

/**
 * The marker radius at zoom scale `k`: grows with the square root of the zoom (zooming 4× spreads the
 * points 4× apart and doubles the markers, so a zoomed-in cluster is easy to hover without the
 * markers merging again), capped at MAX_ZOOMED_RADIUS, and never below `base`. k ≤ 1 or NaN: `base`.
 */
export function zoomedRadius(base: number, k: number): number {
  if (!(k > 1)) return base;
  return Math.max(base, Math.min(base * Math.sqrt(k), MAX_ZOOMED_RADIUS));
}

/** Linear scale over the finite values (NaN ignored), padded 3% so no marker sits on an axis, niced. */
export function niceScale(values: readonly number[], range: [number, number]): ScaleLinear<number, number> {
  const [lo, hi] = extent(values.filter(Number.isFinite));
  return niceExtentScale(lo, hi, range);
}

/** Half the size of a centroid's cross: a little larger than a customer's marker, and never tiny. */
export function centroidRadius(markerRadius: number): number {
  return Math.max(7, markerRadius + 3);
}

export function computeScatterLayout(input: ScatterLayoutInput): ScatterLayout {
  const { x, y, labels, ids, centroids, clusterNames, width, height } = input;
  const transform = input.transform ?? IDENTITY;
  const n = Math.min(x.length, y.length);
  const drawn: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) drawn.push(i);
  const finiteCentroids = centroids
    .map((c, label) => ({ label, cx: c[0] ?? NaN, cy: c[1] ?? NaN }))
    .filter((c) => Number.isFinite(c.cx) && Number.isFinite(c.cy));

  const frame = computeFrame({ x, y, centroids, width, height });
  const { margin, innerWidth, innerHeight } = frame;
  // The axes follow the zoom: ticks and positions come from the base scales seen through it.
  const { x: xScale, y: yScale } = rescaled(transform, frame.xScale, frame.yScale);
  const yTicks = linearTicks(yScale, tickCountFor(innerHeight, 50));
  const xTicks = linearTicks(xScale, tickCountFor(innerWidth, 80));

  const name = (label: number): string => clusterName(label, clusterNames);
  // Unclustered (grey) rows first so coloured clusters are painted on top of them.
  drawn.sort((a, b) => Number((labels[a] ?? -1) >= 0) - Number((labels[b] ?? -1) >= 0) || a - b);
  const unplaced = drawn.map((i) => {
    const label = labels[i] ?? -1;
    const vx = x[i] as number;
    const vy = y[i] as number;
    const id = idAt(ids, i);
    return {
      index: i,
      id,
      label,
      cx: xScale(vx),
      cy: yScale(vy),
      color: clusterColor(label),
      shape: clusterShape(label),
      title: `ID ${id} · ${name(label)} · (${formatValue(vx)}, ${formatValue(vy)})`,
      vx,
      vy,
    };
  });

  const radius = zoomedRadius(markerRadius(unplaced.length), transform.k);
  const crossRadius = centroidRadius(radius);
  const crosses = finiteCentroids.map((c) => ({ x: xScale(c.cx), y: yScale(c.cy) }));
  // Only points in view are labelled (an empty text is skipped): a zoomed-in view names its points.
  const inView = (p: { cx: number; cy: number }): boolean =>
    p.cx >= 0 && p.cx <= innerWidth && p.cy >= 0 && p.cy <= innerHeight;
  const placed = placeLabels(
    unplaced.map((p) => ({ x: p.cx, y: p.cy, text: inView(p) ? p.id : '' })),
    {
      fontSize: THEME.annotationFontSize,
      radius,
      width: innerWidth,
      height: innerHeight,
      allowOverlap: input.labelEvery === true,
      obstacles: crosses.map(({ x: cx, y: cy }) => ({
        x0: cx - crossRadius,
        y0: cy - crossRadius,
        x1: cx + crossRadius,
        y1: cy + crossRadius,
      })),
    },
  );
  const idLabels = placed.filter((l): l is PlacedLabel => l !== null);
  const points: ScatterPoint[] = unplaced.map((p, j) => ({ ...p, labelled: placed[j] != null }));

  const scatterCentroids: ScatterCentroid[] = finiteCentroids.map((c) => ({
    label: c.label,
    cx: xScale(c.cx),
    cy: yScale(c.cy),
    color: clusterColor(c.label),
    title: centroidTitle(c.label, c.cx, c.cy, clusterNames),
  }));

  const legend = legendEntries(labels, centroids.length, name);
  const skipped = n - drawn.length;
  const k = legend.filter((e) => e.label >= 0).length;
  const summary = scatterSummary(points.length, k, skipped);

  return {
    width,
    height,
    margin,
    innerWidth,
    innerHeight,
    xTicks,
    yTicks,
    xDomain: xScale.domain(),
    yDomain: yScale.domain(),
    radius,
    points,
    centroids: scatterCentroids,
    idLabels,
    legend,
    skipped,
    summary,
  };
}
