import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/core/dataset/exportFileName';
import { labelRows } from '../../../src/core/dataset/labelRows';
import { rowIdentifiers } from '../../reference/dataset/rowIdentifiers';

describe('labelRows', () => {
  it('puts each point label on its row and -1 on rows left out', () => {
    expect(Array.from(labelRows(Int32Array.from([2, 0]), Int32Array.from([1, 3]), 4))).toEqual([
      -1, 2, -1, 0,
    ]);
  });
  it('refuses labels that do not match the clustered rows', () => {
    expect(() => labelRows(Int32Array.from([1]), Int32Array.from([0, 1]), 2)).toThrow(/1 labels for 2/);
    expect(() => labelRows(Int32Array.from([1]), null, 2)).toThrow(/1 labels for 2/);
  });
  it('gives the labels back as they are when every row was clustered (no row map)', () => {
    const labels = Int32Array.from([1, 0, 2]);
    expect(labelRows(labels, null, 3)).toBe(labels);
  });
});

describe('rowIdentifiers', () => {
  it('uses the identifier column as written, else the row number', () => {
    const rows = [
      ['0001', 'a'],
      ['', 'b'],
      ['17', 'c'],
    ];
    expect(rowIdentifiers(rows, 0)).toEqual(['0001', '2', '17']);
    expect(rowIdentifiers(rows, null)).toEqual(['1', '2', '3']);
  });
});

describe('exportFileName', () => {
  it('gives the classic analysis its well-known name', () => {
    expect(exportFileName(['Annual Income (k$)', 'Spending Score (1-100)'])).toBe(
      'Customer_Clusters_Annual_Income_Spending.csv',
    );
    expect(exportFileName(['income', 'spending_score'])).toBe('Customer_Clusters_Annual_Income_Spending.csv');
    // A bare score beside income is the spending score, by the same rule that chose the columns.
    expect(exportFileName(['Annual Income (k$)', 'Score (1-100)'])).toBe(
      'Customer_Clusters_Annual_Income_Spending.csv',
    );
    expect(exportFileName(['Salary', 'Spend'])).toBe('Customer_Clusters_Annual_Income_Spending.csv');
  });
  it('does not call a qualified score the spending score', () => {
    expect(exportFileName(['Annual Income (k$)', 'Credit Score'])).toBe(
      'Customer_Clusters_Annual_Income_Credit_Score.csv',
    );
  });
  it('names other choices after their columns, safely', () => {
    expect(exportFileName(['Age', 'Spending Score (1-100)'])).toBe(
      'Customer_Clusters_Age_Spending_Score.csv',
    );
    expect(exportFileName(['a/b', '../c', 'Größe'])).toBe('Customer_Clusters_a_b_c_Größe.csv');
    expect(exportFileName(['()', '  '])).toBe('Customer_Clusters_Features.csv');
  });
});
