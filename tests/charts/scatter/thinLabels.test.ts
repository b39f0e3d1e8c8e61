import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapArea } from '../../../src/charts/scatter/labels';
import { MAX_LABELS, thinLabels } from '../../../src/charts/scatter/thinLabels';

function cloud(n: number, seed: number): { px: Float32Array; py: Float32Array; ids: string[] } {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const px = new Float32Array(n);
  const py = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = 300 + (rand() - 0.5) * 500 * rand();
    py[i] = 200 + (rand() - 0.5) * 350 * rand();
  }
  return { px, py, ids: Array.from({ length: n }, (_, i) => `C${i}`) };
}

const view = { k: 1, tx: 0, ty: 0, width: 600, height: 400, radius: 1.8 };

function overlaps(labels: readonly { box: Parameters<typeof overlapArea>[0] }[]): number {
  let pairs = 0;
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) if (overlapArea(labels[i]!.box, labels[j]!.box) > 0) pairs++;
  return pairs;
}

describe('thinLabels', () => {
  it('never overlaps, stays in the plot and respects the cap, at any zoom', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer(),
        fc.float({ min: 1, max: 64, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (n, seed, k, cap) => {
          const { px, py, ids } = cloud(n, seed);
          const tx = (600 - 600 * k) / 2;
          const ty = (400 - 400 * k) / 2;
          const labels = thinLabels({ px, py, ids, ...view, k, tx, ty, maxLabels: cap });
          expect(labels.length).toBeLessThanOrEqual(cap);
          expect(overlaps(labels)).toBe(0);
          for (const l of labels) {
            expect(l.box.x0).toBeGreaterThanOrEqual(0);
            expect(l.box.x1).toBeLessThanOrEqual(600);
            expect(l.box.y0).toBeGreaterThanOrEqual(0);
            expect(l.box.y1).toBeLessThanOrEqual(400);
            expect(l.text).toBe(ids[l.row]);
            // The label sits next to its own point.
            const sx = px[l.row]! * k + tx;
            const sy = py[l.row]! * k + ty;
            expect(Math.abs(l.x - l.dx - sx)).toBeLessThan(1e-3);
            expect(Math.abs(l.y - l.dy - sy)).toBeLessThan(1e-3);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('labels only points in view, and more of them once zoomed in', () => {
    const { px, py, ids } = cloud(100_000, 7);
    const out = thinLabels({ px, py, ids, ...view });
    expect(out.length).toBeGreaterThan(50);
    expect(out.length).toBeLessThanOrEqual(MAX_LABELS);
    const k = 64;
    const zoomed = thinLabels({ px, py, ids, ...view, k, tx: 300 - 300 * k, ty: 200 - 200 * k });
    for (const l of zoomed) {
      const sx = px[l.row]! * k + 300 - 300 * k;
      expect(sx >= 0 && sx <= 600).toBe(true);
    }
    const rows = new Set(out.map((l) => l.row));
    expect(zoomed.some((l) => !rows.has(l.row))).toBe(true);
  });

  it('reads ids through IdLookup.at and skips NaN rows', () => {
    const px = Float32Array.from([Number.NaN, 100]);
    const py = Float32Array.from([100, 100]);
    const ids = { length: 2, at: (row: number) => (row === 1 ? 'only' : undefined) };
    expect(thinLabels({ px, py, ids, ...view }).map((l) => l.text)).toEqual(['only']);
  });
});
