import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../src/core/csv/neutralizeFormula';

describe('neutralizeFormula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['@cmd', "'@cmd"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ["-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"],
  ])('prefixes %j', (cell, safe) => {
    expect(neutralizeFormula(cell)).toBe(safe);
  });

  it.each(['-3.5', '+4', '-1e3', 'Male', '', ' =1', '15', '-', "'=already"])('leaves %j alone', (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('treats decimal-comma numbers as numbers only in decimal-comma mode', () => {
    expect(neutralizeFormula('-3,5', true)).toBe('-3,5');
    expect(neutralizeFormula('-3,5')).toBe("'-3,5");
  });
});
