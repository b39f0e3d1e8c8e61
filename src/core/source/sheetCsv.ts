import { cellText, csvLine } from './csvText';
import { excelSerialText } from './excelDate';
import type { Workbook } from './xlsxWorkbook';
import { xmlRunText, xmlUnescape } from './xmlText';

// The sheet XML is decoded and parsed a window at a time, so a sheet of a million rows never becomes
// one string several times the size of its CSV.
const WINDOW_BYTES = 4 << 20;
const ROW = /<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** 0-based column of a cell reference such as "AB12"; -1 when it has no letters. */
export function columnIndex(reference: string): number {
  let index = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return i === 0 ? -1 : index - 1;
}

// Compiled once: a cell's reference, type and style are read for every cell of the sheet.
const CELL_ATTRIBUTES = { r: /(?:^|\s)r="([^"]*)"/, t: /(?:^|\s)t="([^"]*)"/, s: /(?:^|\s)s="([^"]*)"/ };
const attribute = (attributes: string, name: keyof typeof CELL_ATTRIBUTES): string | undefined =>
  CELL_ATTRIBUTES[name].exec(attributes)?.[1];

/** One cell's text as Excel shows it: its cached value (for a formula), dates in ISO, booleans TRUE/FALSE. */
function cellValue(book: Workbook, attributes: string, body: string): string {
  const type = attribute(attributes, 't') ?? 'n';
  if (type === 'inlineStr') return xmlRunText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
  const raw = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return ''; // empty, or a formula never calculated
  switch (type) {
    case 's':
      return book.sharedStrings[Number(raw)] ?? '';
    case 'b':
      return raw.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return xmlUnescape(raw);
    default: {
      const value = Number(raw);
      if (raw.trim() === '' || Number.isNaN(value)) return xmlUnescape(raw);
      const style = Number(attribute(attributes, 's') ?? 0);
      return book.dateStyles[style] === true ? excelSerialText(value, book.date1904) : cellText(value);
    }
  }
}

/** Columns the sheet declares it spans (`<dimension ref="A1:E201"/>`), 0 when it does not say. */
function declaredWidth(xml: string): number {
  const ref = /<dimension\b[^>]*?\sref="([^"]*)"/.exec(xml)?.[1];
  const last = ref?.split(':')[1];
  return last === undefined ? 0 : columnIndex(last) + 1;
}

/**
 * The rows of one worksheet as CSV text (RFC 4180, LF), every cell as Excel shows it: shared and
 * inline strings, cached formula values, dates as ISO text, booleans TRUE/FALSE, numbers in their
 * shortest round-trip form. Rows are as wide as the sheet (missing cells empty), so a merged or
 * empty header cell stays an empty field. Rows with no value are left out. `onProgress` hears the
 * fraction of the sheet's XML parsed. Throws RangeError if the text outgrows the engine's strings.
 */
export function sheetCsv(
  book: Workbook,
  xml: Uint8Array,
  onProgress: (fraction: number) => void = () => {},
): string {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let width = -1;
  let headerSeen = false;
  let carry = '';
  const take = (segment: string): void => {
    if (width < 0) width = declaredWidth(segment);
    let out = '';
    for (const [, rowBody = ''] of segment.matchAll(ROW)) {
      const fields: string[] = [];
      let next = 0;
      let filled = false;
      for (const [, attributes = '', body = ''] of rowBody.matchAll(CELL)) {
        const reference = attribute(attributes, 'r');
        const column = reference === undefined ? next : columnIndex(reference);
        const value = cellValue(book, attributes, body);
        while (fields.length < column) fields.push('');
        fields[column] = value;
        next = column + 1;
        if (value !== '') filled = true;
      }
      if (!filled) continue;
      // The first row filled (the header) widens a declared width that is too small.
      if (!headerSeen) width = Math.max(width, fields.length);
      headerSeen = true;
      while (fields.length < width) fields.push('');
      out += csvLine(fields);
    }
    parts.push(out);
  };
  for (let start = 0; start < xml.length; start += WINDOW_BYTES) {
    const end = Math.min(start + WINDOW_BYTES, xml.length);
    const window = carry + decoder.decode(xml.subarray(start, end), { stream: end < xml.length });
    const cut = window.lastIndexOf('</row>');
    if (cut < 0) {
      carry = window;
    } else {
      take(window.slice(0, cut + 6));
      carry = window.slice(cut + 6);
    }
    onProgress(end / xml.length);
  }
  take(carry);
  return parts.join('');
}

/** Whether a worksheet's XML holds any value at all (a `<v>` or inline string), without parsing it. */
export function sheetHasValues(xml: Uint8Array): boolean {
  return containsAscii(xml, '<v>') || containsAscii(xml, '<v ') || containsAscii(xml, '<is>');
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}
