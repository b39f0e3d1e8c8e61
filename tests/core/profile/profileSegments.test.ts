import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numericColumn } from '../../reference/csv/numericColumn';
import { parseTable } from '../../reference/csv/parseTable';
import { runAnalysis } from '../../reference/dataset/runAnalysis';
import { profileSegments } from '../../../src/core/profile/profileSegments';
import { profileTsv } from '../../../src/core/profile/profileTsv';
import { categorical } from './categorical';

describe('profileSegments on a hand-made table', () => {
  const labels = Int32Array.from([0, 1, 0, -1, 1, 1]);
  const profiles = profileSegments({
    labels,
    centroids: [
      [1, 10],
      [5, 50],
    ],
    numeric: [
      { name: 'Age', values: Float64Array.from([20, 40, 30, 99, 50, NaN]) },
      { name: 'Spend', values: Float64Array.from([1, 2, 3, 4, 5, 6]) },
    ],
    categorical: [categorical('Gender', ['F', 'M', 'M', 'F', 'F', ''])],
  });

  it('counts sizes and shares over clustered rows only', () => {
    expect(profiles.map((p) => p.size)).toEqual([2, 3]);
    expect(profiles.map((p) => p.share)).toEqual([0.4, 0.6]);
  });

  it('averages every numeric column in original units, skipping holes', () => {
    expect(profiles[0]?.numeric[0]).toEqual({ name: 'Age', mean: 25, median: 25, count: 2 });
    expect(profiles[1]?.numeric[0]).toEqual({ name: 'Age', mean: 45, median: 45, count: 2 });
    expect(profiles[1]?.numeric[1]?.mean).toBe(13 / 3);
    expect(profiles[1]?.numeric[1]?.median).toBe(5);
  });

  it('gives the mix of a categorical column, most frequent first, missing cells left out', () => {
    expect(profiles[0]?.categorical[0]?.shares).toEqual([
      { value: 'F', count: 1, share: 0.5 },
      { value: 'M', count: 1, share: 0.5 },
    ]);
    // A tie keeps the table's order (F appears first), the same in every segment.
    expect(profiles[1]?.categorical[0]?.shares).toEqual([
      { value: 'F', count: 1, share: 0.5 },
      { value: 'M', count: 1, share: 0.5 },
    ]);
  });

  it('carries the centroid', () => {
    expect(profiles[1]?.centroid).toEqual([5, 50]);
  });

  it('writes a tab-separated summary with one row per segment and every category', () => {
    const text = profileTsv(profiles, ['Young\tbuyers', 'Older'], ['x', 'y']);
    const rows = text
      .trimEnd()
      .split('\n')
      .map((r) => r.split('\t'));
    expect(rows[0]).toEqual([
      'Cluster',
      'Segment',
      'Customers',
      'Share (%)',
      'Age mean',
      'Age median',
      'Spend mean',
      'Spend median',
      'Gender F (%)',
      'Gender M (%)',
      'Centroid x',
      'Centroid y',
    ]);
    expect(rows[1]).toEqual([
      '1',
      'Young buyers',
      '2',
      '40.0',
      '25.00',
      '25.00',
      '2.00',
      '2.00',
      '50.0',
      '50.0',
      '1.00',
      '10.00',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === 12)).toBe(true);
  });
});

describe('profileSegments on Mall_Customers, k = 5', () => {
  const table = parseTable(readFileSync('public/Mall_Customers.csv', 'utf8')).table!;
  const features = [3, 4].map((i) => numericColumn(table, i));
  const analysis = runAnalysis({ columns: features, missing: 'drop', kMax: 10, nInit: 10, seed: 42 });
  const chosen = analysis.byK[4]!;
  const profiles = profileSegments({
    labels: chosen.rowLabels,
    centroids: chosen.centroids,
    numeric: [2, 3, 4].map((i) => ({ name: table.header[i]!, values: numericColumn(table, i) })),
    categorical: [
      categorical(
        'Gender',
        table.rows.map((r) => r[1] ?? ''),
      ),
    ],
  });
  const byCentre = (income: number) => profiles.find((p) => Math.abs((p.centroid[0] ?? 0) - income) < 1)!;

  it('profiles the well-known five segments, Age included', () => {
    const target = byCentre(86.54); // high income, high spending
    expect(target.size).toBe(39);
    expect(target.share).toBeCloseTo(0.195, 3);
    // The clustered columns' means are the centroid (drop policy: the mean of the members).
    expect(target.numeric[1]!.mean).toBeCloseTo(86.54, 2);
    expect(target.numeric[2]!.mean).toBeCloseTo(82.13, 2);
    // Age was not clustered on and is still profiled: this segment is young.
    expect(target.numeric[0]!.mean).toBeCloseTo(32.69, 2);
    expect(target.numeric[0]!.median).toBe(32);
    const average = byCentre(55.3);
    expect(average.size).toBe(81);
    expect(average.numeric[0]!.mean).toBeCloseTo(42.72, 2);
    const sum = profiles.reduce((s, p) => s + p.share, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('gives the gender mix per segment', () => {
    const target = byCentre(86.54);
    const shares = Object.fromEntries(target.categorical[0]!.shares.map((s) => [s.value, s.count]));
    expect(shares['Female']! + shares['Male']!).toBe(39);
    expect(shares['Female']).toBe(21);
  });
});
