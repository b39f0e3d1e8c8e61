import type { CsvProblem } from './problem';

// Looking at the start is enough: binary formats announce themselves early, and scanning a 100 MB
// file twice would cost more than it tells us.
const SAMPLE_LENGTH = 65_536;
// Control characters other than tab and line breaks essentially never occur in text exports; above this
// share the input is binary. Undecodable bytes (U+FFFD) do not count: a CSV saved in GBK or Windows-1252
// is full of them yet its numbers are fine, so it only earns a warning.
const CONTROL_RATIO = 0.05;

/**
 * Recognizes input that is not a text CSV at all (zip/xlsx, UTF-16 read as UTF-8, PDF, other binary)
 * and returns an error, or a warning when characters failed to decode (a Latin-1 or GBK file read as
 * UTF-8). Returns null for ordinary text. Expects the BOM already removed.
 */
export function detectNotText(text: string): CsvProblem | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  // Zip local-file, empty-archive and spanned-archive signatures: PK\x03\x04, PK\x05\x06, PK\x07\x08.
  if (sample.startsWith('PK') && [3, 5, 7].includes(sample.charCodeAt(2))) {
    return notText(
      'This file is a zip archive, most likely an Excel workbook (.xlsx) renamed to .csv; open it in Excel and use File › Save As › CSV UTF-8.',
    );
  }
  if (sample.startsWith('%PDF-')) return notText('This file is a PDF document, not a CSV file.');
  let nul = 0;
  let nulAtOdd = 0;
  let garbage = 0;
  let replaced = 0;
  let firstReplaced = -1;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) {
      nul++;
      if (i % 2 === 1) nulAtOdd++;
    } else if (code === 0xfffd) {
      replaced++;
      if (firstReplaced < 0) firstReplaced = i;
    } else if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) {
      garbage++;
    }
  }
  // UTF-16 text decoded as UTF-8 shows every other byte as NUL (odd positions for little-endian,
  // even for big-endian); saying so is far more helpful than "binary".
  if (nul > 0 && nul >= sample.length / 3 && (nulAtOdd >= nul * 0.9 || nulAtOdd <= nul * 0.1)) {
    return notText(
      'This file is encoded as UTF-16, not UTF-8; save it again as "CSV UTF-8 (comma delimited)" and drop the new file.',
    );
  }
  if (nul > 0 || garbage / Math.max(sample.length, 1) > CONTROL_RATIO) {
    return notText(
      'This file contains binary data and is not a text CSV file; if it is a spreadsheet, save it as CSV UTF-8 first.',
    );
  }
  if (replaced > 0) {
    const total = countReplaced(text);
    const line = sample.slice(0, firstReplaced).split(/\r\n|\r|\n/).length;
    return {
      code: 'replacement-characters',
      severity: 'warning',
      message: `${total} character${total === 1 ? ' is' : 's are'} not valid UTF-8 and show${total === 1 ? 's' : ''} as �, first on line ${line}; the file is probably in an older encoding such as Windows-1252: choose it under “Characters read as”, or save the file as CSV UTF-8, to keep accented names intact.`,
      lines: [line],
    };
  }
  return null;
}

function notText(message: string): CsvProblem {
  return { code: 'not-text', severity: 'error', message };
}

function countReplaced(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}
