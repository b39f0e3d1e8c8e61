import { describe, expect, it } from 'vitest';
import { findHeaderRow, titleLinesProblem } from '../../../src/core/csv/findHeaderRow';

const MALL = ['CustomerID', 'Gender', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)'];
const DATA = [
  ['1', 'Male', '19', '15', '39'],
  ['2', 'Male', '21', '15', '81'],
];

describe('findHeaderRow', () => {
  it('keeps the first record when it is the header', () => {
    expect(findHeaderRow([MALL, ...DATA])).toBe(0);
  });
  it.each([
    [['Customer export - March']],
    [['Customer export - March', '', '', '', '']],
    [['', '', '', '', '']],
    [['Report: March, all stores']],
  ])('passes over the title %j', (title) => {
    expect(findHeaderRow([title, MALL, ...DATA])).toBe(1);
  });
  it('passes over several titles', () => {
    expect(findHeaderRow([['Customer export'], ['Exported 2026-03-31', '', '', '', ''], MALL, ...DATA])).toBe(
      2,
    );
  });
  it('keeps the first record of a file without a header', () => {
    expect(findHeaderRow(DATA)).toBe(0);
    expect(findHeaderRow([['title'], ...DATA])).toBe(0);
  });
  it('keeps a header whose only name is not in the first cell', () => {
    expect(
      findHeaderRow([
        ['', 'Cluster'],
        ['a', '1'],
        ['b', '2'],
      ]),
    ).toBe(0);
    expect(
      findHeaderRow([
        ['', '', '', 'Cluster'],
        ['a', 'b', 'c', '1'],
      ]),
    ).toBe(0);
  });
  it('leaves one-column files alone', () => {
    expect(findHeaderRow([['income'], ['15'], ['16']])).toBe(0);
  });
  it('does not skip a title in a two-column table whose title has the delimiter', () => {
    expect(
      findHeaderRow([
        ['Export', ''],
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(0);
  });
});

describe('titleLinesProblem', () => {
  it('quotes the titles and names their lines', () => {
    const [problem] = titleLinesProblem(
      [
        { cells: ['Customer export', '', ''], line: 1 },
        { cells: ['Exported', '2026'], line: 2 },
      ],
      4,
    );
    expect(problem?.message).toBe(
      'Lines 1 and 2 (“Customer export”, “Exported 2026”) sit above the header on line 4, so they were read as a title, not as customers; the download keeps them above the header.',
    );
    expect(problem?.lines).toEqual([1, 2]);
    expect(titleLinesProblem([], 1)).toEqual([]);
  });
});
