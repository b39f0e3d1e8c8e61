import { describe, expect, it } from 'vitest';
import type { ColumnReport } from '../../../src/core/csv/columnReport';
import {
  createSummaryScout,
  findSummaryRows,
  summaryRowsProblem,
} from '../../../src/core/csv/findSummaryRows';
import { SUMMARY_WORDS } from '../../../src/core/csv/summaryWords';

const report = (index: number, kind: ColumnReport['kind'], missing = 0): ColumnReport => ({
  index,
  name: `c${index}`,
  kind,
  numeric: 0,
  missing,
  nonNumeric: 0,
  distinct: 0,
});

/** Rows of [id, label, a, b]; numbers parsed from a and b. */
function find(rows: string[][], reports?: ColumnReport[]) {
  const scout = createSummaryScout();
  rows.forEach((row, i) => scout.add(row, i, i + 2));
  const numbers = [0, 1, 2, 3].map((c) => Float64Array.from(rows, (row) => Number(row[c] || NaN)));
  const kinds = reports ?? [
    report(0, 'identifier'),
    report(1, 'categorical'),
    report(2, 'numeric'),
    report(3, 'numeric'),
  ];
  return findSummaryRows(scout, numbers, kinds, rows.length);
}

const customers = Array.from({ length: 12 }, (_, i) => [
  String(i + 1),
  i % 2 ? 'Male' : 'Female',
  String(20 + i),
  String(40 + 3 * i),
]);

describe('findSummaryRows', () => {
  it.each([
    'Total',
    'TOTAL',
    'Grand total:',
    'Sum',
    'Average',
    'Summe',
    'Moyenne',
    'Promedio',
    'Totaal',
    'Razem',
    'Średnia',
    'कुल',
  ])('finds a row labelled %j', (label) => {
    const found = find([...customers, [label, '', '1', '2']]);
    expect(found).toEqual([{ index: 12, line: 14, label, reason: 'label' }]);
  });
  it('finds a label in the first filled cell, not anywhere', () => {
    expect(find([...customers, ['', 'Total', '1', '2']]).map((r) => r.reason)).toEqual(['label']);
    expect(find([...customers, ['13', 'Total', '1', '2']])).toEqual([]);
  });
  it('finds an unlabelled row of column totals near the end', () => {
    const sums = [2, 3].map((c) => customers.reduce((s, row) => s + Number(row[c]), 0));
    const found = find([...customers, ['', '', String(sums[0]), String(sums[1])]]);
    expect(found).toEqual([{ index: 12, line: 14, label: '', reason: 'sums' }]);
  });
  it('finds a row without an id whose values are far beyond the others', () => {
    expect(find([...customers, ['', '', '900', '900']])).toEqual([
      { index: 12, line: 14, label: '', reason: 'out-of-range' },
    ]);
    // With an id it is a customer, however unusual.
    expect(find([...customers, ['13', '', '900', '900']])).toEqual([]);
    // One column far out is an outlier, not a summary.
    expect(find([...customers, ['', '', '900', '50']])).toEqual([]);
  });
  it('leaves a small table alone when a customer matches the others by chance', () => {
    expect(
      find([
        ['1', 'a', '5', '3'],
        ['2', 'b', '7', '4'],
        ['3', 'c', '2', '1'],
      ]),
    ).toEqual([]);
  });
  it('takes "Average" in a text column for a category when many rows have it', () => {
    const levels = customers.map((row, i) => [['Low', 'Average', 'High'][i % 3] ?? '', ...row.slice(1)]);
    const kinds = [
      report(0, 'categorical'),
      report(1, 'categorical'),
      report(2, 'numeric'),
      report(3, 'numeric'),
    ];
    expect(find(levels, kinds)).toEqual([]);
  });
  it('knows its words in lower case', () => {
    for (const word of SUMMARY_WORDS) expect(word).toBe(word.toLowerCase());
  });
});

describe('summaryRowsProblem', () => {
  it('names the rows, their labels and what happens to them', () => {
    const [problem] = summaryRowsProblem(
      [
        { index: 200, line: 202, label: 'Total', reason: 'label' },
        { index: 201, line: 203, label: '', reason: 'out-of-range' },
      ],
      ['CustomerID'],
    );
    expect(problem?.message).toBe(
      "2 summary rows left out of clustering: line 202 (“Total”), line 203 (no CustomerID, values far beyond every other row's). They stay in the download with an empty cluster.",
    );
    expect(problem?.severity).toBe('warning');
  });
});
