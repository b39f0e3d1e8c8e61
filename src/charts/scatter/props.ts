import type { Ref } from 'react';
import type { PointsLayer } from './pointsLayer';
import type { IdLookup } from './idLookup';
import type { LabelCounts } from './legendEntries';
import type { TooltipRows } from './ScatterTooltip';

/** Cluster per row, −1 = not clustered. One byte a row will do while k ≤ 127. */
export type ClusterLabels = Int32Array | Int8Array;

export interface ClusterScatterProps {
  /** Original units, one per table row; NaN for rows with a missing value (not drawn). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Cluster per row, -1 = not clustered (drawn grey if x and y are finite). */
  readonly labels: ClusterLabels;
  /**
   * Rows per label, where the caller already knows them (they must be those of `labels`): saves the
   * chart a pass over every row each time the labels change.
   */
  readonly labelCounts?: LabelCounts;
  /** Identifier per row, shown next to points (text only, never markup). A string[] will do. */
  readonly ids: IdLookup;
  /** k entries of [x, y], same units as x and y. */
  readonly centroids: readonly (readonly number[])[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Legend names; default "Cluster 1".."Cluster k". */
  readonly clusterNames?: readonly string[];
  /** Drawing size in viewBox units; the svg always fills its container's width. */
  readonly width?: number;
  readonly height?: number;
  /**
   * Give each cluster its own marker shape as well as its colour (helps in greyscale print and for
   * colour-vision deficiencies). Off by default: points are then plain <circle> elements. The canvas
   * path (large tables) draws discs only: at that density shapes are not distinguishable anyway.
   */
  readonly shapes?: boolean;
  /**
   * Label every point, accepting overlaps, instead of only the labels that fit cleanly (the others are
   * in the tooltip and the table). SVG path only: a canvas of thousands of points thins its labels.
   */
  readonly labelEvery?: boolean;
  /** Extra tooltip lines for a table row (e.g. every numeric column); default: x and y. */
  readonly details?: (row: number) => TooltipRows;
  /** The <svg> element, for exporting the chart as an image. */
  readonly svgRef?: Ref<SVGSVGElement>;
  /** Canvas renderer only: its points (and the svg under them), which the svg above does not hold. */
  readonly pointsLayerRef?: Ref<PointsLayer | null>;
}
