/**
 * What the scatter draws for one clustering, worked out once in the analysis worker rather than on
 * the main thread at every move of the k slider: each row's label renumbered by slot (see
 * segmentSlots) and the rows per slot, for the legend. Both are a pass over every row (a million
 * on big files), which on the main thread was a long task per slider step.
 */
export interface SlotDrawing {
  /**
   * Cluster slot per table row, −1 for a row left out: `labelsBySlot(rowLabels, slots)`. One byte a
   * row while every slot fits in one (k ≤ 127), four bytes otherwise.
   */
  readonly labels: Int8Array | Int32Array;
  /** Rows in each slot 0..k−1 (or more, if a label outside the slots was passed through). */
  readonly counts: number[];
  /** Rows left out of clustering (label −1). */
  readonly unclustered: number;
}

/** Largest slot an Int8Array holds. */
const INT8_MAX = 127;

export function slotDrawing(rowLabels: Int32Array, slots: readonly number[]): SlotDrawing {
  const n = rowLabels.length;
  let largest = slots.length - 1;
  for (const slot of slots) if (slot > largest) largest = slot;
  // A label with no slot keeps its number (as labelsBySlot does), so it may be the largest.
  for (let i = 0; i < n; i++) {
    const label = rowLabels[i] as number;
    if (label >= slots.length && label > largest) largest = label;
  }
  const labels = largest <= INT8_MAX ? new Int8Array(n) : new Int32Array(n);
  const tally = new Int32Array(largest + 2); // tally[slot + 1]; tally[0] counts the rows left out
  for (let i = 0; i < n; i++) {
    const label = rowLabels[i] as number;
    const slot = label < 0 ? -1 : (slots[label] ?? label);
    labels[i] = slot;
    tally[slot + 1] = (tally[slot + 1] as number) + 1;
  }
  return { labels, counts: Array.from(tally.subarray(1)), unclustered: tally[0] as number };
}
