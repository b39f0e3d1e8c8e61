import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_LINES } from '../../../src/core/csv/problem';
import { mergeRowParts, type RowPart } from '../../../src/core/csv/rowRanges';
import { EXACT_KEYS, type RowFindings } from '../../../src/core/csv/rowTracker';

/** What one RowTracker finds over the rows in file order: one map of hashes, the texts compared where it compares them. */
function serialFindings(
  parts: readonly RowPart[],
  lines: Int32Array,
  keyOf: (row: number) => string,
): RowFindings | null {
  const firstRow = new Map<number, number>();
  const repeats: number[] = [];
  let repeatCount = 0;
  let firstOriginal = 0;
  let row = 0;
  for (const part of parts) {
    for (const hash of part.hashes) {
      const at = row++;
      if (Number.isNaN(hash)) continue;
      const earlier = firstRow.get(hash);
      if (earlier === undefined) {
        firstRow.set(hash, at);
        continue;
      }
      if (firstRow.size <= EXACT_KEYS && keyOf(earlier) !== keyOf(at)) return null;
      if (repeatCount === 0) firstOriginal = lines[earlier] ?? 0;
      repeatCount++;
      if (repeats.length < MAX_LISTED_LINES) repeats.push(lines[at] ?? 0);
    }
  }
  return {
    raggedCount: parts.reduce((sum, p) => sum + p.raggedCount, 0),
    ragged: parts.flatMap((p) => p.ragged).slice(0, MAX_LISTED_LINES),
    repeatCount,
    repeats,
    firstOriginal,
  };
}

// 53-bit hashes from a small pool, so rows repeat; NaN is a row of holes.
const pool = fc.array(fc.integer({ min: 0, max: 2 ** 53 - 1 }), { minLength: 1, maxLength: 30 });
const rowsOf = (size: number) =>
  fc.array(fc.oneof({ weight: 8, arbitrary: fc.nat(size - 1) }, { weight: 1, arbitrary: fc.constant(-1) }), {
    maxLength: 300,
  });

describe('mergeRowParts', () => {
  it('finds the repeats one RowTracker finds, over any split into parts and any bucket size', () => {
    fc.assert(
      fc.property(
        pool.chain((hashes) =>
          fc.tuple(
            fc.constant(hashes),
            rowsOf(hashes.length),
            fc.array(fc.nat(300), { maxLength: 5 }),
            fc.integer({ min: 1, max: 64 }),
            // Hashes whose rows are not the same text: a collision where texts are compared.
            fc.array(fc.nat(hashes.length - 1), { maxLength: 2 }),
          ),
        ),
        ([hashes, picks, cuts, bucketRows, colliding]) => {
          const all = picks.map((p) => (p < 0 ? NaN : (hashes[p] as number)));
          const bounds = [...new Set([0, ...cuts.map((c) => c % (all.length + 1)), all.length])].sort(
            (a, b) => a - b,
          );
          const parts: RowPart[] = bounds.slice(1).map((end, i) => ({
            raggedCount: i,
            ragged: Array.from({ length: i }, (_, j) => ({ line: 100 * i + j, fields: 1 })),
            hashes: Float64Array.from(all.slice(bounds[i], end)),
          }));
          const lines = Int32Array.from(all, (_, row) => 2 + 3 * row);
          // Rows of a colliding hash read back as their own row: different texts.
          const keyOf = (row: number): string => {
            const pick = picks[row] ?? -1;
            return colliding.includes(pick) ? `row ${row}` : `hash ${pick}`;
          };
          expect(mergeRowParts(parts, lines, keyOf, bucketRows)).toEqual(serialFindings(parts, lines, keyOf));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('stops comparing texts past the first EXACT_KEYS distinct rows, as the RowTracker does', () => {
    const rows = EXACT_KEYS + 3;
    // Distinct rows, then one repeating the first, then one repeating the last: only hashes past there.
    const hashes = Float64Array.from({ length: rows + 1 }, (_, i) => (i === rows ? 7 * 1e9 : i * 1e9));
    hashes[rows - 1] = 0;
    const parts: RowPart[] = [
      { raggedCount: 0, ragged: [], hashes: hashes.subarray(0, 60_000) },
      { raggedCount: 0, ragged: [], hashes: hashes.subarray(60_000) },
    ];
    const lines = Int32Array.from(hashes, (_, i) => i + 2);
    const keyOf = (row: number): string => String(row); // every row a different text
    // Row rows - 1 repeats row 0 while EXACT_KEYS + 2 distinct rows were seen: a hash match counts.
    expect(mergeRowParts(parts, lines, keyOf)).toEqual(serialFindings(parts, lines, keyOf));
    expect(mergeRowParts(parts, lines, keyOf)?.repeatCount).toBe(2);
    // Within the first EXACT_KEYS distinct rows, the same match of different texts is refused.
    hashes[5] = 0;
    expect(mergeRowParts(parts, lines, keyOf)).toBeNull();
  });
});
