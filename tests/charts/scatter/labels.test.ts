import { describe, expect, it } from 'vitest';
import type { Box, PlacedLabel } from '../../../src/charts/scatter/labels';
import {
  LABEL_NONE_ABOVE,
  MARKER_COVER_LIMIT,
  overlapArea,
  placeLabels,
} from '../../../src/charts/scatter/labels';

const opts = { fontSize: 9, radius: 4.5, width: 400, height: 300 };

function overlappingPairs(labels: readonly (PlacedLabel | null)[]): number {
  const boxes = labels.filter((l): l is PlacedLabel => l !== null).map((l) => l.box);
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlapArea(boxes[i]!, boxes[j]!) > 0) pairs++;
  }
  return pairs;
}

function inside(b: Box): boolean {
  return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= opts.width && b.y1 <= opts.height;
}

describe('placeLabels', () => {
  it('places every label of a small dense cluster without any overlap', () => {
    // 3×3 grid of points 14px apart: the default "right" slot collides for most of them.
    const anchors = [];
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++)
        anchors.push({ x: 200 + c * 28, y: 150 + r * 14, text: String(100 + r * 3 + c) });
    }
    const placed = placeLabels(anchors, opts);
    expect(placed.every((l) => l !== null)).toBe(true);
    expect(overlappingPairs(placed)).toBe(0);
  });

  it('keeps labels off the neighbouring markers and off the centroid crosses', () => {
    // Two markers 12 px apart: "right" of the first would lie over the second; a cross right of the
    // third blocks its "right" slot (which is free of markers).
    const anchors = [
      { x: 100, y: 100, text: '1' },
      { x: 112, y: 100, text: '2' },
      { x: 300, y: 100, text: '3' },
    ];
    const cross = { x0: 305, y0: 90, x1: 325, y1: 110 };
    const placed = placeLabels(anchors, { ...opts, obstacles: [cross] });
    const markerBox = (a: { x: number; y: number }): Box => ({
      x0: a.x - opts.radius,
      y0: a.y - opts.radius,
      x1: a.x + opts.radius,
      y1: a.y + opts.radius,
    });
    placed.forEach((label, i) => {
      expect(label).not.toBeNull();
      const covered = anchors
        .filter((_, j) => j !== i)
        .reduce((sum, a) => sum + overlapArea(label!.box, markerBox(a)), 0);
      expect(covered).toBeLessThanOrEqual(MARKER_COVER_LIMIT * (2 * opts.radius) ** 2);
      expect(overlapArea(label!.box, cross)).toBe(0);
    });
    // Without the cross, "3" is put to the right as usual: the cross is what moved it.
    expect(placeLabels(anchors, opts)[2]?.box.x0).toBeGreaterThan(300);
    expect(placed[2]?.box.x0).toBeLessThan(300);
  });

  it('never lets a label cover its own marker and keeps labels inside the plot', () => {
    const anchors = [
      { x: 1, y: 1, text: 'corner' },
      { x: 399, y: 299, text: 'other corner' },
      { x: 200, y: 150, text: 'C-0042' },
    ];
    const placed = placeLabels(anchors, opts);
    placed.forEach((l, i) => {
      expect(l).not.toBeNull();
      const a = anchors[i]!;
      // Distance from the marker's centre to the nearest point of the label box exceeds the radius.
      const dx = Math.max(l!.box.x0 - a.x, 0, a.x - l!.box.x1);
      const dy = Math.max(l!.box.y0 - a.y, 0, a.y - l!.box.y1);
      expect(Math.hypot(dx, dy)).toBeGreaterThan(4.5);
      expect(inside(l!.box)).toBe(true);
    });
  });

  it('prefers the right-hand side when there is room', () => {
    const [l] = placeLabels([{ x: 100, y: 100, text: '7' }], opts);
    expect(l!.x).toBeGreaterThan(100);
    expect(l!.y).toBe(100);
  });

  it('shows every label when asked to, even where they must overlap', () => {
    const anchors = Array.from({ length: 50 }, (_, i) => ({ x: 200, y: 150, text: String(i) }));
    const placed = placeLabels(anchors, { ...opts, allowOverlap: true });
    expect(placed.every((l) => l !== null)).toBe(true);
  });

  it('by default hides the labels of a pile-up instead of overlapping them', () => {
    const anchors = Array.from({ length: 50 }, (_, i) => ({ x: 200, y: 150, text: String(i) }));
    const placed = placeLabels(anchors, opts);
    const shown = placed.filter((l) => l !== null);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(50);
    expect(overlappingPairs(placed)).toBe(0);
  });

  it('in a big table hides labels that would overlap, and those shown never overlap', () => {
    const n = 1001;
    const anchors = Array.from({ length: n }, (_, i) => ({
      x: 20 + ((i * 37) % 360),
      y: 20 + ((i * 53) % 260),
      text: `ID-${i}`,
    }));
    const placed = placeLabels(anchors, opts);
    const shown = placed.filter((l) => l !== null);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(n);
    expect(overlappingPairs(placed)).toBe(0);
    for (const l of shown) expect(inside(l.box)).toBe(true);
  });

  it('can be forced into hiding mode for small inputs too', () => {
    const anchors = Array.from({ length: 20 }, () => ({ x: 200, y: 150, text: 'same' }));
    const placed = placeLabels(anchors, { ...opts, allowOverlap: false });
    expect(placed.filter((l) => l !== null).length).toBeLessThanOrEqual(8);
    expect(overlappingPairs(placed)).toBe(0);
  });

  it('places nothing beyond LABEL_NONE_ABOVE, for empty input or empty text', () => {
    expect(placeLabels([], opts)).toEqual([]);
    const many = Array.from({ length: LABEL_NONE_ABOVE + 1 }, () => ({ x: 1, y: 1, text: 'x' }));
    expect(placeLabels(many, opts).every((l) => l === null)).toBe(true);
    expect(placeLabels([{ x: 10, y: 10, text: '' }], opts)).toEqual([null]);
  });
});
