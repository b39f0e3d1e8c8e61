/**
 * Where to put each point's identifier so that drawn labels never sit on top of each other.
 *
 * Rule (deliberately simple, greedy, deterministic):
 * - Points are handled from the most isolated to the most crowded (fewest neighbouring markers
 *   first, ties in row order): an isolated point can always be labelled, and labelling it first
 *   costs the crowded ones nothing, so more labels fit overall than in plain row order.
 * - For each point up to 8 candidate boxes are tried around the marker: right, left, above, below,
 *   then the four diagonals (right first because that is where readers look for a label in Western
 *   layouts). A candidate's cost = area overlapping other markers (light); the cheapest candidate
 *   wins, the first zero-cost one is taken at once.
 * - A candidate that overlaps an already placed label, covers more than MARKER_COVER_LIMIT of another
 *   marker, covers a centroid cross (`obstacles`) or leaves the plot is never used. A point with
 *   no such candidate gets no label: it is named in its tooltip (hover, focus or keyboard stepping)
 *   and in the chart's data table instead. An overlapped label is unreadable anyway, so hiding it
 *   loses nothing and keeps the chart clean (on Mall_Customers at 720×480 the old "show all" rule
 *   left ~50 overlapping pairs).
 * - Above LABEL_NONE_ABOVE points no labels are placed at all: that many text nodes make the SVG
 *   sluggish and would be unreadable anyway.
 * - `allowOverlap: true` restores "every label, least-bad spot" (only for tests and callers that
 *   must show every id, e.g. a print-out of a small table).
 * Text width is estimated (no DOM in layout code), see estimateTextWidth.
 */
import { runToEnd, type Sliced } from '../../core/schedule/sliced';
import { estimateTextWidth } from '../shared/theme';
import type { Box } from './boxGrid';
import { BoxGrid, overlapArea } from './boxGrid';

export type { Box } from './boxGrid';
export { overlapArea } from './boxGrid';

export const LABEL_NONE_ABOVE = 10_000;

export interface LabelAnchor {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface PlacedLabel {
  /** Index into the anchors array. */
  readonly index: number;
  readonly text: string;
  /** Text start position (text-anchor "start"); y is the vertical centre (render with dy 0.32em). */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

export interface PlacementOptions {
  readonly fontSize: number;
  /** Marker radius: labels keep clear of their own marker. */
  readonly radius: number;
  readonly width: number;
  readonly height: number;
  /** Show every label even where they collide (default false, see the rule above). */
  readonly allowOverlap?: boolean;
  /** Boxes no label may cover (the centroid crosses), whatever `allowOverlap` says. */
  readonly obstacles?: readonly Box[];
}

/**
 * A label may graze other markers, but cover at most this share of one marker's box in all: in a
 * dense cloud a label laid over its neighbours hides them and reads as noise.
 */
export const MARKER_COVER_LIMIT = 0.35;

function candidates(x: number, y: number, w: number, h: number, r: number): Box[] {
  const g = r + 2; // gap between marker centre and label edge
  const d = r * 0.7 + 1; // diagonal gap, so corner labels hug the marker
  const box = (x0: number, y0: number): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h });
  return [
    box(x + g, y - h / 2), // right
    box(x - g - w, y - h / 2), // left
    box(x - w / 2, y - g - h), // above
    box(x - w / 2, y + g), // below
    box(x + d, y - d - h), // above right
    box(x + d, y + d), // below right
    box(x - d - w, y - d - h), // above left
    box(x - d - w, y + d), // below left
  ];
}

function outside(b: Box, width: number, height: number): number {
  const inner = overlapArea(b, { x0: 0, y0: 0, x1: width, y1: height });
  return (b.x1 - b.x0) * (b.y1 - b.y0) - inner;
}

interface Choice {
  readonly box: Box;
  readonly labelHit: number;
  readonly out: number;
}

/** Returns one entry per anchor: the placed label, or null when it is hidden. */
export function placeLabels(anchors: readonly LabelAnchor[], opts: PlacementOptions): (PlacedLabel | null)[] {
  return runToEnd(placeLabelsSteps(anchors, opts));
}

/** Anchors placed between two yields of placeLabelsSteps: each tries up to 8 boxes against three grids. */
const ANCHORS_PER_SLICE = 32;

/**
 * {@link placeLabels} a few anchors at a time (see core/schedule/sliced): the canvas scatter places
 * up to a thousand, which on a busy main thread is tens of milliseconds.
 */
export function* placeLabelsSteps(
  anchors: readonly LabelAnchor[],
  opts: PlacementOptions,
): Sliced<(PlacedLabel | null)[]> {
  const n = anchors.length;
  if (n === 0 || n > LABEL_NONE_ABOVE) return anchors.map(() => null);
  const allowOverlap = opts.allowOverlap ?? false;
  const { radius: r, width, height } = opts;
  // A rendered text's box is its line box (ascent + descent ≈ 1.2 em), not just the font size.
  const h = opts.fontSize * 1.2;

  const markers = new BoxGrid();
  for (const a of anchors) markers.add({ x0: a.x - r, y0: a.y - r, x1: a.x + r, y1: a.y + r });
  const blocked = new BoxGrid();
  for (const box of opts.obstacles ?? []) blocked.add(box);
  const markerLimit = MARKER_COVER_LIMIT * (2 * r) ** 2;
  const placed = new BoxGrid();
  const widths = anchors.map((a) => estimateTextWidth(a.text, opts.fontSize));

  // Cheapest candidate given the labels placed so far (marker slot i is the anchor's own marker).
  const choose = (i: number, ignoreSlot: number): Choice | null => {
    const a = anchors[i] as LabelAnchor;
    let best: (Choice & { cost: number }) | null = null;
    for (const box of candidates(a.x, a.y, widths[i] ?? 0, h, r)) {
      if (blocked.overlap(box, -1) > 0) continue; // a centroid would hide the id, or the id the centroid
      const labelHit = placed.overlap(box, ignoreSlot);
      const out = outside(box, width, height);
      if (!allowOverlap && (labelHit > 0 || out > 0)) continue; // never drawn over another label
      const markerHit = markers.overlap(box, i);
      if (!allowOverlap && markerHit > markerLimit) continue;
      const cost = labelHit * 10 + markerHit + out * 100;
      if (!best || cost < best.cost) best = { box, labelHit, out, cost };
      if (cost === 0) break;
    }
    return best;
  };

  const choice: (Choice | null)[] = new Array<Choice | null>(n).fill(null);
  const slot = new Int32Array(n).fill(-1);
  const order = yield* isolatedFirst(anchors, markers, r);
  for (const [done, i] of order.entries()) {
    if (done % ANCHORS_PER_SLICE === ANCHORS_PER_SLICE - 1) yield;
    if (anchors[i]?.text === '') continue;
    const c = choose(i, -1);
    if (!c || (!allowOverlap && (c.labelHit > 0 || c.out > 0))) continue;
    choice[i] = c;
    slot[i] = placed.add(c.box);
  }

  // Greedy order leaves early labels blocking later ones; a couple of repair passes re-place each
  // still-colliding label knowing where all the others ended up. Only needed when every label must
  // be shown (hidden mode already has no collisions).
  for (let pass = 0; allowOverlap && pass < 3; pass++) {
    let improved = false;
    for (let i = 0; i < n; i++) {
      if (i % ANCHORS_PER_SLICE === ANCHORS_PER_SLICE - 1) yield;
      const current = choice[i];
      const s = slot[i] ?? -1;
      if (!current || s < 0 || placed.overlap(current.box, s) === 0) continue;
      const c = choose(i, s);
      if (!c || c.box === current.box || placed.overlap(c.box, s) >= placed.overlap(current.box, s)) continue;
      placed.remove(s);
      choice[i] = c;
      slot[i] = placed.add(c.box);
      improved = true;
    }
    if (!improved) break;
  }

  return choice.map((c, index) =>
    c
      ? { index, text: anchors[index]?.text ?? '', x: c.box.x0, y: (c.box.y0 + c.box.y1) / 2, box: c.box }
      : null,
  );
}

/** Anchor indices ordered by how many markers lie near them (fewest first), ties in row order. */
function* isolatedFirst(anchors: readonly LabelAnchor[], markers: BoxGrid, r: number): Sliced<number[]> {
  const reach = 4 * r + 12; // about a label's height plus a marker on each side
  const crowding: number[] = [];
  for (const [i, a] of anchors.entries()) {
    if (i % (4 * ANCHORS_PER_SLICE) === 4 * ANCHORS_PER_SLICE - 1) yield;
    crowding.push(markers.count({ x0: a.x - reach, y0: a.y - reach, x1: a.x + reach, y1: a.y + reach }, i));
  }
  return anchors.map((_, i) => i).sort((a, b) => (crowding[a] ?? 0) - (crowding[b] ?? 0) || a - b);
}
