import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../reference/csv/describeColumns';
import { numericColumn } from '../../reference/csv/numericColumn';
import type { Table } from '../../../src/core/csv/table';

const table = (header: string[], rows: string[][], decimalComma = false): Table => ({
  header,
  rows,
  delimiter: decimalComma ? ';' : ',',
  decimalComma,
});

describe('describeColumns', () => {
  it('counts numbers, holes and text per column', () => {
    const [a, b, c] = describeColumns(
      table(
        ['a', 'b', 'c'],
        [
          ['1', 'x', ''],
          ['N/A', 'y', '0x15'],
          ['2', 'x', '3'],
        ],
      ),
    );
    expect(a).toEqual({
      index: 0,
      name: 'a',
      kind: 'numeric',
      numeric: 2,
      missing: 1,
      nonNumeric: 0,
      distinct: 2,
    });
    expect(b).toMatchObject({ kind: 'categorical', numeric: 0, nonNumeric: 3, distinct: 2 });
    // One number and one text cell: not "most" numbers, so not numeric.
    expect(c).toMatchObject({ kind: 'categorical', numeric: 1, missing: 1, nonNumeric: 1 });
  });

  it.each(['CustomerID', 'customer_id', 'id', 'ID', 'Customer No', 'client-id', 'index'])(
    'recognizes %j as an identifier',
    (name) => {
      const [report] = describeColumns(
        table(
          [name, 'x'],
          [
            ['5', '1'],
            ['3', '2'],
          ],
        ),
      );
      expect(report?.kind).toBe('identifier');
    },
  );

  it('recognizes an unnamed run of unique integers as an identifier', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [String(i), String((i * 7) % 5)]);
    const [index, other] = describeColumns(table(['', 'score'], rows));
    expect(index?.kind).toBe('identifier');
    expect(other?.kind).toBe('numeric');
  });

  it('does not call a few distinct ages an identifier', () => {
    const [age] = describeColumns(table(['Age'], [['19'], ['20'], ['21'], ['22']]));
    expect(age?.kind).toBe('numeric');
  });

  it('marks columns without values as empty and counts short ragged rows as missing', () => {
    const [, empty] = describeColumns(table(['a', 'b'], [['1', ''], ['2'], ['3', 'NULL']]));
    expect(empty).toMatchObject({ kind: 'empty', missing: 3, numeric: 0 });
  });

  it('reads decimal commas when the table says so', () => {
    const [x] = describeColumns(table(['x'], [['15,5'], ['16,0']], true));
    expect(x).toMatchObject({ kind: 'numeric', numeric: 2 });
  });

  it('keeps hostile names as plain data', () => {
    const reports = describeColumns(table(['__proto__', 'constructor'], [['1', '2']]));
    expect(reports.map((r) => r.name)).toEqual(['__proto__', 'constructor']);
  });
});

describe('numericColumn', () => {
  it('gives NaN for holes, text and cells missing from short rows', () => {
    const t = table(['a', 'b'], [['1', '2'], ['?', '0x3'], ['4']]);
    expect(Array.from(numericColumn(t, 0))).toEqual([1, NaN, 4]);
    expect(Array.from(numericColumn(t, 1))).toEqual([2, NaN, NaN]);
    expect(numericColumn(t, 7)).toHaveLength(3);
  });

  it('reads decimal commas', () => {
    expect(Array.from(numericColumn(table(['a'], [['15,5']], true), 0))).toEqual([15.5]);
  });
});
