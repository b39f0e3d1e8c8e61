const QUOTE = '"';
// How far past a range's target end a cut outside quotes is looked for before cutting at the next line.
const QUOTE_SEARCH_CHARS = 1 << 16;

/** A range of a text: [start, end). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits text[from..] into up to `count` ranges of about equal length, cut at line breaks (`newline`),
 * for parsing in parallel. Each range but the last ends just before a line break, and the next starts
 * just after it. A cut is put where an even number of quotes precede it (outside any quoted field, for
 * a file quoted by the rules); where none is found nearby it is put at the next line break anyway.
 * Whether every cut really falls between records is proven by parsing the ranges (see parseRange:
 * a range cut inside a quoted field ends inside a quote), not assumed here.
 */
export function splitRanges(
  text: string,
  from: number,
  count: number,
  newline: '\n' | '\r\n' | '\r',
): TextRange[] {
  const ranges: TextRange[] = [];
  const size = (text.length - from) / count;
  let start = from;
  // Quotes counted from `from` up to `counted`.
  let quotes = 0;
  let counted = from;
  const quotesBefore = (at: number): number => {
    for (let q = text.indexOf(QUOTE, counted); q >= 0 && q < at; q = text.indexOf(QUOTE, q + 1)) quotes++;
    counted = at;
    return quotes;
  };
  for (let i = 1; i < count; i++) {
    // A range is never empty: papaparse reads no record from '', where the blank line it stands for is one.
    const target = Math.max(Math.round(from + i * size), start + 1);
    let cut = text.indexOf(newline, target);
    if (cut < 0) break;
    for (let at = cut; at >= 0 && at - target < QUOTE_SEARCH_CHARS; at = text.indexOf(newline, at + 1)) {
      if (quotesBefore(at) % 2 === 0) {
        cut = at;
        break;
      }
    }
    const next = cut + newline.length;
    if (next >= text.length) break;
    ranges.push({ start, end: cut });
    start = next;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/** The line breaks in text[from, to), counted as the record reader counts lines: CRLF, LF and CR once each. */
export function countLineBreaks(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) lines++;
  // A CR counts on its own only when no LF follows it.
  for (let at = text.indexOf('\r', from); at >= 0 && at < to; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) lines++;
  }
  return lines;
}
