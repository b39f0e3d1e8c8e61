/** Legend model for the scatter: which clusters exist and how many rows each holds. Pure. */
import type { MarkerShape } from '../palette';
import { clusterColor, clusterShape } from '../palette';
import type { ClusterLabels } from './props';

export interface LegendEntry {
  readonly label: number;
  readonly name: string;
  readonly color: string;
  readonly shape: MarkerShape;
  /** Rows carrying this label (whether or not they could be drawn). */
  readonly count: number;
}

/** Rows per label: `counts[label]` for labels 0, 1, …, and the rows with label −1. */
export interface LabelCounts {
  readonly counts: readonly number[];
  readonly unclustered: number;
}

/** Counts every row's label (a pass over all rows: pass LabelCounts to the chart where they are known). */
export function countLabels(labels: ClusterLabels): LabelCounts {
  let maxLabel = -1;
  const n = labels.length;
  for (let i = 0; i < n; i++) if ((labels[i] as number) > maxLabel) maxLabel = labels[i] as number;
  // A typed tally and indexed loops, not a Map and iterators: this runs over every row.
  const tally = new Int32Array(maxLabel + 2); // tally[label + 1]; slot 0 is "not clustered"
  for (let i = 0; i < n; i++) {
    const l = labels[i] as number;
    const slot = l < 0 ? 0 : l + 1;
    tally[slot] = (tally[slot] as number) + 1;
  }
  return { counts: Array.from(tally.subarray(1)), unclustered: tally[0] as number };
}

/**
 * One entry per cluster 0..k-1 (k = number of centroids, or more if labels say so), even when a
 * cluster is empty, so legend colours line up with cluster numbers; "Not clustered" last, only when
 * some row has label -1.
 */
export function legendEntries(
  labels: ClusterLabels,
  k: number,
  name: (label: number) => string,
): LegendEntry[] {
  return legendFromCounts(countLabels(labels), k, name);
}

/** {@link legendEntries} from counts already made (the same entries for the same rows). */
export function legendFromCounts(
  { counts, unclustered }: LabelCounts,
  k: number,
  name: (label: number) => string,
): LegendEntry[] {
  let maxLabel = k - 1;
  counts.forEach((count, label) => {
    if (count > 0 && label > maxLabel) maxLabel = label;
  });
  const entry = (label: number): LegendEntry => ({
    label,
    name: name(label),
    color: clusterColor(label),
    shape: clusterShape(label),
    count: label < 0 ? unclustered : (counts[label] ?? 0),
  });
  const out: LegendEntry[] = [];
  for (let l = 0; l <= maxLabel; l++) out.push(entry(l));
  if (unclustered > 0) out.push(entry(-1));
  return out;
}
