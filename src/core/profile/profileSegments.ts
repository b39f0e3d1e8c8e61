/**
 * Per-segment profile of a clustered table: size and share, mean and median of every numeric column
 * in original units, the mix of every categorical column, and the centroid. Pure: typed columns in,
 * plain objects out, so the table, the clipboard summary and the tests all read the same numbers.
 */
import { median } from './median';

export interface NumericInput {
  readonly name: string;
  /** One value per table row, NaN where the cell is missing or not a number. */
  readonly values: Float64Array;
}

export interface CategoricalInput {
  readonly name: string;
  /** One cell text per table row; '' for a missing cell. */
  readonly values: readonly string[];
}

export interface NumericSummary {
  readonly name: string;
  readonly mean: number;
  readonly median: number;
  /** Rows of the segment with a value in this column (means skip holes rather than count them as 0). */
  readonly count: number;
}

export interface CategoryShare {
  readonly value: string;
  readonly count: number;
  /** Fraction of the segment's rows with a non-missing cell in this column. */
  readonly share: number;
}

export interface CategoricalMix {
  readonly name: string;
  /** Most frequent first; ties in order of first appearance in the table. */
  readonly shares: readonly CategoryShare[];
}

export interface SegmentProfile {
  readonly cluster: number;
  readonly size: number;
  /** size / number of clustered rows (rows with label -1 are not in any segment). */
  readonly share: number;
  readonly numeric: readonly NumericSummary[];
  readonly categorical: readonly CategoricalMix[];
  /** The cluster centre in original units, one value per clustered feature. */
  readonly centroid: readonly number[];
}

export interface ProfileInput {
  /** Cluster per table row, -1 for rows left out. */
  readonly labels: Int32Array;
  readonly centroids: readonly (readonly number[])[];
  readonly numeric: readonly NumericInput[];
  readonly categorical?: readonly CategoricalInput[];
}

export function profileSegments(input: ProfileInput): SegmentProfile[] {
  const { labels, centroids } = input;
  const k = centroids.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let row = 0; row < labels.length; row++) {
    const label = labels[row] as number;
    if (label >= 0 && label < k) members[label]?.push(row);
  }
  const clustered = members.reduce((sum, rows) => sum + rows.length, 0);
  return members.map((rows, cluster) => ({
    cluster,
    size: rows.length,
    share: clustered === 0 ? 0 : rows.length / clustered,
    numeric: input.numeric.map((column) => summarise(column, rows)),
    categorical: (input.categorical ?? []).map((column) => mix(column, rows)),
    centroid: [...(centroids[cluster] ?? [])],
  }));
}

function summarise(column: NumericInput, rows: readonly number[]): NumericSummary {
  const values: number[] = [];
  for (const row of rows) {
    const v = column.values[row];
    if (v !== undefined && Number.isFinite(v)) values.push(v);
  }
  const sum = values.reduce((s, v) => s + v, 0);
  return {
    name: column.name,
    mean: values.length === 0 ? Number.NaN : sum / values.length,
    median: median(values),
    count: values.length,
  };
}

function mix(column: CategoricalInput, rows: readonly number[]): CategoricalMix {
  const counts = new Map<string, number>();
  let present = 0;
  for (const row of rows) {
    const text = (column.values[row] ?? '').trim();
    if (text === '') continue;
    present++;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  // Map keeps first-appearance order, and sort is stable: equal counts stay in table order.
  const shares = [...counts]
    .map(([value, count]) => ({ value, count, share: present === 0 ? 0 : count / present }))
    .sort((a, b) => b.count - a.count);
  return { name: column.name, shares };
}
