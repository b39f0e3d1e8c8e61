import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideDecimalMark,
  decimalEvidence,
  headerCountsThousands,
  readFormattedNumber,
  type ColumnNumberFormat,
} from '../../../src/core/csv/numberFormat';
import { readCell } from '../../../src/core/csv/parseNumericCell';

const DOT: ColumnNumberFormat = { decimal: '.', kIsUnit: false };
const COMMA: ColumnNumberFormat = { decimal: ',', kIsUnit: false };
const value = (cell: string, format: ColumnNumberFormat = DOT) => readFormattedNumber(cell, format)?.value;

describe('readFormattedNumber', () => {
  it.each([
    ['15,000', 15000],
    ['1,234.5', 1234.5],
    ['1,234,567.25', 1234567.25],
    ['$15', 15],
    ['$15,000', 15000],
    ['-$15', -15],
    ['$-15', -15],
    ['−15', -15],
    ['15k', 15000],
    ['15K', 15000],
    ['1.1k', 1100],
    ['$15k', 15000],
    ['15k$', 15000],
    ['15 k€', 15000],
    ['£1,200.50', 1200.5],
    ['US$ 1,200', 1200],
    ['USD 1,200', 1200],
    ['1,200 USD', 1200],
    ['45%', 45],
    ['12.5 %', 12.5],
    ["15'000", 15000],
    ['15\u00a0000', 15000],
    ['15\u202f000.5', 15000.5],
    ['1,50,000', 150000],
    ['₹1,50,000', 150000],
    ['Rs. 12,000', 12000],
  ])('reads %j as %d with a dot decimal mark', (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  it.each([
    ['1.234,5', 1234.5],
    ['15.000', 15000],
    ['15.000,00 €', 15000],
    ['€ 1.234,50', 1234.5],
    ['1 234,5', 1234.5],
    ['15\u00a0000 €', 15000],
    ['12,5 %', 12.5],
    ['2,5k', 2500],
    ['15 kr', 15],
    ['1.234 zł', 1234],
  ])('reads %j as %d with a comma decimal mark', (cell, expected) => {
    expect(value(cell, COMMA)).toBe(expected);
  });

  it.each([
    '15 thousand',
    'fifteen',
    '0x10',
    '1,5',
    '1,23',
    '12,34,5',
    '1,2345',
    '$15%',
    '15k%',
    '$15 USD',
    '--15',
    '-$-15',
    '15kk',
    '1e3k',
    'k15',
    '1,000.000.5',
    '15 000,5',
    'abc 15',
    '15 apples',
  ])('does not read %j with a dot decimal mark', (cell) => {
    expect(readFormattedNumber(cell, DOT)).toBeNull();
  });

  it('does not read dotted decimals in a comma-decimal column', () => {
    expect(readFormattedNumber('15.5', COMMA)).toBeNull();
    expect(readFormattedNumber('1,234.5', COMMA)).toBeNull();
  });

  it('keeps a k that restates a thousands header as the number written', () => {
    expect(value('15k$', { decimal: '.', kIsUnit: true })).toBe(15);
    expect(value('$137k', { decimal: '.', kIsUnit: true })).toBe(137);
  });

  it('says what a cell carried', () => {
    expect(readFormattedNumber('$15,000', DOT)).toEqual({
      value: 15000,
      grouping: true,
      currency: true,
      percent: false,
      thousands: false,
    });
    expect(readFormattedNumber('45%', DOT)).toMatchObject({ percent: true, grouping: false });
    expect(readFormattedNumber('2k', DOT)).toMatchObject({ thousands: true, currency: false });
  });
});

describe('headerCountsThousands', () => {
  it.each([
    'Annual Income (k$)',
    'Income k€',
    'Revenue (k)',
    'Income in thousands',
    "Sales ('000)",
    'Einkommen (Tsd. €)',
  ])('%j counts in thousands', (name) => expect(headerCountsThousands(name)).toBe(true));
  it.each(['Annual Income ($)', 'Income', 'Spending Score (1-100)', 'Kids', 'Bank', 'Tsdale'])(
    '%j does not',
    (name) => expect(headerCountsThousands(name)).toBe(false),
  );
});

describe('decimalEvidence and decideDecimalMark', () => {
  it.each([
    ['1,234.5', '.'],
    ['1.234,5', ','],
    ['1,234,567', '.'],
    ['1.234.567', ','],
    ['15.25', '.'],
    ['15,5', ','],
    ['0,123', ','],
    ['1234,567', ','],
    ['$15.5k', '.'],
  ])('%j says the decimal mark is %j', (cell, mark) => expect(decimalEvidence(cell)).toBe(mark));

  it.each(['1,234', '1.234', '15', 'Male', ''])('%j says nothing', (cell) => {
    expect(decimalEvidence(cell)).toBeNull();
  });

  it('takes the majority, and the file style when cells do not tell', () => {
    expect(decideDecimalMark(['1,234', '15,5', '16,25'], '.')).toBe(',');
    expect(decideDecimalMark(['1,234', '2,500'], '.')).toBe('.');
    expect(decideDecimalMark(['1.234', '2.500'], ',')).toBe(',');
    expect(decideDecimalMark(['1.5', '2,5'], ',')).toBe(',');
    expect(decideDecimalMark([undefined, '1,234.5'], ',')).toBe('.');
  });
});

describe('readCell', () => {
  it('reads strict numbers first, then formatted ones, else text', () => {
    expect(readCell('15', DOT)).toEqual({ kind: 'number', value: 15 });
    expect(readCell(' N/A ', DOT)).toEqual({ kind: 'missing', value: NaN });
    expect(readCell('15,000', DOT)).toMatchObject({ kind: 'number', value: 15000 });
    expect(readCell('15,000', COMMA)).toEqual({ kind: 'number', value: 15 });
    expect(readCell('15 thousand', DOT)).toEqual({ kind: 'text', value: NaN });
  });
});

// Numbers as a spreadsheet would print them: every format must read back to the number it shows.
const GROUP_DOT = [',', ' ', '\u00a0', '\u202f', "'"] as const;
const GROUP_COMMA = ['.', ' ', '\u00a0', '\u202f', "'"] as const;
const CURRENCIES = ['$', '€', '£', '¥', '₹', 'USD ', 'EUR ', 'R$'] as const;

describe('formatted numbers, property', () => {
  it('read back to the value written, whatever the separators, currency, percent or k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('none', 'prefix', 'suffix', 'percent', 'k', 'currency-k'),
        fc.constantFrom(...CURRENCIES),
        fc.boolean(),
        (whole, fraction, commaDecimal, groupAt, decoration, currency, negative) => {
          const separator = (commaDecimal ? GROUP_COMMA : GROUP_DOT)[groupAt] ?? ',';
          const grouped = String(whole).replace(/\B(?=(\d{3})+$)/g, separator);
          const fractionText = fraction === undefined ? '' : String(fraction).padStart(2, '0');
          const mark = commaDecimal ? ',' : '.';
          const digits = fraction === undefined ? grouped : `${grouped}${mark}${fractionText}`;
          const plain = fraction === undefined ? String(whole) : `${whole}.${fractionText}`;
          const sign = negative ? '-' : '';
          const cell = {
            none: `${sign}${digits}`,
            prefix: `${sign}${currency}${digits}`,
            suffix: `${sign}${digits} ${currency.trim()}`,
            percent: `${sign}${digits}%`,
            k: `${sign}${digits}k`,
            'currency-k': `${sign}${currency}${digits}k`,
          }[decoration];
          const scale = decoration === 'k' || decoration === 'currency-k' ? 'e3' : '';
          const expected = (negative ? -1 : 1) * Number(`${plain}${scale}`);
          const format: ColumnNumberFormat = { decimal: mark, kIsUnit: false };
          const read = readCell(cell, format);
          expect(read.kind).toBe('number');
          expect(read.value).toBe(expected === 0 ? (negative ? -0 : 0) : expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
