import { describe, expect, it } from 'vitest';
import { detectDecimalComma } from '../../../src/core/csv/detectDecimalComma';
import { detectDelimiter } from '../../../src/core/csv/detectDelimiter';
import { detectNotText } from '../../../src/core/csv/detectNotText';
import { listLines } from '../../../src/core/csv/listLines';
import { normalizeLineBreaks } from '../../../src/core/csv/normalizeLineBreaks';
import { normalizeName } from '../../../src/core/csv/normalizeName';
import { readRecords } from '../../reference/csv/readRecords';

describe('normalizeLineBreaks', () => {
  it('leaves single-style files alone', () => {
    expect(normalizeLineBreaks('a\r\nb\r\n')).toEqual({ text: 'a\r\nb\r\n', newline: '\r\n', mixed: false });
    expect(normalizeLineBreaks('a\rb')).toEqual({ text: 'a\rb', newline: '\r', mixed: false });
    expect(normalizeLineBreaks('ab')).toEqual({ text: 'ab', newline: '\n', mixed: false });
  });

  it('ignores line breaks inside quoted cells', () => {
    expect(normalizeLineBreaks('a,"x\ny"\r\nb,c\r\n').newline).toBe('\r\n');
  });

  it('unifies mixed breaks outside quotes only', () => {
    expect(normalizeLineBreaks('a,"x\r\ny"\r\nb\nc\rd')).toEqual({
      text: 'a,"x\r\ny"\nb\nc\nd',
      newline: '\n',
      mixed: true,
    });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1,5;2,5;3', ';'],
    ['a\tb\n1\t2', '\t'],
    ['a|b\n1|2', '|'],
    ['id;Einkommen (Tsd, €);Ausgaben\n1;15,5;39\n2;16,5;40', ';'],
    ['"x;y",b\n"1;2",3', ','],
    ['single\n1\n2', ','],
  ])('reads %j as delimited by %j', (text, delimiter) => {
    expect(detectDelimiter(text, '\n')).toBe(delimiter);
  });
});

describe('detectDecimalComma', () => {
  it('needs comma decimals and a non-comma delimiter', () => {
    expect(detectDecimalComma([['15,5', '3']], ';')).toBe(true);
    expect(detectDecimalComma([['15,5', '3']], ',')).toBe(false);
    expect(detectDecimalComma([['15.5', '3.2', '1,5']], ';')).toBe(false);
    expect(detectDecimalComma([['15', '3']], ';')).toBe(false);
  });
});

describe('detectNotText', () => {
  it('accepts text, rejects zips, UTF-16 and binary', () => {
    expect(detectNotText('a,b\n1,2')).toBeNull();
    expect(detectNotText('PK\u0003\u0004rest')?.message).toContain('Excel');
    expect(detectNotText('a\u0000,\u0000b\u0000')?.message).toContain('UTF-16');
    expect(detectNotText('\u0001\u0002\u0003abc')?.code).toBe('not-text');
  });
});

describe('readRecords', () => {
  it('tracks the starting line of every record', () => {
    expect(readRecords('a\n"b\nc"\nd', ',', '\n')).toEqual({
      rows: [['a'], ['b\nc'], ['d']],
      lines: [1, 2, 4],
      unterminated: [],
      malformed: [],
    });
  });
});

describe('listLines and normalizeName', () => {
  it('formats line lists', () => {
    expect(listLines([4])).toBe('line 4');
    expect(listLines([4, 9, 12])).toBe('lines 4, 9 and 12');
  });

  it('ignores case, spacing, punctuation and units', () => {
    expect(normalizeName('Annual Income (k$)')).toBe('annualincomek');
    expect(normalizeName(' annual_income ')).toBe('annualincome');
    expect(normalizeName('名前 Âge')).toBe('名前âge');
  });
});
