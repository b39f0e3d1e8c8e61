import { describe, expect, it } from 'vitest';
import { classifyCell, isMissingToken } from '../../../src/core/csv/parseNumericCell';

describe('isMissingToken', () => {
  it.each([
    '',
    '   ',
    '\t',
    'NA',
    'N/A',
    'n/a',
    'NULL',
    'null',
    'NaN',
    'None',
    '#N/A',
    '?',
    '-',
    ' na ',
    '--',
    '.',
  ])('treats %j as missing', (cell) => expect(isMissingToken(cell)).toBe(true));
  it.each(['0', 'Male', 'Nancy', 'NAN1', '--5', 'n', '?!'])('does not treat %j as missing', (cell) => {
    expect(isMissingToken(cell)).toBe(false);
  });
});

describe('classifyCell', () => {
  it.each([
    ['15', 15],
    [' 15 ', 15],
    ['-3.5', -3.5],
    ['+4', 4],
    ['.5', 0.5],
    ['15.', 15],
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['0001', 1],
  ])('reads %j as the number %d', (cell, value) => {
    expect(classifyCell(cell, false)).toEqual({ kind: 'number', value });
  });

  it.each([
    '$15',
    '15k',
    '0x10',
    '1,000',
    'Infinity',
    '-Infinity',
    '1e999',
    '15 k',
    '1 000',
    '--1',
    '1.2.3',
    'e5',
    '15,5',
    '+',
    '=1',
  ])('keeps %j as text', (cell) => {
    const result = classifyCell(cell, false);
    expect(result.kind).toBe('text');
    expect(result.value).toBeNaN();
  });

  it('reads decimal commas only in decimal-comma mode', () => {
    expect(classifyCell('15,5', true)).toEqual({ kind: 'number', value: 15.5 });
    expect(classifyCell('-3,25', true)).toEqual({ kind: 'number', value: -3.25 });
    expect(classifyCell(',5', true)).toEqual({ kind: 'number', value: 0.5 });
    expect(classifyCell('15', true)).toEqual({ kind: 'number', value: 15 });
    // No thousands-separator guessing either way.
    expect(classifyCell('1.234,5', true).kind).toBe('text');
    expect(classifyCell('15.5', true).kind).toBe('text');
    expect(classifyCell('1,2,3', true).kind).toBe('text');
  });

  it('reports holes as missing with NaN', () => {
    const result = classifyCell('N/A', false);
    expect(result.kind).toBe('missing');
    expect(result.value).toBeNaN();
  });
});
