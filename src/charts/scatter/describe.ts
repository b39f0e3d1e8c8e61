/**
 * The scatter's words: summary, missing-value note, centroid titles and the text for one row (tooltip
 * and screen-reader announcement). Shared by the SVG and the canvas renderers so both say the same.
 */
import { clusterName } from '../palette';
import { formatValue } from '../shared/format';
import { idAt } from './idLookup';
import type { ClusterScatterProps } from './props';
import type { TooltipRows } from './ScatterTooltip';

const rows = (count: number): string => `${count} row${count === 1 ? '' : 's'}`;

/** "Scatter of 198 rows in 5 clusters; 2 rows with a missing value not shown." */
export function scatterSummary(drawn: number, clusters: number, skipped: number): string {
  return (
    `Scatter of ${drawn} rows in ${clusters} cluster${clusters === 1 ? '' : 's'}` +
    (skipped > 0 ? `; ${rows(skipped)} with a missing value not shown.` : '.')
  );
}

/** The note under the plot when rows could not be drawn, or undefined when all were. */
export function missingNote(skipped: number, xLabel: string, yLabel: string): string | undefined {
  return skipped > 0 ? `${rows(skipped)} with a missing ${xLabel} or ${yLabel} not shown` : undefined;
}

export function centroidTitle(label: number, vx: number, vy: number, names?: readonly string[]): string {
  return `Centroid of ${clusterName(label, names)} · (${formatValue(vx)}, ${formatValue(vy)})`;
}

export interface RowText {
  readonly heading: string;
  readonly rows: TooltipRows;
}

type RowSource = Pick<
  ClusterScatterProps,
  'x' | 'y' | 'labels' | 'ids' | 'xLabel' | 'yLabel' | 'clusterNames' | 'details'
>;

/** Tooltip heading ("ID 17 · Cluster 3") and lines (the caller's details, else x and y) for a row. */
export function describeRow(source: RowSource, row: number): RowText {
  const { x, y, labels, ids, xLabel, yLabel, clusterNames, details } = source;
  return {
    heading: `ID ${idAt(ids, row)} · ${clusterName(labels[row] ?? -1, clusterNames)}`,
    rows: details?.(row) ?? [
      [xLabel, formatValue(x[row] ?? NaN)],
      [yLabel, formatValue(y[row] ?? NaN)],
    ],
  };
}

/** The same text as one sentence for the live region. */
export function announcement(text: RowText): string {
  return `${text.heading}. ${text.rows.map(([label, value]) => `${label}: ${value}`).join(', ')}.`;
}
