// A quote only opens a field at the start of a field; these are the separators a field can follow.
const SEPARATORS = new Set([',', ';', '\t', '|']);

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
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  const carriageReturns: number[] = [];
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      // Mirrors papaparse: a quote closes the field only before a separator, a line break or the end
      // (spaces allowed); anywhere else it is kept as text and the field stays open.
      let j = i + 1;
      while (text[j] === ' ') j++;
      const next = text[j];
      if (next === undefined || next === '\n' || next === '\r' || SEPARATORS.has(next)) inQuotes = false;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (c === '\r') {
      carriageReturns.push(i);
      if (text[i + 1] === '\n') {
        crlf++;
        i++;
      } else cr++;
      fieldStart = true;
    } else if (c === '\n') {
      lf++;
      fieldStart = true;
    } else {
      fieldStart = c !== undefined && SEPARATORS.has(c);
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
