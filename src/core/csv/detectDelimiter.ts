import Papa from 'papaparse';
import { findHeaderRow, HEADER_SEARCH_RECORDS } from './findHeaderRow';

/** Delimiters tried, in order of preference when two fit equally well. */
export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

// Enough rows to see that a delimiter splits rows consistently, cheap even on a huge file.
const PREVIEW_ROWS = 50;
// Characters scanned for stray quotes; about as much as the preview rows cover in a typical file.
const QUOTE_SCAN_LENGTH = 65_536;

/**
 * Guesses the delimiter from the header (the first line, or the one below a title, see findHeaderRow)
 * and the first rows. The header is the most reliable line (column
 * names rarely contain delimiters), so a candidate must split it into at least two fields; among those,
 * the one where quotes sit only where RFC 4180 allows them for that delimiter, then the one giving the most rows with the header's field
 * count, then the one splitting the header into more fields wins. This is why `id;income\n1;15,5` is
 * read as semicolon-delimited with decimal commas, not as comma-delimited. Falls back to ','.
 */
export function detectDelimiter(text: string, newline: '\n' | '\r\n' | '\r'): string {
  let best: string = ',';
  let bestScore = -1;
  let bestWidth = 0;
  let bestQuoteErrors = Infinity;
  const head = leadingLines(text, newline, PREVIEW_ROWS * 4);
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const { data: rows, errors } = Papa.parse<string[]>(head, {
      delimiter,
      newline,
      header: false,
      preview: PREVIEW_ROWS,
      skipEmptyLines: 'greedy',
    });
    // Titles above the header ("Customer export - March") are passed over as the reader will.
    const headerAt = findHeaderRow(rows.slice(0, HEADER_SEARCH_RECORDS + 1));
    const header = rows[headerAt];
    if (header === undefined || header.length < 2) continue;
    // A count, not a share: a wrong delimiter can pair quotes across lines and swallow rows, and must
    // not win with "1 of 1 rows consistent" against "50 of 50".
    const score = rows.slice(headerAt + 1).filter((row) => row.length === header.length).length;
    // Quoted fields open and close only next to the real delimiter; with a wrong one, quotes look stray.
    const quoteErrors =
      errors.filter((e) => e.type === 'Quotes').length + strayQuotes(text, delimiter, newline);
    const better =
      quoteErrors !== bestQuoteErrors
        ? quoteErrors < bestQuoteErrors
        : score !== bestScore
          ? score > bestScore
          : header.length > bestWidth;
    if (better) {
      bestQuoteErrors = quoteErrors;
      best = delimiter;
      bestScore = score;
      bestWidth = header.length;
    }
  }
  return best;
}

/**
 * The first `count` lines. papaparse splits its whole input before honouring `preview` when there are no
 * quotes, so a 100 MB file would otherwise be split four times just to look at fifty rows.
 */
function leadingLines(text: string, newline: string, count: number): string {
  let end = 0;
  for (let n = 0; n < count; n++) {
    const next = text.indexOf(newline, end);
    if (next < 0) return text;
    end = next + newline.length;
  }
  return text.slice(0, end);
}

/**
 * Counts quotes that RFC 4180 does not allow with this delimiter: a quote inside an unquoted field, or a
 * closing quote followed by something other than the delimiter, a line break or the end (spaces aside,
 * as papaparse allows them). Zero for a well-formed file read with its real delimiter.
 */
function strayQuotes(text: string, delimiter: string, newline: string): number {
  const end = Math.min(text.length, QUOTE_SCAN_LENGTH);
  let stray = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      inQuotes = false;
      let j = i + 1;
      while (text[j] === ' ') j++;
      if (j < text.length && !text.startsWith(delimiter, j) && !text.startsWith(newline, j)) stray++;
      fieldStart = false;
    } else if (c === '"') {
      if (fieldStart) inQuotes = true;
      else stray++;
      fieldStart = false;
    } else if (text.startsWith(delimiter, i) || text.startsWith(newline, i)) {
      fieldStart = true;
      i += (c === delimiter[0] && text.startsWith(delimiter, i) ? delimiter.length : newline.length) - 1;
    } else {
      fieldStart = false;
    }
  }
  return stray;
}
