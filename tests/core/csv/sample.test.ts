import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../reference/csv/describeColumns';
import { detectFeatures } from '../../../src/core/csv/detectFeatures';
import { numericColumn } from '../../reference/csv/numericColumn';
import { parseTable } from '../../reference/csv/parseTable';
import { writeLabeledCsv } from '../../reference/csv/writeLabeledCsv';

const text = readFileSync(
  fileURLToPath(new URL('../../../public/Mall_Customers.csv', import.meta.url)),
  'utf8',
);

describe('public/Mall_Customers.csv', () => {
  const { table, problems } = parseTable(text);
  if (table === null) throw new Error('the sample file must parse');

  it('parses cleanly into 200 rows of 5 columns', () => {
    expect(problems).toEqual([]);
    expect(table.header).toEqual([
      'CustomerID',
      'Gender',
      'Age',
      'Annual Income (k$)',
      'Spending Score (1-100)',
    ]);
    expect(table.rows).toHaveLength(200);
    expect(table.rows.every((row) => row.length === 5)).toBe(true);
    expect(table.delimiter).toBe(',');
    expect(table.decimalComma).toBe(false);
  });

  it('describes the columns', () => {
    const reports = describeColumns(table);
    expect(reports.map((r) => r.kind)).toEqual([
      'identifier',
      'categorical',
      'numeric',
      'numeric',
      'numeric',
    ]);
    expect(reports.map((r) => r.missing)).toEqual([0, 0, 0, 0, 0]);
    expect(reports[1]?.distinct).toBe(2);
  });

  it('picks income and spending score, with CustomerID as identifier', () => {
    const choice = detectFeatures(table, describeColumns(table));
    expect(choice?.features).toEqual([3, 4]);
    expect(choice?.identifier).toBe(0);
  });

  it('reads the feature columns as numbers', () => {
    const income = numericColumn(table, 3);
    expect(income).toHaveLength(200);
    expect(income[0]).toBe(15);
    expect(income.every((v) => Number.isFinite(v))).toBe(true);
  });

  it('round-trips through the labeled export', () => {
    const values = table.rows.map((_, i) => String(i % 5));
    const again = parseTable(writeLabeledCsv(table, [{ name: 'Cluster', values }])).table;
    expect(again?.header).toEqual([...table.header, 'Cluster']);
    expect(again?.rows).toEqual(table.rows.map((row, i) => [...row, values[i]]));
  });
});
