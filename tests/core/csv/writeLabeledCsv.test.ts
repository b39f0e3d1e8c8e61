import { describe, expect, it } from 'vitest';
import { parseTable } from '../../reference/csv/parseTable';
import type { Table } from '../../../src/core/csv/table';
import { labeledColumnName } from '../../../src/core/csv/labeledCsv';
import { writeLabeledCsv } from '../../reference/csv/writeLabeledCsv';

const table = (header: string[], rows: string[][], decimalComma = false): Table => ({
  header,
  rows,
  delimiter: decimalComma ? ';' : ',',
  decimalComma,
});

describe('labeledColumnName', () => {
  it('uses the wanted name, or numbers it when taken', () => {
    expect(labeledColumnName(['a', 'b'])).toBe('Cluster');
    expect(labeledColumnName(['Cluster'])).toBe('Cluster_2');
    expect(labeledColumnName(['cluster', 'Cluster_2'])).toBe('Cluster_3');
    expect(labeledColumnName(['Segment'], 'Segment')).toBe('Segment_2');
  });
});

describe('writeLabeledCsv', () => {
  it('writes header, rows and labels with CRLF, quoting only when needed', () => {
    const csv = writeLabeledCsv(
      table(
        ['ID', 'Name', 'Income'],
        [
          ['0001', 'Smith, J', '15'],
          ['0002', 'Say "hi"', '16'],
        ],
      ),
      [{ name: 'Cluster', values: ['1', ''] }],
    );
    expect(csv).toBe('ID,Name,Income,Cluster\r\n0001,"Smith, J",15,1\r\n0002,"Say ""hi""",16,\r\n');
  });

  it('keeps decimal commas as written', () => {
    const csv = writeLabeledCsv(table(['a', 'b'], [['15,5', '-3,5']], true), [
      { name: 'Cluster', values: ['2'] },
    ]);
    expect(csv).toBe('a,b,Cluster\r\n"15,5","-3,5",2\r\n');
  });

  it('neutralizes formulas but not numbers', () => {
    const csv = writeLabeledCsv(
      table(
        ['=x', 'b', 'c', 'd'],
        [
          ['=SUM(A1)', '@cmd', '-3.5', '+4'],
          ['+1+1', '-2+3', '-', '\t=1'],
        ],
      ),
      [{ name: 'Cluster', values: ['1', '2'] }],
    );
    expect(csv.split('\r\n')).toEqual([
      `"'=x",b,c,d,Cluster`,
      `"'=SUM(A1)","'@cmd",-3.5,+4,1`,
      `"'+1+1","'-2+3",-,"'\t=1",2`,
      '',
    ]);
  });

  it('pads short rows so labels line up and keeps extra cells after the labels', () => {
    const csv = writeLabeledCsv(table(['a', 'b', 'c'], [['1'], ['1', '2', '3', '4']]), [
      { name: 'Cluster', values: ['x', 'y'] },
    ]);
    expect(csv).toBe('a,b,c,Cluster\r\n1,,,x\r\n1,2,3,y,4\r\n');
  });

  it('keeps line breaks and surrounding spaces in quoted cells', () => {
    const original = table(
      ['a', 'b'],
      [
        ['line1\nline2', ' padded '],
        ['cr\ronly', 'crlf\r\nx'],
      ],
    );
    const again = parseTable(writeLabeledCsv(original, [{ name: 'Cluster', values: ['1', '2'] }])).table;
    expect(again?.rows).toEqual([
      ['line1\nline2', ' padded ', '1'],
      ['cr\ronly', 'crlf\r\nx', '2'],
    ]);
  });

  it('adds several columns in order', () => {
    const csv = writeLabeledCsv(table(['a'], [['1']]), [
      { name: 'Cluster', values: ['1'] },
      { name: 'Segment', values: ['Big spenders'] },
    ]);
    expect(csv).toBe('a,Cluster,Segment\r\n1,1,Big spenders\r\n');
  });

  it('refuses labels that do not match the rows', () => {
    expect(() => writeLabeledCsv(table(['a'], [['1'], ['2']]), [{ name: 'Cluster', values: ['1'] }])).toThrow(
      RangeError,
    );
  });
});
