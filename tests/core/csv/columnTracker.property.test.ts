import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createColumnTracker, TEXT_EXAMPLES } from '../../../src/core/csv/columnTracker';
import type { ColumnNumberFormat } from '../../../src/core/csv/numberFormat';
import { readCell } from '../../../src/core/csv/parseNumericCell';
import { MAX_LISTED_LINES } from '../../../src/core/csv/problem';

const FORMAT: ColumnNumberFormat = { decimal: '.', kIsUnit: false };
const PLAIN_INTEGER = /^[1-9]\d{0,14}$/;

/** The stats a column tracker must give, cell by cell with readCell and plain sets: nothing remembered. */
function reference(cells: readonly (string | undefined)[]) {
  let numeric = 0;
  let missing = 0;
  let textWithDigits = 0;
  const distinct = new Set<string>();
  const textLines: number[] = [];
  const textExamples: string[] = [];
  const values = cells.map((cell, i) => {
    const read = cell === undefined ? { kind: 'missing' as const, value: NaN } : readCell(cell, FORMAT);
    if (read.kind === 'missing') missing++;
    else distinct.add((cell as string).trim());
    if (read.kind === 'number') numeric++;
    if (read.kind === 'text') {
      if (/\d/.test(cell as string)) textWithDigits++;
      if (textLines.length < MAX_LISTED_LINES) textLines.push(i + 2);
      if (textExamples.length < TEXT_EXAMPLES) textExamples.push(`“${cell}” on line ${i + 2}`);
    }
    return read.kind === 'number' ? read.value : NaN;
  });
  return {
    numeric,
    missing,
    nonNumeric: cells.length - numeric - missing,
    distinct: distinct.size,
    textLines,
    textExamples,
    textWithDigits,
    values: Float64Array.from(values),
  };
}

// Labels repeated on many rows (with digits, spaces, case), holes, plain and other numbers.
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Female', 'Male', ' Male', 'male', 'Gold 2', 'x1', 'é名') },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', 'NA', 'n/a', '?', undefined) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 70_000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('007', '3.5', '-2', '1,234', ' 17', '$15') },
);

describe('createColumnTracker', () => {
  it('counts every cell as reading it alone would, however often a text or number repeats', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), fc.boolean(), (cells, byValue) => {
        const tracker = createColumnTracker(FORMAT, 4);
        cells.forEach((c, i) => {
          // parseRange hands plain integers over by value, read from the characters.
          if (byValue && c !== undefined && PLAIN_INTEGER.test(c)) tracker.addPlainInteger(Number(c));
          else tracker.add(c, i + 2);
        });
        const stats = tracker.stats();
        const expected = reference(cells);
        expect({
          numeric: stats.numeric,
          missing: stats.missing,
          nonNumeric: stats.nonNumeric,
          distinct: stats.distinct,
          textLines: stats.textLines,
          textExamples: stats.textExamples,
          textWithDigits: stats.textWithDigits,
          values: stats.values,
        }).toEqual(expected);
        // A part lists each distinct text once, whatever set holds it.
        const texts = tracker.part().texts ?? [];
        expect(new Set(texts).size).toBe(texts.length);
        expect(texts.length).toBe(expected.distinct);
      }),
      { numRuns: 1000 },
    );
  });
});
