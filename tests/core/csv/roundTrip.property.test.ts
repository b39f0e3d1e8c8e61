import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../src/core/csv/neutralizeFormula';
import { parseTable } from '../../reference/csv/parseTable';
import type { Table } from '../../../src/core/csv/table';
import { writeLabeledCsv } from '../../reference/csv/writeLabeledCsv';

// Characters that stress quoting, delimiter detection, line handling and formula neutralization.
const unit = fc.constantFrom(
  ...['"', ',', ';', '|', '\t', '\n', '\r', '\r\n', ' ', '=', '+', '-', '@', "'", '.', '#', '?'],
  ...['0', '1', '5', 'e', 'a', 'Z', 'é', '名', '😀', 'N/A', 'NULL', '<', '>'],
);
const cell = fc.oneof(
  fc.string({ unit, maxLength: 8 }),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer().map(String),
);
const rectangular = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    header: fc.array(cell, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
  }),
);
const ragged = fc.record({
  header: fc.array(cell, { minLength: 1, maxLength: 5 }),
  rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 12 }),
});
const labels = (n: number) =>
  fc.array(fc.oneof(fc.constant(''), fc.nat(20).map(String)), { minLength: n, maxLength: n });

/** Undoes the formula prefix where the writer must have added one, and counts those cells. */
function expectWritten(
  original: readonly string[],
  written: readonly string[] | undefined,
  decimalComma: boolean,
): number {
  expect(written).toHaveLength(original.length);
  let prefixed = 0;
  original.forEach((cellText, i) => {
    const safe = neutralizeFormula(cellText, decimalComma);
    if (safe !== cellText) {
      prefixed++;
      expect(safe).toBe(`'${cellText}`);
    }
    expect(written?.[i]).toBe(safe);
  });
  return prefixed;
}

describe('writeLabeledCsv then parseTable', () => {
  it('gives back every header name and cell, in order, plus the label column', () => {
    let prefixes = 0;
    fc.assert(
      fc.property(
        rectangular.chain((t) => fc.tuple(fc.constant(t), labels(t.rows.length))),
        ([{ header, rows }, values]) => {
          const table: Table = { header, rows, delimiter: ',', decimalComma: false };
          const again = parseTable(writeLabeledCsv(table, [{ name: 'Cluster', values }]));
          expect(again.table).not.toBeNull();
          expect(again.table?.delimiter).toBe(',');
          prefixes += expectWritten([...header, 'Cluster'], again.table?.header, false);
          expect(again.table?.rows).toHaveLength(rows.length);
          rows.forEach((row, i) => {
            prefixes += expectWritten([...row, values[i] ?? ''], again.table?.rows[i], false);
          });
        },
      ),
      { numRuns: 500 },
    );
    // The alphabet makes formula-like cells common; a zero here would mean the check never ran.
    expect(prefixes).toBeGreaterThan(0);
  });

  it('keeps decimal-comma cells as written', () => {
    const decimal = fc.tuple(fc.integer({ min: -999, max: 999 }), fc.nat(99)).map(([a, b]) => `${a},${b}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(decimal, decimal), { minLength: 1, maxLength: 10 }), (rows) => {
        const table: Table = {
          header: ['x', 'y'],
          rows: rows.map((r) => [...r]),
          delimiter: ';',
          decimalComma: true,
        };
        const again = parseTable(
          writeLabeledCsv(table, [{ name: 'Cluster', values: rows.map(() => '1') }]),
        ).table;
        expect(again?.rows).toEqual(rows.map(([x, y]) => [x, y, '1']));
      }),
    );
  });

  it('lines labels up under ragged rows without losing a cell', () => {
    fc.assert(
      fc.property(
        ragged.chain((t) => fc.tuple(fc.constant(t), labels(t.rows.length))),
        ([{ header, rows }, values]) => {
          const table: Table = { header, rows, delimiter: ',', decimalComma: false };
          // Ragged output is not rectangular, so the delimiter is given rather than detected.
          const again = parseTable(writeLabeledCsv(table, [{ name: 'Cluster', values }]), { delimiter: ',' });
          expectWritten([...header, 'Cluster'], again.table?.header, false);
          expect(again.table?.rows).toHaveLength(rows.length);
          rows.forEach((row, i) => {
            const padded = [
              ...row.slice(0, header.length),
              ...Array<string>(Math.max(0, header.length - row.length)).fill(''),
            ];
            expectWritten(
              [...padded, values[i] ?? '', ...row.slice(header.length)],
              again.table?.rows[i],
              false,
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(unit, fc.string({ unit: 'binary', maxLength: 2 })), maxLength: 200 }),
        (text) => {
          const outcome = parseTable(text);
          expect(Array.isArray(outcome.problems)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
