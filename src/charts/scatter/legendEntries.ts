/** Legend model for the scatter: which clusters exist and how many rows each holds. Pure. */
import type { MarkerShape } from '../palette';
import { clusterColor, clusterShape } from '../palette';

export interface LegendEntry {
  readonly label: number;
  readonly name: string;
  readonly color: string;
  readonly shape: MarkerShape;
  /** Rows carrying this label (whether or not they could be drawn). */
  readonly count: number;
}

/**
 * One entry per cluster 0..k-1 (k = number of centroids, or more if labels say so), even when a
 * cluster is empty, so legend colours line up with cluster numbers; "Not clustered" last, only when
 * some row has label -1.
 */
export function legendEntries(labels: Int32Array, k: number, name: (label: number) => string): LegendEntry[] {
  let maxLabel = k - 1;
  const n = labels.length;
  for (let i = 0; i < n; i++) if ((labels[i] as number) > maxLabel) maxLabel = labels[i] as number;
  // A typed tally and indexed loops, not a Map and iterators: this runs over every row (a million on
  // big files) each time k changes.
  const counts = new Int32Array(maxLabel + 2); // counts[label + 1]; slot 0 is "not clustered"
  for (let i = 0; i < n; i++) {
    const l = labels[i] as number;
    const slot = l < 0 ? 0 : l + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  const entry = (label: number): LegendEntry => ({
    label,
    name: name(label),
    color: clusterColor(label),
    shape: clusterShape(label),
    count: counts[label + 1] ?? 0,
  });
  const out: LegendEntry[] = [];
  for (let l = 0; l <= maxLabel; l++) out.push(entry(l));
  if ((counts[0] as number) > 0) out.push(entry(-1));
  return out;
}
