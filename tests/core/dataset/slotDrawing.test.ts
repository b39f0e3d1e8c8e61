import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelsBySlot } from '../../../src/core/dataset/segmentSlots';
import { slotDrawing } from '../../../src/core/dataset/slotDrawing';
import { numericColumn } from '../../reference/csv/numericColumn';
import { parseTable } from '../../reference/csv/parseTable';
import { runAnalysis } from '../../reference/dataset/runAnalysis';
import { legendCounts } from '../../reference/charts/scatterPasses';

/** k, a permutation of 0..k−1 as the slots, and labels −1..k−1 (some rows left out). */
const clustering = fc.integer({ min: 1, max: 12 }).chain((k) =>
  fc.record({
    slots: fc.shuffledSubarray(
      Array.from({ length: k }, (_, i) => i),
      { minLength: k, maxLength: k },
    ),
    labels: fc.array(fc.integer({ min: -1, max: k - 1 }), { maxLength: 300 }).map((l) => Int32Array.from(l)),
  }),
);

describe('slotDrawing', () => {
  it('renumbers the rows as labelsBySlot does and counts them as the legend did', () => {
    fc.assert(
      fc.property(clustering, ({ slots, labels }) => {
        const drawing = slotDrawing(labels, slots);
        const bySlot = labelsBySlot(labels, slots);
        expect(drawing.labels).toBeInstanceOf(Int8Array);
        expect(Array.from(drawing.labels)).toEqual(Array.from(bySlot));
        const { maxLabel, counts } = legendCounts(bySlot, slots.length);
        expect(drawing.counts).toEqual(Array.from(counts.subarray(1, maxLabel + 2)));
        expect(drawing.unclustered).toBe(counts[0]);
      }),
    );
  });

  it('keeps a label without a slot, and four bytes a row when a slot does not fit in one', () => {
    const small = slotDrawing(Int32Array.from([0, 3, -1, 1]), [1, 0]);
    expect(Array.from(small.labels)).toEqual([1, 3, -1, 0]);
    expect(small.counts).toEqual([1, 1, 0, 1]);
    const wide = slotDrawing(Int32Array.from([0, 200, -1]), [0]);
    expect(wide.labels).toBeInstanceOf(Int32Array);
    expect(Array.from(wide.labels)).toEqual([0, 200, -1]);
    expect(wide.counts[200]).toBe(1);
    expect(wide.unclustered).toBe(1);
  });

  it('comes with every k of an analysis (Mall_Customers, k = 1 to 10)', () => {
    const table = parseTable(readFileSync('public/Mall_Customers.csv', 'utf8')).table!;
    const columns = [3, 4].map((c) => numericColumn(table, c));
    const analysis = runAnalysis({ columns, missing: 'drop', kMax: 10, nInit: 10, seed: 42 });
    for (const clustering of analysis.byK) {
      expect(Array.from(clustering.drawing.labels)).toEqual(
        Array.from(labelsBySlot(clustering.rowLabels, clustering.slots)),
      );
      // Rows per slot are the clusters' sizes, put in slot order.
      const sizesBySlot: number[] = [];
      clustering.sizes.forEach((size, label) => (sizesBySlot[clustering.slots[label] ?? label] = size));
      expect(clustering.drawing.counts).toEqual(sizesBySlot);
      expect(clustering.drawing.unclustered).toBe(0);
    }
  });
});
