import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../src/core/csv/parseRange';
import { hashRow } from '../../../src/core/csv/rowTracker';

const FORMAT = { decimal: '.', kIsUnit: false } as const;

// Quoteless cells: plain integers and near misses (leading zeros, 16 digits, signs, decimals, text, empty).
const cell = fc.oneof(
  fc.integer({ min: 1, max: 10 ** 6 }).map(String),
  fc.constantFrom('0', '007', '', '1234567890123456', '123456789012345', '-3', '2.5', 'Male', ' 4', '9x'),
);

describe('parseRange on quoteless text', () => {
  it('hashes each row as hashRow hashes its cells, and reads its numbers as the tracker does, whatever the field count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 9 }).map(String),
            fc.array(cell, { minLength: 0, maxLength: 6 }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (width, rows) => {
          // Every row starts with a digit: the reader's fast path, hashed from the characters.
          const lines = rows.map(([head, rest]) => [head, ...rest]);
          const text = lines.map((cells) => cells.join(',')).join('\n');
          const part = parseRange(text, {
            delimiter: ',',
            newline: '\n',
            width,
            numberFormats: Array.from({ length: width }, () => FORMAT),
            firstLine: 2,
            last: true,
          });
          expect(part.rowCount).toBe(lines.length);
          expect(Array.from(part.rows.hashes)).toEqual(lines.map((cells) => hashRow(cells)));
          for (let c = 0; c < width; c++) {
            const expected = lines.map((cells) => {
              const text = cells[c];
              if (text === undefined || text.trim() === '') return NaN;
              const value = Number(text);
              return /^\s*[+-]?\d+(\.\d+)?\s*$/.test(text) && Number.isFinite(value) ? value : NaN;
            });
            expect(Array.from(part.columns[c]?.values ?? [])).toEqual(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
