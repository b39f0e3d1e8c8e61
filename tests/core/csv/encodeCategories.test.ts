import { describe, expect, it } from 'vitest';
import { encodeCategories } from '../../../src/core/csv/encodeCategories';

const rows = [
  ['Male', 'a'],
  [' Female ', 'b'],
  ['', 'c'],
  ['Male', 'N/A'],
  ['Other', 'd'],
];
const visitRows = (visit: (row: readonly string[], index: number) => void): void => rows.forEach(visit);

describe('encodeCategories', () => {
  it('numbers distinct trimmed texts by first appearance; missing cells are -1', () => {
    const [gender] = encodeCategories(rows.length, visitRows, [0]);
    expect(gender?.categories).toEqual(['Male', 'Female', 'Other']);
    expect(Array.from(gender?.codes ?? [])).toEqual([0, 1, -1, 0, 2]);
    expect(gender?.tooMany).toBe(false);
  });

  it('gives up on free text with more distinct values than the cap', () => {
    const [, letters] = encodeCategories(rows.length, visitRows, [0, 1], 3);
    expect(letters?.tooMany).toBe(true);
    expect(letters?.categories).toEqual([]);
    expect(Array.from(letters?.codes ?? [])).toEqual([-1, -1, -1, -1, -1]);
  });

  it('treats a cell beyond a short row as missing', () => {
    const [column] = encodeCategories(2, (visit) => [['x'], []].forEach(visit), [0]);
    expect(Array.from(column?.codes ?? [])).toEqual([0, -1]);
  });

  it('keeps codes in one byte a row up to 127 categories, two beyond', () => {
    const many = Array.from({ length: 400 }, (_, i) => [`c${i % 200}`, `d${i % 127}`]);
    const visit = (v: (row: readonly string[], index: number) => void): void => many.forEach(v);
    const [wide, narrow] = encodeCategories(many.length, visit, [0, 1]);
    expect(wide?.codes).toBeInstanceOf(Int16Array);
    expect(narrow?.codes).toBeInstanceOf(Int8Array);
    expect(Array.from(wide?.codes ?? []).slice(198, 202)).toEqual([198, 199, 0, 1]);
    expect(Array.from(narrow?.codes ?? []).slice(125, 129)).toEqual([125, 126, 0, 1]);
    expect(wide?.categories.length).toBe(200);
    const [free] = encodeCategories(many.length, visit, [0], 50);
    expect(free?.codes).toBeInstanceOf(Int8Array);
  });
});
