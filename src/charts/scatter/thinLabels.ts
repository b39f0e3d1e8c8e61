/**
 * Id labels for the canvas path: at most one candidate per label-sized cell of the visible plot,
 * then the SVG path's collision-free placement over those few hundred candidates, capped. Scanning
 * the rows is one typed loop (which can run a slice at a time); the placement only ever sees ≤ ~1,000 anchors.
 */
import { atSliceEnd, runToEnd, type Sliced } from '../../core/schedule/sliced';
import { THEME } from '../shared/theme';
import type { PlacedLabel } from './labels';
import { placeLabelsSteps } from './labels';
import type { IdLookup } from './idLookup';
import { idAt } from './idLookup';

/** More labels than this is visual noise (and DOM cost) rather than information. */
export const MAX_LABELS = 400;
/** A short id at the annotation font size (≈ 6 characters) and a line of text. */
export const LABEL_CELL_WIDTH = 44;
export const LABEL_CELL_HEIGHT = 16;

export interface ThinLabelsInput {
  /** Base plot coordinates (zoom 1), NaN = not drawn. */
  readonly px: Float32Array;
  readonly py: Float32Array;
  readonly ids: IdLookup;
  /** View: plot pixel = base × k + (tx, ty). */
  readonly k: number;
  readonly tx: number;
  readonly ty: number;
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly maxLabels?: number;
  readonly fontSize?: number;
}

/** A placed id label, tied to its row so it can follow its point during the next pan. */
export interface RowLabel extends PlacedLabel {
  readonly row: number;
  /** Label position relative to its point (plot pixels), constant while zooming or panning. */
  readonly dx: number;
  readonly dy: number;
}

/** Labels for the points in view: none overlapping, none leaving the plot, at most maxLabels. */
export function thinLabels(input: ThinLabelsInput): RowLabel[] {
  return runToEnd(thinLabelsSteps(input));
}

/** {@link thinLabels} with its scan of the rows a slice at a time (see core/schedule/sliced). */
export function* thinLabelsSteps(input: ThinLabelsInput): Sliced<RowLabel[]> {
  const { px, py, ids, k, tx, ty, width, height, radius } = input;
  const cap = input.maxLabels ?? MAX_LABELS;
  const cols = Math.max(1, Math.ceil(width / LABEL_CELL_WIDTH));
  const rows = Math.max(1, Math.ceil(height / LABEL_CELL_HEIGHT));
  const owner = new Int32Array(cols * rows).fill(-1);
  const picked: number[] = [];
  const n = Math.min(px.length, py.length);
  // Only about one label fits per cell anyway, so the first point met in each cell stands for it.
  for (let i = 0; i < n && picked.length < owner.length; i++) {
    if (atSliceEnd(i)) yield;
    const sx = (px[i] as number) * k + tx;
    const sy = (py[i] as number) * k + ty;
    if (!(sx >= 0 && sx <= width && sy >= 0 && sy <= height)) continue; // also drops NaN
    const c =
      Math.min(rows - 1, Math.floor(sy / LABEL_CELL_HEIGHT)) * cols +
      Math.min(cols - 1, Math.floor(sx / LABEL_CELL_WIDTH));
    if (owner[c] !== -1) continue;
    owner[c] = i;
    picked.push(i);
  }
  const anchors = picked.map((i) => ({
    x: (px[i] as number) * k + tx,
    y: (py[i] as number) * k + ty,
    text: idAt(ids, i),
  }));
  const placed = yield* placeLabelsSteps(anchors, {
    fontSize: input.fontSize ?? THEME.annotationFontSize,
    radius,
    width,
    height,
  });
  const out: RowLabel[] = [];
  for (const l of placed) {
    if (l === null) continue;
    const a = anchors[l.index];
    const row = picked[l.index];
    if (a === undefined || row === undefined) continue;
    out.push({ ...l, row, dx: l.x - a.x, dy: l.y - a.y });
    if (out.length >= cap) break;
  }
  return out;
}
