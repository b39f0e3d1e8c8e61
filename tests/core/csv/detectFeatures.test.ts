import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../reference/csv/describeColumns';
import { detectFeatures } from '../../../src/core/csv/detectFeatures';
import type { Table } from '../../../src/core/csv/table';

const choose = (header: string[], row: string[] = header.map((_, i) => String(i + 10))) => {
  const rows = [row, row.map((c) => (/^\d+$/.test(c) ? String(Number(c) * 2 + 1) : c))];
  const table: Table = { header, rows, delimiter: ',', decimalComma: false };
  return detectFeatures(table, describeColumns(table));
};

describe('detectFeatures', () => {
  it.each([
    [
      ['CustomerID', 'Gender', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)'],
      [3, 4],
    ],
    [
      ['Spending Score (1-100)', 'Annual Income (k$)', 'Age'],
      [1, 0],
    ],
    [
      ['id', 'age', 'annual_income_thousands', 'spending_score'],
      [2, 3],
    ],
    [
      ['ID', 'INCOME', 'Age', 'SPENDING'],
      [1, 3],
    ],
    [
      ['Salary', 'SpendScore', 'Tenure'],
      [0, 1],
    ],
  ])('recognizes income and spending in %j', (header, features) => {
    expect(
      choose(
        header,
        header.map((h, i) => (h === 'Gender' ? 'Male' : String(i + 10))),
      )?.features,
    ).toEqual(features);
  });

  it('falls back to the last two numeric non-identifier columns', () => {
    const choice = choose(['CustomerID', 'Visits', 'Basket', 'Tenure']);
    expect(choice?.features).toEqual([2, 3]);
    expect(choice?.identifier).toBe(0);
    expect(choice?.reason).toContain('last two numeric columns');
  });

  it('pairs a recognized income with the last other numeric column', () => {
    expect(choose(['Income', 'Age', 'Visits'])?.features).toEqual([0, 2]);
    expect(choose(['Spend', 'Age', 'Visits'])?.features).toEqual([2, 0]);
  });

  it('never proposes an identifier, and explains the choice', () => {
    const choice = choose(['customer_id', 'Income', 'Spending']);
    expect(choice?.features).toEqual([1, 2]);
    expect(choice?.identifier).toBe(0);
    expect(choice?.reason).toMatch(/“Income”.*“Spending”.*“customer_id” is treated as a customer identifier/);
  });

  it('returns null below two numeric columns', () => {
    expect(choose(['CustomerID', 'Income'])).toBeNull();
    expect(choose(['Name', 'City'], ['Ann', 'Paris'])).toBeNull();
  });

  it('has no identifier when there is none', () => {
    expect(choose(['Income', 'Spending'])?.identifier).toBeNull();
  });
});
