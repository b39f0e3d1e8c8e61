import { describe, expect, it } from 'vitest';
import { parseTable } from '../../reference/csv/parseTable';

const codes = (text: string) => parseTable(text).problems.map((p) => p.code);

describe('parseTable', () => {
  it('reads header and rows as original text', () => {
    const { table, problems } = parseTable('ID,Income,Spend\n0001, 15 ,-3.5\n0002,16,4\n');
    expect(problems).toEqual([]);
    expect(table).toMatchObject({
      header: ['ID', 'Income', 'Spend'],
      rows: [
        ['0001', ' 15 ', '-3.5'],
        ['0002', '16', '4'],
      ],
      delimiter: ',',
      decimalComma: false,
      rowLines: [2, 3],
    });
  });

  it('removes a BOM from the first header only', () => {
    expect(parseTable('\ufeffa,b\n1,2\n3,4').table?.header).toEqual(['a', 'b']);
  });

  it('keeps duplicate and prototype-like names without renaming', () => {
    const header = parseTable('__proto__,constructor,x,x\n1,2,3,4\n5,6,7,8').table?.header;
    expect(header).toEqual(['__proto__', 'constructor', 'x', 'x']);
  });

  it('detects semicolons with decimal commas', () => {
    const { table } = parseTable('a;b\n15,5;3\n16,25;4\n');
    expect(table).toMatchObject({
      delimiter: ';',
      decimalComma: true,
      rows: [
        ['15,5', '3'],
        ['16,25', '4'],
      ],
    });
  });

  it('honours a forced delimiter', () => {
    const { table } = parseTable('a;b,c\n1;2,3\n4;5,6', { delimiter: ';' });
    expect(table?.header).toEqual(['a', 'b,c']);
    expect(table?.delimiter).toBe(';');
  });

  it('ignores an unusable forced delimiter', () => {
    expect(parseTable('a,b\n1,2\n3,4', { delimiter: '"' }).table?.delimiter).toBe(',');
  });

  it('reports an empty file and header only', () => {
    expect(parseTable('')).toEqual({
      table: null,
      problems: [expect.objectContaining({ code: 'empty-file', severity: 'error' })],
    });
    const headerOnly = parseTable('a,b\n\n');
    expect(headerOnly.table?.rows).toEqual([]);
    expect(headerOnly.problems).toEqual([
      expect.objectContaining({ code: 'header-only', severity: 'error', lines: [1] }),
    ]);
  });

  it('rejects NUL-laden input as not text', () => {
    const outcome = parseTable('a\u0000,b\u0000\n');
    expect(outcome.table).toBeNull();
    expect(outcome.problems[0]?.code).toBe('not-text');
  });

  it('names ragged lines, with their field counts, and keeps the rows', () => {
    const { table, problems } = parseTable('a,b,c\n1,2,3\n4,5\n6,7,8\n');
    expect(table?.rows).toEqual([
      ['1', '2', '3'],
      ['4', '5'],
      ['6', '7', '8'],
    ]);
    expect(problems).toContainEqual({
      code: 'ragged-rows',
      severity: 'warning',
      message: 'Line 3 has 2 fields where the header has 3; the row is kept.',
      lines: [3],
    });
  });

  it('counts lines across quoted line breaks', () => {
    const { table, problems } = parseTable('a,b,c\n"x\ny",1,2\n3,4\n');
    expect(table?.rowLines).toEqual([2, 4]);
    expect(problems.find((p) => p.code === 'ragged-rows')?.lines).toEqual([4]);
  });

  it('recovers from an unterminated quote and names its line', () => {
    const { table, problems } = parseTable('a,b,c\n1,"x,2\n3,4,5\n6,7,8\n');
    expect(table?.rows).toEqual([
      ['1', '"x', '2'],
      ['3', '4', '5'],
      ['6', '7', '8'],
    ]);
    const problem = problems.find((p) => p.code === 'unterminated-quote');
    expect(problem?.lines).toEqual([2]);
    expect(problem?.message).toMatch(/^Line 2 opens a quoted field/);
  });

  it('reports duplicated rows as a warning with a count', () => {
    const problem = parseTable('a,b\n1,2\n1,2\n3,4\n1,2\n').problems.find((p) => p.code === 'duplicate-rows');
    expect(problem).toMatchObject({ severity: 'warning', lines: [3, 5] });
    expect(problem?.message).toMatch(/^2 rows repeat an earlier row/);
  });

  it('keeps blank lines as holes in a one-column file but skips them in wider files', () => {
    expect(parseTable('x\n1\n\n2\n').table?.rows).toEqual([['1'], [''], ['2']]);
    const wide = parseTable('x,y\n1,2\n\n3,4\n');
    expect(wide.table?.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(wide.problems.map((p) => p.code)).toEqual(['blank-lines']);
  });

  it('treats a trailing newline and none alike', () => {
    expect(parseTable('a,b\n1,2\n3,4').table?.rows).toEqual(parseTable('a,b\n1,2\n3,4\n').table?.rows);
  });

  it('flags too few rows and too few numeric columns as errors', () => {
    expect(codes('a,b\n1,2\n')).toEqual(['too-few-rows']);
    expect(codes('name,city\nAnn,Paris\nBob,Lyon\n')).toEqual(['too-few-numeric-columns']);
  });

  it('warns about text in numeric columns and names the cells', () => {
    const problem = parseTable('a,b\n1,2\n0x3,4\n5,6\n').problems[0];
    expect(problem?.code).toBe('non-numeric-cells');
    expect(problem?.message).toContain('“0x3” on line 3');
    expect(problem?.severity).toBe('warning');
    // In a column named like income or the score, the rows it loses are customers left unclustered.
    const income = parseTable('Income,Score\n1,2\n0x3,4\n5,6\n').problems[0];
    expect(income).toMatchObject({ code: 'non-numeric-cells', severity: 'alert' });
    expect(income?.message).toContain('so those rows are not clustered unless missing values are filled');
  });

  it('caps the lines it lists', () => {
    const text = 'a,b\n' + Array.from({ length: 100 }, (_, i) => `${i},${i},x`).join('\n');
    const problem = parseTable(text).problems.find((p) => p.code === 'ragged-rows');
    expect(problem?.lines).toHaveLength(20);
    expect(problem?.message).toMatch(/^100 rows have .*and 80 more\)/);
  });

  it('warns, without failing, about text in another encoding', () => {
    const text =
      'name,income,spending\n' +
      Array.from({ length: 5 }, (_, i) => `\ufffd\ufffd\ufffd,${i},${i * 2}`).join('\n');
    const { table, problems } = parseTable(text);
    expect(table?.rows).toHaveLength(5);
    expect(problems.map((p) => p.code)).toEqual(['replacement-characters']);
    expect(problems[0]?.message).toMatch(/^15 characters are not valid UTF-8 .* first on line 2;/);
  });

  it('never throws on odd input', () => {
    for (const text of ['"', '""', ',', '\n', '\r', '\r\n', '"a', 'a,"', '\ufeff', ',,,\n,,,', '"\n"\n"']) {
      expect(() => parseTable(text)).not.toThrow();
    }
  });
});
