/** Axis-aligned boxes and a spatial index for fast overlap queries (used by label placement). */

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const CELL = 32; // grid bucket size in px; about two short labels wide

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Uniform grid of boxes: overlap queries touch a few cells instead of every placed box. Boxes are
 * referred to by slot number; a per-query stamp makes sure a box spanning several cells is counted
 * once without allocating a Set per query (this runs ~8 times per point).
 */
export class BoxGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly boxes: (Box | null)[] = [];
  private stamps: Int32Array = new Int32Array(64);
  private stamp = 0;

  private forCells(b: Box, fn: (list: number[] | undefined, key: number) => void): void {
    const cx1 = Math.floor(b.x1 / CELL);
    const cy1 = Math.floor(b.y1 / CELL);
    for (let cx = Math.floor(b.x0 / CELL); cx <= cx1; cx++) {
      for (let cy = Math.floor(b.y0 / CELL); cy <= cy1; cy++) {
        const key = cx * 100_003 + cy;
        fn(this.cells.get(key), key);
      }
    }
  }

  add(b: Box): number {
    const slot = this.boxes.length;
    this.boxes.push(b);
    if (slot >= this.stamps.length) {
      const grown = new Int32Array(this.stamps.length * 2);
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.forCells(b, (list, key) => {
      if (list) list.push(slot);
      else this.cells.set(key, [slot]);
    });
    return slot;
  }

  /** Removal leaves the slot number in the cells; queries skip emptied slots. */
  remove(slot: number): void {
    this.boxes[slot] = null;
  }

  /** How many boxes overlap b (touching counts), not counting ignoreSlot. */
  count(b: Box, ignoreSlot = -1): number {
    return this.sumOver(b, ignoreSlot, false);
  }

  /** Total area of b covered by the other boxes (overlaps counted per box), not counting ignoreSlot. */
  overlap(b: Box, ignoreSlot = -1): number {
    return this.sumOver(b, ignoreSlot, true);
  }

  /**
   * Over the boxes o in b's cells, each once, skipping ignoreSlot and removed ones: the sum of their
   * overlap areas with b, or (area false) how many touch b. A flag rather than a callback: this is
   * the placer's inner loop.
   */
  private sumOver(b: Box, ignoreSlot: number, area: boolean): number {
    const stamp = ++this.stamp;
    let total = 0;
    this.forCells(b, (list) => {
      if (!list) return;
      for (const slot of list) {
        if (slot === ignoreSlot || this.stamps[slot] === stamp) continue;
        this.stamps[slot] = stamp;
        const o = this.boxes[slot];
        if (!o) continue;
        if (area) total += overlapArea(b, o);
        else if (o.x0 <= b.x1 && b.x0 <= o.x1 && o.y0 <= b.y1 && b.y0 <= o.y1) total++;
      }
    });
    return total;
  }
}
