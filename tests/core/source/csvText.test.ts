import { describe, expect, it } from 'vitest';
import { cellText, csvField, csvLine, isoDateText } from '../../../src/core/source/csvText';
import { excelSerialText, isDateFormat } from '../../../src/core/source/excelDate';
import { float32Text } from '../../../src/core/source/parquetCsv';
import { xmlRunText, xmlUnescape } from '../../../src/core/source/xmlText';

describe('csvField / csvLine', () => {
  it('quotes only fields with a comma, quote or line break', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['1', '', 'x,y'])).toBe('1,,"x,y"\n');
  });
});

describe('cellText', () => {
  it('writes each kind of value as the source shows it', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(cellText(15)).toBe('15');
    expect(cellText(12345678901234567890n)).toBe('12345678901234567890');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(NaN)).toBe('');
    expect(cellText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(isoDateText(new Date(Date.UTC(2024, 1, 29, 13, 5, 9)))).toBe('2024-02-29T13:05:09Z');
    expect(isoDateText(new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 250)))).toBe('2024-02-29T13:05:09.250Z');
    expect(isoDateText(new Date(NaN))).toBe('');
  });
  it('writes a float32 in its own shortest form', () => {
    expect(float32Text(Math.fround(0.1))).toBe('0.1');
    expect(float32Text(Math.fround(81.5))).toBe('81.5');
  });
});

describe('Excel dates', () => {
  it('tells date formats from number formats', () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(0, undefined)).toBe(false);
    expect(isDateFormat(164, 'yyyy-mm-dd')).toBe(true);
    expect(isDateFormat(165, '[$-409]d-mmm-yy;@')).toBe(true);
    expect(isDateFormat(166, '0.00"days"')).toBe(false);
    expect(isDateFormat(167, '[Red]#,##0')).toBe(false);
    expect(isDateFormat(168, '[h]:mm')).toBe(false);
  });
  it('turns serials into ISO text in both date systems', () => {
    expect(excelSerialText(45351, false)).toBe('2024-02-29');
    expect(excelSerialText(45351.5, false)).toBe('2024-02-29T12:00:00');
    expect(excelSerialText(0.75, false)).toBe('18:00:00');
    expect(excelSerialText(1, false)).toBe('1900-01-01');
    expect(excelSerialText(61, false)).toBe('1900-03-01');
    expect(excelSerialText(0, true)).toBe('1904-01-01');
    expect(excelSerialText(43889, true)).toBe('2024-02-29');
  });
});

describe('XML text', () => {
  it('unescapes entities and joins rich-text runs without phonetic guides', () => {
    expect(xmlUnescape('a &amp; b &lt;c&gt; &#233;&#x20AC;')).toBe('a & b <c> é€');
    expect(
      xmlRunText('<r><t>Annual </t></r><r><rPr/><t xml:space="preserve">Income</t></r><rPh><t>x</t></rPh>'),
    ).toBe('Annual Income');
    expect(xmlRunText('<t>two_x000A_lines</t>')).toBe('two\nlines');
  });
});
