/**
 * A table column's numbers, kept in as few bytes as give every value back exactly: nothing for a
 * column without a number or counting up by one from its first row (an id 1..n), 1, 2 or 4 bytes a
 * row for other integers (ages, scores, incomes in k$) and for amounts of up to three decimals held
 * as integers of cents or the like, 8 otherwise. A million ages cost 1 MB, not 8.
 */
export type PackedNumbers =
  | { readonly kind: 'none' }
  | { readonly kind: 'counting'; readonly first: number }
  | {
      readonly kind: 'integers';
      readonly codes: Int8Array | Int16Array | Int32Array;
      /** value = code / divisor: 1, or 10, 100, 1000 for decimals. */
      readonly divisor: number;
    }
  | { readonly kind: 'doubles'; readonly values: Float64Array };

const NONE: PackedNumbers = { kind: 'none' };

// The lowest value of each integer array stands for NaN (a missing, text or absent cell).
const INTEGER_ARRAYS = [
  { Array: Int8Array, missing: -(2 ** 7) },
  { Array: Int16Array, missing: -(2 ** 15) },
  { Array: Int32Array, missing: -(2 ** 31) },
] as const;

// Decimals tried, fewest digits first: prices and rates rarely have more than three.
const DIVISORS = [10, 100, 1000] as const;

/**
 * Packs a column (NaN for no number). Integers go in the smallest integer array whose range holds them
 * above its NaN sentinel; so do decimals whose every value is exactly round(value * divisor) / divisor
 * (division is correctly rounded, so "42.22" comes back from 4222 as the very double it was read as).
 * -0 is no integer array's, so a column with one stays in doubles, as does one with more decimals or
 * a large value. Doubles are kept as given, trimmed if they view a larger buffer.
 */
export function packNumbers(values: Float64Array): PackedNumbers {
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  let negativeZero = false;
  const first = values[0] ?? NaN;
  let counting = Number.isInteger(first) && !isNegativeZero(first);
  // One pass for all of it: at a million rows each pass over a column costs milliseconds.
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    // first + i is never -0 (first is not), so a -0 value breaks the count as Object.is would.
    if (counting && (value !== first + i || isNegativeZero(value))) counting = false;
    if (value !== value) continue;
    if (integers && !Number.isInteger(value)) integers = false;
    if (value === 0 && isNegativeZero(value)) {
      negativeZero = true;
      integers = false;
    }
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return NONE;
  // Beyond 2^53 first + i is rounded: such a column is kept as its values.
  if (counting && max <= Number.MAX_SAFE_INTEGER) return { kind: 'counting', first };
  const fits = (divisor: number): (typeof INTEGER_ARRAYS)[number] | undefined => {
    const low = Math.round(min * divisor);
    const high = Math.round(max * divisor);
    return INTEGER_ARRAYS.find((a) => low > a.missing && high <= -a.missing - 1);
  };
  const divisor = integers
    ? 1
    : negativeZero
      ? undefined
      : DIVISORS.find((d) => fits(d) && scaled(values, d));
  const fit = divisor === undefined ? undefined : fits(divisor);
  if (fit === undefined || divisor === undefined) {
    const trimmed = values.byteLength < values.buffer.byteLength ? values.slice() : values;
    return { kind: 'doubles', values: trimmed };
  }
  const codes = new fit.Array(values.length);
  const missing = fit.missing;
  if (divisor === 1) {
    // Integers are their own codes.
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as number;
      codes[i] = value === value ? value : missing;
    }
  } else {
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as number;
      codes[i] = value === value ? Math.round(value * divisor) : missing;
    }
  }
  return { kind: 'integers', codes, divisor };
}

const isNegativeZero = (value: number): boolean => value === 0 && 1 / value < 0;

/** True when every value (NaN aside) is exactly an integer over `divisor`. */
function scaled(values: Float64Array, divisor: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isNaN(value) && Math.round(value * divisor) / divisor !== value) return false;
  }
  return true;
}

/**
 * The column's numbers in `values` (a new array of `rowCount` unless given, e.g. one in shared memory,
 * so the column is written once where it is going): all NaN for a column without one.
 */
export function unpackNumbers(
  packed: PackedNumbers | undefined,
  rowCount: number,
  values: Float64Array = new Float64Array(rowCount),
): Float64Array {
  if (packed === undefined || packed.kind === 'none') return values.fill(NaN);
  if (packed.kind === 'doubles') {
    values.set(packed.values);
    return values;
  }
  if (packed.kind === 'counting') {
    for (let i = 0; i < rowCount; i++) values[i] = packed.first + i;
    return values;
  }
  const { codes, divisor } = packed;
  const missing = INTEGER_ARRAYS.find((a) => codes instanceof a.Array)?.missing ?? NaN;
  for (let i = 0; i < rowCount; i++) {
    const code = codes[i] as number;
    values[i] = code === missing ? NaN : code / divisor;
  }
  return values;
}
