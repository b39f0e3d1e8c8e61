/**
 * The canonical JSON text the analysis file's checksum is computed over, defined so that a Python
 * writer can produce the same bytes: object keys sorted by Unicode code point, no whitespace, arrays
 * in order, strings as JSON.stringify writes them, numbers as Number.prototype.toString writes them.
 * Throws on what JSON cannot hold (a non-finite number, undefined, a function).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} has no JSON form.`);
    // -0 is written "0", as JSON.stringify does; every other number as toString does.
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort(byCodePoint)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`A ${typeof value} has no JSON form.`);
}

/**
 * Code-point order, which Python's sorted() uses on str. JavaScript's default sort compares UTF-16
 * code units instead, and the two disagree once a key holds a character beyond U+FFFF.
 */
function byCodePoint(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const diff = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}
