import { MAX_LISTED_LINES } from './problem';
import { EXACT_KEYS, hashRow, isBlankRow, type RowFindings } from './rowTracker';

// Rows a bucket of mergeRowParts holds on average: its table (about 24 bytes a row) then stays in the cache.
const BUCKET_ROWS = 4096;

/**
 * What one range of a file's rows says about ragged and repeated rows (see parseRange). Repeats can
 * span ranges, so a range only hashes its rows; {@link mergeRowParts} finds the repeats over them all.
 */
export interface RowPart {
  readonly raggedCount: number;
  readonly ragged: readonly { line: number; fields: number }[];
  /** Per row, the 53-bit hash of its key (see rowKey); NaN for a row of holes, which is never a repeat. */
  readonly hashes: Float64Array;
}

/** Collects a {@link RowPart} a row at a time. */
export interface RowPartTracker {
  add(row: readonly string[], line: number): void;
  /** The same for a row, not all holes, of `fields` fields whose key hashes to `hash` (see hashFields). */
  addHashed(fields: number, hash: number, line: number): void;
  part(): RowPart;
}

/** A {@link RowPartTracker} for a table whose header has `width` fields; `capacity` rows are expected. */
export function createRowPartTracker(width: number, capacity = 1024): RowPartTracker {
  const ragged: { line: number; fields: number }[] = [];
  let raggedCount = 0;
  let hashes = new Float64Array(Math.max(16, capacity));
  let rows = 0;
  const addHashed = (fields: number, hash: number, line: number): void => {
    if (fields !== width) {
      raggedCount++;
      if (ragged.length < MAX_LISTED_LINES) ragged.push({ line, fields });
    }
    if (rows === hashes.length) {
      const grown = new Float64Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[rows++] = hash;
  };
  return {
    add: (row, line) => addHashed(row.length, isBlankRow(row) ? NaN : hashRow(row), line),
    addHashed,
    part: () => ({ raggedCount, ragged, hashes: hashes.subarray(0, rows) }),
  };
}

/**
 * The ragged and repeated rows of the whole table from its ranges' parts, in file order: what one
 * RowTracker fed every row finds. `lines` gives each row's file line; `keyOf(row)` reads row `row`
 * back, to check a repeat exactly where the RowTracker compares texts (its first EXACT_KEYS distinct
 * rows). Returns null when two different rows there share a hash, which the RowTracker would have told
 * apart: the caller then reads the file the serial way.
 *
 * The hashes are first sorted into buckets by their high bits (stably, so each bucket keeps file
 * order), and each bucket's repeats found in a small table: one table for a million rows misses the
 * cache on every row and took about a third of a second. `bucketRows` is the rows a bucket holds on
 * average (tests set it small).
 */
export function mergeRowParts(
  parts: readonly RowPart[],
  lines: Int32Array,
  keyOf: (row: number) => string,
  bucketRows = BUCKET_ROWS,
): RowFindings | null {
  const raggedCount = parts.reduce((sum, p) => sum + p.raggedCount, 0);
  const ragged = parts.flatMap((p) => p.ragged).slice(0, MAX_LISTED_LINES);
  const rows = parts.reduce((sum, p) => sum + p.hashes.length, 0);
  let bits = 0;
  while (bits < 16 && rows >> bits > bucketRows) bits++;
  // The top `bits` of the 53-bit hash (of its first 32-bit half, see hashRow) name the bucket; the
  // slot within one is taken from the low bits, the second half's. A power of two scales exactly.
  const scale = 2 ** (bits - 53);
  const starts = new Int32Array((1 << bits) + 1);
  for (const part of parts) {
    const { hashes } = part;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i] as number;
      if (hash !== hash) continue;
      const bucket = ((hash * scale) | 0) + 1;
      starts[bucket] = (starts[bucket] as number) + 1;
    }
  }
  for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const filled = starts.slice(0, -1);
  const sortedRows = new Int32Array(starts[starts.length - 1] as number);
  const sortedHashes = new Float64Array(sortedRows.length);
  let row = 0;
  for (const part of parts) {
    const { hashes } = part;
    for (let i = 0; i < hashes.length; i++, row++) {
      const hash = hashes[i] as number;
      if (hash !== hash) continue;
      const bucket = (hash * scale) | 0;
      const at = filled[bucket] as number;
      filled[bucket] = at + 1;
      sortedRows[at] = row;
      sortedHashes[at] = hash;
    }
  }
  // Per row, its first row + 1 when it repeats one; 0 for a first (or a row of holes).
  const earlier = new Int32Array(rows);
  let largest = 0;
  for (let b = 1; b < starts.length; b++)
    largest = Math.max(largest, (starts[b] as number) - (starts[b - 1] as number));
  let slots = 16;
  while (slots < largest * 2) slots *= 2;
  const keys = new Float64Array(slots);
  const firsts = new Int32Array(slots); // first row + 1; 0 = empty
  for (let b = 0; b + 1 < starts.length; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to === from) continue;
    let size = 16;
    while (size < (to - from) * 2) size *= 2;
    const mask = size - 1;
    firsts.fill(0, 0, size);
    for (let i = from; i < to; i++) {
      const hash = sortedHashes[i] as number;
      let slot = hash & mask;
      for (;;) {
        const first = firsts[slot] as number;
        if (first === 0) {
          keys[slot] = hash;
          firsts[slot] = (sortedRows[i] as number) + 1;
          break;
        }
        if (keys[slot] === hash) {
          earlier[sortedRows[i] as number] = first;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  // In file order: the counts, the first repeats, and the exact check while distinct rows are few.
  let distinct = 0;
  const repeats: number[] = [];
  let repeatCount = 0;
  let firstOriginal = 0;
  row = 0;
  for (const part of parts) {
    const { hashes } = part;
    for (let i = 0; i < hashes.length; i++, row++) {
      const first = earlier[row] as number;
      if (first === 0) {
        if (hashes[i] === hashes[i]) distinct++;
        continue;
      }
      if (distinct <= EXACT_KEYS && keyOf(first - 1) !== keyOf(row)) return null;
      if (repeatCount === 0) firstOriginal = lines[first - 1] ?? 0;
      repeatCount++;
      if (repeats.length < MAX_LISTED_LINES) repeats.push(lines[row] ?? 0);
    }
  }
  return { raggedCount, ragged, repeatCount, repeats, firstOriginal };
}
