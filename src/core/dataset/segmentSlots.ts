import { minCostAssignment } from '../stats/minCostAssignment';

/**
 * A colour-and-shape slot per cluster for every k, chosen so that a segment keeps its look when k
 * changes: k = 1 takes slot 0; each next k gives its clusters the slots of the previous k's clusters
 * they share the most customers with (an assignment problem on the overlap counts), and the one
 * cluster left over takes the new slot k − 1. So at every k the slots are 0..k−1, and moving the slider
 * from 5 to 6 shows one segment splitting off, not every segment repainted.
 *
 * `rowLabels[k - 1]` is the clustering for k (0-based labels per row, −1 for a row left out).
 * Returns `slots[k - 1][label]`.
 */
export function segmentSlots(rowLabels: readonly Int32Array[]): number[][] {
  const slots: number[][] = [];
  rowLabels.forEach((labels, index) => {
    const k = index + 1;
    const previous = rowLabels[index - 1];
    const previousSlots = slots[index - 1];
    if (previous === undefined || previousSlots === undefined) {
      slots.push(Array.from({ length: k }, (_, c) => c));
      return;
    }
    const shared = overlap(previous, labels, previousSlots.length, k);
    // Most shared customers = least cost; previous clusters are rows, this k's clusters columns.
    const match = minCostAssignment(shared.map((row) => row.map((count) => -count)));
    const mine = new Array<number>(k).fill(-1);
    match.forEach((cluster, old) => {
      if (cluster >= 0) mine[cluster] = previousSlots[old] ?? old;
    });
    let fresh = previousSlots.length;
    for (let c = 0; c < k; c++) if (mine[c] === -1) mine[c] = fresh++;
    slots.push(mine);
  });
  return slots;
}

/** How many rows cluster `a` of one clustering and cluster `b` of the other share: counts[a][b]. */
function overlap(first: Int32Array, second: Int32Array, kFirst: number, kSecond: number): number[][] {
  const counts = Array.from({ length: kFirst }, () => new Array<number>(kSecond).fill(0));
  const n = Math.min(first.length, second.length);
  for (let i = 0; i < n; i++) {
    const a = first[i] ?? -1;
    const b = second[i] ?? -1;
    if (a < 0 || b < 0 || a >= kFirst || b >= kSecond) continue;
    const row = counts[a];
    if (row !== undefined) row[b] = (row[b] ?? 0) + 1;
  }
  return counts;
}

/** Row labels renumbered by slot, for drawing (rows left out stay −1). */
export function labelsBySlot(labels: Int32Array, slots: readonly number[]): Int32Array {
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? -1;
    out[i] = label < 0 ? -1 : (slots[label] ?? label);
  }
  return out;
}

/** Anything listed per cluster (centroids, names) put in slot order, to go with {@link labelsBySlot}. */
export function inSlotOrder<T>(perCluster: readonly T[], slots: readonly number[]): T[] {
  const ordered = [...perCluster];
  perCluster.forEach((item, label) => {
    ordered[slots[label] ?? label] = item;
  });
  return ordered;
}
