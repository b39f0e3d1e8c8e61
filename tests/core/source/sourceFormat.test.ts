import { describe, expect, it } from 'vitest';
import { sourceFormatOf } from '../../../src/core/source/sourceFormat';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('sourceFormatOf', () => {
  it('knows a workbook, a legacy workbook and a Parquet file by their first bytes, whatever the name', () => {
    expect(sourceFormatOf(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0), 'customers.csv')).toBe('xlsx');
    expect(sourceFormatOf(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'x.xls')).toBe('xls');
    expect(sourceFormatOf(bytes(0x50, 0x41, 0x52, 0x31, 0, 0, 0, 0), 'data')).toBe('parquet');
  });
  it('takes text for CSV, even named .xlsx', () => {
    expect(sourceFormatOf(new TextEncoder().encode('id,income'), 'customers.xlsx')).toBe('csv');
    expect(sourceFormatOf(new TextEncoder().encode('PK is a name'), 'pk.csv')).toBe('csv');
    expect(sourceFormatOf(bytes(), 'empty.csv')).toBe('csv');
  });
});
