import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inSlotOrder, labelsBySlot, segmentSlots } from '../../../src/core/dataset/segmentSlots';
import { suggestSegmentNames } from '../../../src/core/profile/nameSegments';
import { numericColumn } from '../../reference/csv/numericColumn';
import { parseTable } from '../../reference/csv/parseTable';
import { runAnalysis } from '../../reference/dataset/runAnalysis';

describe('segmentSlots', () => {
  it('keeps the slot of the cluster a new k shares most customers with', () => {
    const k1 = Int32Array.from([0, 0, 0, 0, 0, 0]);
    const k2 = Int32Array.from([0, 0, 0, 1, 1, 1]);
    // k = 3 numbers by size: the old second half is now cluster 0, the first half split in two.
    const k3 = Int32Array.from([1, 2, 2, 0, 0, 0]);
    expect(segmentSlots([k1, k2, k3])).toEqual([[0], [0, 1], [1, 2, 0]]);
  });
  it('gives every k the slots 0..k-1 and ignores rows left out', () => {
    const slots = segmentSlots([Int32Array.from([0, -1, 0, 0]), Int32Array.from([1, -1, 0, 1])]);
    expect(slots).toEqual([[0], [1, 0]]);
  });
  it('renumbers for drawing', () => {
    expect(Array.from(labelsBySlot(Int32Array.from([0, 1, -1, 2]), [2, 0, 1]))).toEqual([2, 0, -1, 1]);
    expect(inSlotOrder(['a', 'b', 'c'], [2, 0, 1])).toEqual(['b', 'c', 'a']);
  });
});

describe('Mall_Customers from k = 2 to 10', () => {
  const table = parseTable(readFileSync('public/Mall_Customers.csv', 'utf8')).table!;
  const columns = [3, 4].map((c) => numericColumn(table, c));
  const analysis = runAnalysis({ columns, missing: 'drop', kMax: 10, nInit: 10, seed: 42 });

  it('keeps the customers of each k = 5 segment in their colour at k = 6, but for the one that splits', () => {
    const [five, six] = [analysis.byK[4]!, analysis.byK[5]!];
    const slotAt = (clustering: typeof five, row: number): number =>
      clustering.slots[clustering.rowLabels[row] ?? -1] ?? -1;
    let same = 0;
    for (let row = 0; row < 200; row++) if (slotAt(five, row) === slotAt(six, row)) same++;
    // Moving from 5 to 6 clusters splits one segment; everyone else keeps their colour.
    expect(same).toBeGreaterThanOrEqual(200 - Math.max(...five.sizes));
    for (const clustering of analysis.byK) {
      expect([...clustering.slots].sort((a, b) => a - b)).toEqual(clustering.slots.map((_, i) => i));
    }
  });

  it('never gives two segments the same suggested name', () => {
    for (const clustering of analysis.byK.slice(1)) {
      const names = suggestSegmentNames({
        centroids: clustering.centroids,
        mean: analysis.mean,
        scale: analysis.scale,
        columnNames: ['Annual Income (k$)', 'Spending Score (1-100)'],
      });
      expect(new Set(names).size, names.join(' | ')).toBe(clustering.k);
      for (const name of names) expect(name).not.toMatch(/\(\d+\)$/);
    }
  });
});
