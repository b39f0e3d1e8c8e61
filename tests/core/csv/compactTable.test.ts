import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactRowIds, writeCompactLabeledCsv } from '../../../src/core/csv/compactRows';
import { readCompactTable, type CompactOutcome } from '../../../src/core/csv/compactTable';
import { unpackNumbers } from '../../../src/core/csv/packedNumbers';
import { describeColumns } from '../../reference/csv/describeColumns';
import { detectFeatures } from '../../../src/core/csv/detectFeatures';
import { numericColumn } from '../../reference/csv/numericColumn';
import { parseTable } from '../../reference/csv/parseTable';
import { idOf, unpackIds } from '../../../src/core/csv/rowIds';
import { labeledColumnName } from '../../../src/core/csv/labeledCsv';
import { writeLabeledCsv } from '../../reference/csv/writeLabeledCsv';
import { rowIdentifiers } from '../../reference/dataset/rowIdentifiers';
import { fileCorpus } from './corpusFiles';
import { generatedCorpus } from './corpusGenerated';
import { realWorldCorpus } from './corpusRealWorld';

/** Asserts the streaming reader gives what parseTable (the reference) gives, down to the exported bytes. */
function expectSameAsParseTable(text: string): CompactOutcome {
  const reference = parseTable(text);
  const compact = readCompactTable(text);
  expect(compact.problems).toEqual(reference.problems);
  if (reference.table === null) {
    expect(compact.table).toBeNull();
    return compact;
  }
  const table = reference.table;
  const got = compact.table;
  if (got === null) throw new Error('compact table missing');
  expect(got.header).toEqual(table.header);
  expect(got.rowCount).toBe(table.rows.length);
  expect(got.delimiter).toBe(table.delimiter);
  expect(got.decimalComma).toBe(table.decimalComma);
  expect(got.numberFormats).toEqual(table.numberFormats);
  expect(got.titles).toEqual(table.titles);
  expect(got.summaryRows).toEqual(table.summaryRows);
  const columns = describeColumns(table);
  expect(compact.columns).toEqual(columns);
  table.header.forEach((_, c) =>
    expect(unpackNumbers(got.numbers[c], got.rowCount)).toEqual(numericColumn(table, c)),
  );
  const choice = detectFeatures(table, columns);
  expect(detectFeatures(got, compact.columns)).toEqual(choice);
  const ids = rowIdentifiers(table.rows, choice?.identifier ?? null);
  const packed = compactRowIds(got, choice?.identifier ?? null);
  expect(unpackIds(packed, got.rowCount)).toEqual(ids);
  ids.forEach((id, row) => expect(idOf({ ids: [], rowIds: packed }, row)).toBe(id));

  const labels = Int32Array.from(table.rows, (_, i) => (i % 4) - 1);
  const names = ['=Big', 'Small, "quiet"', 'x'];
  const clusterName = labeledColumnName(table.header, 'Cluster');
  const expected = writeLabeledCsv(table, [
    { name: clusterName, values: Array.from(labels, (l) => (l < 0 ? '' : String(l + 1))) },
    {
      name: labeledColumnName([...table.header, clusterName], 'Segment'),
      values: Array.from(labels, (l) => (l < 0 ? '' : (names[l] ?? ''))),
    },
  ]);
  const written = writeCompactLabeledCsv(got, labels, names);
  expect(written.columnName).toBe(clusterName);
  expect(written.parts.join('')).toBe(expected);
  const plain = writeCompactLabeledCsv(got, labels).parts.join('');
  expect(plain).toBe(
    writeLabeledCsv(table, [
      { name: clusterName, values: Array.from(labels, (l) => (l < 0 ? '' : String(l + 1))) },
    ]),
  );
  return compact;
}

describe('readCompactTable agrees with parseTable', () => {
  for (const c of [...fileCorpus, ...generatedCorpus, ...realWorldCorpus]) {
    it(`on ${c.name}`, () => {
      expectSameAsParseTable(c.text());
    });
  }

  it('on random CSV-ish text (quotes, delimiters, line breaks, blanks, ragged rows, numbers)', () => {
    const piece = fc.constantFrom(
      ...['"', ',', ';', '\t', '\n', '\r\n', '\r', ' ', '', '1', '2.5', '3,5', '-', 'NA', '=x', 'a', 'é'],
      ...['10', '11', '12', 'id', 'Income', 'Spend', '"q,"', '""', '😀'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expectSameAsParseTable(pieces.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('on a generated customer file with a repeat and a text cell', () => {
    const lines = ['CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100)'];
    for (let i = 0; i < 2500; i++)
      lines.push(`${i + 1},${i % 3 ? 'Male' : 'Female'},${18 + (i % 50)},${i % 137},${(i * 7) % 101}`);
    lines.push(lines[5] ?? '', 'x,Female,30,15 thousand,50');
    const compact = expectSameAsParseTable(lines.join('\r\n'));
    expect(compact.problems.map((p) => p.code)).toEqual(['duplicate-rows', 'non-numeric-cells']);
  });

  it('reports progress in characters, ending at the total', () => {
    const text = ['a,b', ...Array.from({ length: 40_000 }, (_, i) => `${i},${i * 2}`)].join('\n');
    const seen: [number, number][] = [];
    readCompactTable(text, {}, (done, total) => seen.push([done, total]));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual([text.length, text.length]);
    expect(seen.every(([done, total], i) => done <= total && done >= (seen[i - 1]?.[0] ?? 0))).toBe(true);
  });
});
