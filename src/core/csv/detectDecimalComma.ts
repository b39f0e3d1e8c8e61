// Rows sampled: decimal style is a property of the whole export, visible in the first rows.
const SAMPLE_ROWS = 1000;
const COMMA_DECIMAL = /^\s*[+-]?\d*,\d+\s*$/;
const DOT_DECIMAL = /^\s*[+-]?\d*\.\d+\s*$/;

/**
 * True when numbers use a decimal comma ("15,5"). Only possible when the delimiter is not a comma
 * (European exports use ';', sometimes tab or '|'), and only when comma decimals are at least as common
 * as dot decimals, so a semicolon file with ordinary "15.5" numbers keeps the dot.
 */
export function detectDecimalComma(rows: readonly (readonly string[])[], delimiter: string): boolean {
  if (delimiter.includes(',')) return false;
  let comma = 0;
  let dot = 0;
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    for (const cell of row) {
      if (COMMA_DECIMAL.test(cell)) comma++;
      else if (DOT_DECIMAL.test(cell)) dot++;
    }
  }
  return comma > 0 && comma >= dot;
}
