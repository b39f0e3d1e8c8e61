import { occurrences } from './occurrences';
import { createColumnTracker, type ColumnPart, type ColumnTracker } from './columnTracker';
import { createSummaryScout, type ScoutPart } from './findSummaryRows';
import type { ColumnNumberFormat } from './numberFormat';
import { isBlankRecord } from './prepareText';
import { createRowPartTracker, type RowPart } from './rowRanges';
import { hashFields, hashPrefix } from './rowTracker';
import { scanRecords, type RecordQuirks } from './scanRecords';

/** How to read one range of a table's data records (see splitRanges, readTableInRanges). */
export interface RangeSpec {
  readonly delimiter: string;
  readonly newline: '\n' | '\r\n' | '\r';
  /** The header's field count (two or more). */
  readonly width: number;
  readonly numberFormats: readonly ColumnNumberFormat[];
  /** The file line the range starts on. */
  readonly firstLine: number;
  /** True for the text's last range: only there may a quoted field stay open to the end. */
  readonly last: boolean;
}

/** What one range's records gave, in the shapes its merge needs; every array is the range's own. */
export interface RangePart {
  readonly rowCount: number;
  readonly columns: ColumnPart[];
  readonly rows: RowPart;
  readonly scout: ScoutPart;
  /** Per row, where its record starts and ends in the range's text. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Blank records a row followed, within the range. */
  readonly blank: number[];
  /** Blank records after the range's last row: skipped only if a later range has a row. */
  readonly trailingBlank: number[];
  readonly quirks: RecordQuirks;
  /**
   * False when a quoted field was still open at the end of a range that is not the last: the cut
   * was inside a quoted field (or the quote is never closed), so the ranges do not split the records
   * the serial reading does and their parts must not be merged.
   */
  readonly certain: boolean;
}

/**
 * Reads the data records of one range of a table (a text that starts at a record) with the rules of
 * readCompactTable below its header: blank records skipped (and listed) when a row follows, every other
 * record a row, its cells read into per-column stats, its key hashed for the repeat check, its line kept.
 */
export function parseRange(text: string, spec: RangeSpec): RangePart {
  const { width, delimiter, newline } = spec;
  const capacity = estimateRecords(text, newline);
  const columns = spec.numberFormats.slice(0, width).map((f) => createColumnTracker(f, capacity));
  const rowTracker = createRowPartTracker(width, capacity);
  const scout = createSummaryScout();
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  const blank: number[] = [];
  let pending: number[] = [];
  let rowCount = 0;
  let lastEnd = 0;
  const addRow = (row: string[], line: number, start: number, end: number): void => {
    if (isBlankRecord(row)) {
      pending.push(line);
      return;
    }
    confirm(start, end);
    rowTracker.add(row, line);
    scout.add(row, rowCount, line);
    for (let c = 0; c < columns.length; c++) columns[c]?.add(row[c], line);
    rowCount++;
  };
  // A row is coming: the blank records before it were skipped lines; its record is kept.
  const confirm = (start: number, end: number): void => {
    if (pending.length > 0) {
      blank.push(...pending);
      pending = [];
    }
    if (rowCount === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[rowCount] = start;
    ends[rowCount] = end;
  };
  let quirks: RecordQuirks = { unterminated: [], malformed: [] };
  if (isQuoteless(text, delimiter, newline)) {
    // Without quotes every line is one record and its cells are the slices between delimiters (as
    // papaparse splits such text); plain integers are read from the characters, without a string.
    const fieldStarts = new Int32Array(width + 1);
    const fieldEnds = new Int32Array(width + 1);
    // Per field, its value when it is a plain integer (see plainInteger), else -1.
    const fieldValues = new Float64Array(width + 1);
    const separator = delimiter.charCodeAt(0);
    // The row's hash is taken as its characters are scanned, from the state after the field count
    // (see hashFields), for a row of `width` fields: any other row is hashed again from its fields.
    const [prefixA, prefixB] = hashPrefix(width);
    let line = spec.firstLine;
    for (let at = 0; text.length > 0; line++) {
      const lineBreak = text.indexOf(newline, at);
      const lineEnd = lineBreak < 0 ? text.length : lineBreak;
      const end = lineBreak < 0 ? text.length : lineBreak + newline.length;
      const head = text.charCodeAt(at);
      // A first cell starting with a digit: neither blank nor a label, so only the cells matter.
      if (head >= 48 && head <= 57) {
        let fields = 0;
        let from = at;
        let hashed = true;
        let value = 0;
        // The field separator's step (a NUL in the row key) before the first field.
        let a = Math.imul(prefixA, 0x01000193);
        let b = Math.imul(prefixB, 0x5bd1e995);
        b ^= b >>> 15;
        for (let i = at; ; i++) {
          const c = i === lineEnd ? -1 : text.charCodeAt(i);
          if (c === separator || c === -1) {
            if (fields <= width) {
              fieldStarts[fields] = from;
              fieldEnds[fields] = i;
              fieldValues[fields] = i - from <= 15 ? value : -1;
            } else hashed = false;
            fields++;
            if (c === -1) break;
            from = i + 1;
            value = 0;
            a = Math.imul(a, 0x01000193);
            b = Math.imul(b, 0x5bd1e995);
            b ^= b >>> 15;
            continue;
          }
          a = Math.imul(a ^ c, 0x01000193);
          b = Math.imul(b ^ c, 0x5bd1e995);
          b ^= b >>> 15;
          // A plain integer: digits only, the first not 0 (an empty field stays -1 too, see below).
          if (value >= 0) value = c >= 48 && c <= 57 && (c !== 48 || i !== from) ? value * 10 + (c - 48) : -1;
        }
        if (hashed) {
          confirm(lastEnd, end);
          const hash =
            fields === width
              ? (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11)
              : hashFields(text, fieldStarts, fieldEnds, fields);
          rowTracker.addHashed(fields, hash, line);
          scout.addNumbered(rowCount, line);
          for (let c = 0; c < columns.length; c++) {
            const column = columns[c] as ColumnTracker;
            if (c >= fields) column.add(undefined, line);
            else {
              const from = fieldStarts[c] as number;
              const to = fieldEnds[c] as number;
              const plain = to > from ? (fieldValues[c] as number) : -1;
              if (plain >= 0) column.addPlainInteger(plain);
              else column.add(text.slice(from, to), line);
            }
          }
          rowCount++;
        } else addRow(text.slice(at, lineEnd).split(delimiter), line, lastEnd, end);
      } else addRow(text.slice(at, lineEnd).split(delimiter), line, lastEnd, end);
      lastEnd = end;
      if (lineBreak < 0) break;
      at = end;
    }
  } else {
    quirks = scanRecords(
      text,
      delimiter,
      newline,
      (row, line, end) => {
        const start = lastEnd;
        lastEnd = end;
        addRow(row, line, start, end);
      },
      spec.firstLine,
    );
  }
  return {
    rowCount,
    columns: columns.map((c) => c.part()),
    rows: rowTracker.part(),
    scout: scout.part(rowCount),
    starts: starts.subarray(0, rowCount),
    ends: ends.subarray(0, rowCount),
    blank,
    trailingBlank: pending,
    quirks,
    certain: spec.last || quirks.unterminated.length === 0,
  };
}

/** The buffers of a part, to transfer rather than copy it between workers. */
export function rangePartBuffers(part: RangePart): ArrayBuffer[] {
  const buffers = [
    ...part.columns.map((c) => c.values.buffer),
    part.rows.hashes.buffer,
    part.scout.lines.buffer,
    part.starts.buffer,
    part.ends.buffer,
  ];
  return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/**
 * True when the text has no quote and only `newline` line breaks, with a one-character delimiter: each
 * line is then exactly one record, split at the delimiter (papaparse's own fast path for such text).
 */
function isQuoteless(text: string, delimiter: string, newline: '\n' | '\r\n' | '\r'): boolean {
  if (delimiter.length !== 1 || text.includes('"')) return false;
  if (newline === '\n') return !text.includes('\r');
  if (newline === '\r') return !text.includes('\n');
  const crlf = occurrences(text, '\r\n');
  return occurrences(text, '\r') === crlf && occurrences(text, '\n') === crlf;
}

/** Records in a range, about: its line breaks, plus one. */
function estimateRecords(text: string, newline: string): number {
  let count = 1;
  for (let at = text.indexOf(newline); at >= 0; at = text.indexOf(newline, at + newline.length)) count++;
  return count;
}

function grow(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}
