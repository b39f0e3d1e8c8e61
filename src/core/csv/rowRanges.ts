import { LineByHash } from './lineByHash';
import { MAX_LISTED_LINES } from './problem';
import { EXACT_KEYS, hashRow, isBlankRow, type RowFindings } from './rowTracker';

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
 */
export function mergeRowParts(
  parts: readonly RowPart[],
  lines: Int32Array,
  keyOf: (row: number) => string,
): RowFindings | null {
  const raggedCount = parts.reduce((sum, p) => sum + p.raggedCount, 0);
  const ragged = parts.flatMap((p) => p.ragged).slice(0, MAX_LISTED_LINES);
  // Maps a hash to its first row + 1 (LineByHash stores positive numbers).
  const firstRow = new LineByHash(parts.reduce((sum, p) => sum + p.hashes.length, 0));
  let distinct = 0;
  const repeats: number[] = [];
  let repeatCount = 0;
  let firstOriginal = 0;
  let row = 0;
  for (const part of parts) {
    for (const hash of part.hashes) {
      const at = row++;
      if (Number.isNaN(hash)) continue;
      const earlier = firstRow.firstOrAdd(hash, at + 1);
      if (earlier === undefined) {
        distinct++;
        continue;
      }
      // Where the RowTracker still compares texts, a shared hash must be the same row.
      if (distinct <= EXACT_KEYS && keyOf(earlier - 1) !== keyOf(at)) return null;
      const line = lines[at] ?? 0;
      if (repeatCount === 0) firstOriginal = lines[earlier - 1] ?? 0;
      repeatCount++;
      if (repeats.length < MAX_LISTED_LINES) repeats.push(line);
    }
  }
  return { raggedCount, ragged, repeatCount, repeats, firstOriginal };
}
