import { occurrences } from './occurrences';
const [QUOTE, SPACE, LF, CR] = [34, 32, 10, 13];
// A quote only opens a field at the start of a field; these are the separators a field can follow: , ; tab |
const isSeparator = (code: number): boolean => code === 44 || code === 59 || code === 9 || code === 124;

/** Result of {@link normalizeLineBreaks}. */
export interface LineBreaks {
  /** The text to parse: unchanged unless `mixed`. */
  readonly text: string;
  /** The record separator to give the parser. */
  readonly newline: '\n' | '\r\n' | '\r';
  /** True when records were separated by more than one kind of line break and were unified to `\n`. */
  readonly mixed: boolean;
}

/**
 * Picks the record separator. papaparse assumes a single line-break style per file, so a CRLF file with a
 * few LF-only lines (hand-edited, or concatenated from two sources) would silently glue rows together.
 * Only breaks outside quoted fields count: Excel writes in-cell line breaks as LF inside CRLF files, and
 * those are cell text, not records. When styles are mixed, the breaks outside quotes become `\n` and the
 * quoted cell text is left exactly as it was.
 */
export function normalizeLineBreaks(text: string): LineBreaks {
  // The common cases without a pass over every character: only LF breaks, or no quotes to skip.
  if (!text.includes('\r')) return { text, newline: '\n', mixed: false };
  if (!text.includes('"')) {
    const crlf = occurrences(text, '\r\n');
    const cr = occurrences(text, '\r') - crlf;
    const lf = occurrences(text, '\n') - crlf;
    if ((crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) <= 1) {
      return { text, newline: crlf > 0 ? '\r\n' : cr > 0 ? '\r' : '\n', mixed: false };
    }
  }
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  const carriageReturns: number[] = [];
  let inQuotes = false;
  let fieldStart = true;
  // Character codes rather than one-character strings: this loop runs over every character of the file.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c !== QUOTE) continue;
      if (text.charCodeAt(i + 1) === QUOTE) {
        i++;
        continue;
      }
      // Mirrors papaparse: a quote closes the field only before a separator, a line break or the end
      // (spaces allowed); anywhere else it is kept as text and the field stays open.
      let j = i + 1;
      while (text.charCodeAt(j) === SPACE) j++;
      const next = text.charCodeAt(j);
      if (j >= text.length || next === LF || next === CR || isSeparator(next)) inQuotes = false;
      continue;
    }
    if (c === QUOTE && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (c === CR) {
      carriageReturns.push(i);
      if (text.charCodeAt(i + 1) === LF) {
        crlf++;
        i++;
      } else cr++;
      fieldStart = true;
    } else if (c === LF) {
      lf++;
      fieldStart = true;
    } else {
      fieldStart = isSeparator(c);
    }
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds <= 1) {
    return { text, newline: crlf > 0 ? '\r\n' : cr > 0 ? '\r' : '\n', mixed: false };
  }
  const parts: string[] = [];
  let from = 0;
  for (const at of carriageReturns) {
    parts.push(text.slice(from, at), '\n');
    from = text[at + 1] === '\n' ? at + 2 : at + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), newline: '\n', mixed: true };
}
