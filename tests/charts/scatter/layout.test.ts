import { readFileSync } from 'node:fs';
import { overlapArea } from '../../../src/charts/scatter/labels';
import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS, UNCLUSTERED_COLOR } from '../../../src/charts/palette';
import { computeScatterLayout, markerRadius, niceScale } from '../../../src/charts/scatter/layout';

const NaN_ = Number.NaN;

function input(over: Partial<Parameters<typeof computeScatterLayout>[0]> = {}) {
  return {
    x: Float64Array.from([10, 20, NaN_, 40, 55]),
    y: Float64Array.from([5, 80, 30, NaN_, 60]),
    labels: Int32Array.from([0, 1, 0, -1, -1]),
    ids: ['a', 'b', 'c', 'd', 'e'],
    centroids: [
      [12, 10],
      [25, 70],
    ],
    width: 720,
    height: 480,
    ...over,
  };
}

describe('computeScatterLayout', () => {
  it('skips rows with a NaN coordinate and counts them', () => {
    const l = computeScatterLayout(input());
    expect(l.points.map((p) => p.id).sort()).toEqual(['a', 'b', 'e']);
    expect(l.skipped).toBe(2);
    expect(l.summary).toMatch(/2 rows with a missing value/);
  });

  it('has nice domains covering all finite data and centroids, ignoring NaN', () => {
    const l = computeScatterLayout(input({ centroids: [[70, -3]] }));
    const xs = l.xTicks.map((t) => t.value);
    const ys = l.yTicks.map((t) => t.value);
    expect(Math.min(...xs)).toBeLessThanOrEqual(10);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(70);
    expect(Math.min(...ys)).toBeLessThanOrEqual(-3);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(80);
    for (const p of [...l.points, ...l.centroids]) {
      expect(p.cx).toBeGreaterThanOrEqual(0);
      expect(p.cx).toBeLessThanOrEqual(l.innerWidth);
      expect(p.cy).toBeGreaterThanOrEqual(0);
      expect(p.cy).toBeLessThanOrEqual(l.innerHeight);
    }
  });

  it('colours by cluster, grey for -1, and draws unclustered rows first', () => {
    const l = computeScatterLayout(input());
    expect(l.points[0]!.label).toBe(-1);
    expect(l.points[0]!.color).toBe(UNCLUSTERED_COLOR);
    expect(l.points.find((p) => p.id === 'b')!.color).toBe(CLUSTER_COLORS[1]);
  });

  it('builds tooltips as "ID · Cluster · (x, y)" with display numbers from 1', () => {
    const l = computeScatterLayout(input());
    expect(l.points.find((p) => p.id === 'b')!.title).toBe('ID b · Cluster 2 · (20, 80)');
    const named = computeScatterLayout(input({ clusterNames: ['Savers'] }));
    expect(named.points.find((p) => p.id === 'a')!.title).toBe('ID a · Savers · (10, 5)');
  });

  it('legend has one entry per cluster (even empty ones) plus "Not clustered" with row counts', () => {
    const l = computeScatterLayout(
      input({
        centroids: [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
      }),
    );
    expect(l.legend.map((e) => [e.name, e.count])).toEqual([
      ['Cluster 1', 2],
      ['Cluster 2', 1],
      ['Cluster 3', 0],
      ['Not clustered', 2],
    ]);
  });

  it('skips non-finite centroids', () => {
    const l = computeScatterLayout(
      input({
        centroids: [
          [NaN_, 3],
          [25, 70],
        ],
      }),
    );
    expect(l.centroids.map((c) => c.label)).toEqual([1]);
  });

  it('handles empty input and a single distinct value', () => {
    const empty = computeScatterLayout(
      input({
        x: new Float64Array(0),
        y: new Float64Array(0),
        labels: new Int32Array(0),
        ids: [],
        centroids: [],
      }),
    );
    expect(empty.points).toEqual([]);
    expect(empty.idLabels).toEqual([]);
    expect(empty.xTicks.length).toBeGreaterThan(1);
    const one = niceScale([5, 5, NaN_], [0, 100]);
    expect(one(5)).toBeCloseTo(50);
  });

  it('falls back to the row number when an id is missing', () => {
    const l = computeScatterLayout(input({ ids: [] }));
    expect(l.points.map((p) => p.id).sort()).toEqual(['1', '2', '5']);
  });

  it('labels most of the 200 Mall_Customers points at 720×480 without a single overlap', () => {
    const rows = readFileSync(new URL('../../../public/Mall_Customers.csv', import.meta.url), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','));
    const l = computeScatterLayout(
      input({
        x: Float64Array.from(rows, (r) => Number(r[3])),
        y: Float64Array.from(rows, (r) => Number(r[4])),
        labels: Int32Array.from(rows, (r) => Number(r[0]) % 5),
        ids: rows.map((r) => r[0]!),
        centroids: [],
      }),
    );
    expect(l.points).toHaveLength(200);
    // The old "label everything" rule left ~50 overlapping pairs here; now the drawn ones never
    // overlap and the rest are named in the tooltip (points carry `labelled: false`).
    // At 11 px ids (on-screen px since the viewBox follows the container) 128 fit at 720×480, 143 at
    // the 911×565 a 1400 px window gives the scatter, now that no label may lie over the neighbouring
    // markers of the dense centre (148 and 158 when they could).
    expect(l.idLabels.length).toBeGreaterThanOrEqual(125);
    const boxes = l.idLabels.map((x) => x.box);
    let pairs = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (overlapArea(boxes[i]!, boxes[j]!) > 0) pairs++;
    expect(pairs).toBe(0);
    expect(l.points.filter((p) => !p.labelled)).toHaveLength(200 - l.idLabels.length);
    expect(l.radius).toBe(markerRadius(200));

    // On request every customer gets its id, as in the notebook, overlaps accepted.
    const every = computeScatterLayout({
      ...input({
        x: Float64Array.from(rows, (r) => Number(r[3])),
        y: Float64Array.from(rows, (r) => Number(r[4])),
        labels: Int32Array.from(rows, (r) => Number(r[0]) % 5),
        ids: rows.map((r) => r[0]!),
        centroids: [],
      }),
      labelEvery: true,
    });
    expect(every.idLabels).toHaveLength(200);
    expect(new Set(every.idLabels.map((label) => label.text))).toEqual(new Set(rows.map((r) => r[0])));
  });
});
