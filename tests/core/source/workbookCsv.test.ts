import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/core/source/sourceError';
import { compoundFileError, workbookCsv } from '../../../src/core/source/workbookCsv';
import { writeXlsx } from './xlsxWriter';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(`tests/fixtures/workbooks/${name}`));
const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

function refusal(read: () => unknown): SourceError {
  try {
    read();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
}

describe('workbookCsv on a workbook written by openpyxl', () => {
  it('offers the sheets with values, reads the first, and gives the Mall data as its CSV', () => {
    const book = workbookCsv(fixture('mall-sheets.xlsx'), 'mall-sheets.xlsx', undefined);
    expect(book.sheets).toEqual(['Customers', 'Notes']);
    expect(book.sheet).toBe('Customers');
    expect(book.text).toBe(SAMPLE);
  });
  it('reads another sheet when asked', () => {
    const notes = workbookCsv(fixture('mall-sheets.xlsx'), 'mall-sheets.xlsx', 'Notes');
    expect(notes.text).toBe(
      'Note,Author\nExported from the CRM,Ada\nSpending score is 1-100,Grace\nIncome in thousands,Karen\n',
    );
    expect(() => workbookCsv(fixture('mall-sheets.xlsx'), 'x.xlsx', 'Cover')).toThrow(
      /no sheet named “Cover”/,
    );
  });
});

describe('workbookCsv: cells as Excel shows them', () => {
  it('shared, rich and inline strings, cached formula values, dates, booleans, errors, numbers', () => {
    const bytes = writeXlsx({
      sharedStrings: ['Name', '<r><t>Total </t></r><r><t>spend</t></r>', 'Ada, Countess', 'say "hi"'],
      styles: [0, 14, 164, 22],
      formats: { 164: 'dd/mm/yyyy' },
      sheets: [
        {
          name: 'Data',
          rows: [
            [
              't="s"><v>0</v>',
              't="s"><v>1</v>',
              't="inlineStr"><is><t>Joined</t></is>',
              't="str"><v>Seen</v>',
              '><v>0</v>',
              null,
            ],
            [
              't="s"><v>2</v>',
              '><f>B3*2</f><v>0.30000000000000004</v>',
              's="1"><v>45351</v>',
              's="3"><v>45351.75</v>',
              't="b"><v>1</v>',
              't="e"><v>#DIV/0!</v>',
            ],
            [
              't="s"><v>3</v>',
              '><f>1/3</f><v>0.33333333333333331</v>',
              's="2"><v>1</v>',
              't="str"><f>A1</f><v>a &amp; b</v>',
              't="b"><v>0</v>',
              '><f>NOW()</f>',
            ],
          ],
        },
      ],
    });
    const { text } = workbookCsv(bytes, 'cells.xlsx', undefined);
    expect(text.split('\n')).toEqual([
      // The header sets the width; a longer row keeps its cells.
      'Name,Total spend,Joined,Seen,0',
      '"Ada, Countess",0.30000000000000004,2024-02-29,2024-02-29T18:00:00,TRUE,#DIV/0!',
      '"say ""hi""",0.3333333333333333,1900-01-01,a & b,FALSE,',
      '',
    ]);
  });
  it('leaves merged or empty header cells empty, pads short rows, skips rows with no value', () => {
    const bytes = writeXlsx({
      sheets: [
        { name: 'Empty', sheetData: '' },
        {
          name: 'Hidden',
          state: 'hidden',
          sheetData: '<row r="1"><c r="A1"><v>9</v></c></row>',
        },
        {
          name: 'Merged',
          sheetData:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Spend</t></is></c><c r="B1"/><c r="D1" t="inlineStr"><is><t>Age</t></is></c></row>' +
            '<row r="2"><c r="B2" s="0"/></row>' +
            '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c></row>' +
            '<row r="4"><c><v>5</v></c><c><v>6</v></c><c><v>7</v></c><c><v>8</v></c></row>',
        },
      ],
    });
    const book = workbookCsv(bytes, 'merged.xlsx', undefined);
    expect(book.sheets).toEqual(['Merged']);
    expect(book.text).toBe('Spend,,,Age\n1,2,,\n5,6,7,8\n');
  });
  it('counts dates from 1904 in workbooks that say so', () => {
    const bytes = writeXlsx({
      date1904: true,
      styles: [0, 14],
      sheets: [{ name: 'S', rows: [['s="1"><v>0</v>']] }],
    });
    expect(workbookCsv(bytes, 'mac.xlsx', undefined).text).toBe('1904-01-01\n');
  });
  it('reads a sheet of 10^6 rows in windows, reporting progress', () => {
    const rows: string[] = [];
    rows.push(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1" t="inlineStr"><is><t>y</t></is></c></row>',
    );
    for (let r = 2; r <= 1_000_001; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r % 97}.5</v></c></row>`);
    const bytes = writeXlsx({ sheets: [{ name: 'Big', sheetData: rows.join('') }] });
    const fractions: number[] = [];
    const started = performance.now();
    const { text } = workbookCsv(bytes, 'big.xlsx', undefined, (f) => fractions.push(f));
    console.log(`10^6-row sheet read in ${Math.round(performance.now() - started)} ms`);
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(text.slice(0, 20)).toBe('x,y\n2,2.5\n3,3.5\n4,4.');
    expect(text.endsWith('1000001,28.5\n')).toBe(true);
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.at(-1)).toBe(1);
  }, 60_000);
});

describe('workbooks refused with a sentence', () => {
  it('a zip cut short', () => {
    const error = refusal(() => workbookCsv(fixture('truncated.xlsx'), 'truncated.xlsx', undefined));
    expect(error.code).toBe('corrupt-workbook');
    expect(error.message).toMatch(/truncated\.xlsx .*zip archive is damaged/);
  });
  it('a zip that is not a workbook, and a workbook with no values', () => {
    expect(
      refusal(() => workbookCsv(new Uint8Array(writeZipOf({ 'a.txt': 'hi' })), 'a.zip', undefined)).code,
    ).toBe('not-a-workbook');
    expect(
      refusal(() => workbookCsv(writeXlsx({ sheets: [{ name: 'S', sheetData: '' }] }), 'e.xlsx', undefined))
        .code,
    ).toBe('empty-workbook');
  });
  it('a password-protected workbook and a legacy .xls', () => {
    const locked = compoundFileError(fixture('password.xlsx'), 'password.xlsx');
    expect(locked.code).toBe('password-protected');
    expect(locked.message).toMatch(/password/);
    const legacy = compoundFileError(fixture('mall.xls'), 'mall.xls');
    expect(legacy.code).toBe('legacy-xls');
    expect(legacy.message).toMatch(/save it as \.xlsx or CSV/);
  });
});

function writeZipOf(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
