import { createColumnTracker, type ColumnPart } from './columnTracker';
import { createSummaryScout, type ScoutPart } from './findSummaryRows';
import type { ColumnNumberFormat } from './numberFormat';
import { isBlankRecord } from './prepareText';
import { createRowPartTracker, type RowPart } from './rowRanges';
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
  const quirks = scanRecords(
    text,
    delimiter,
    newline,
    (row, line, end) => {
      const start = lastEnd;
      lastEnd = end;
      if (isBlankRecord(row)) {
        pending.push(line);
        return;
      }
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
      rowTracker.add(row, line);
      scout.add(row, rowCount, line);
      for (let c = 0; c < columns.length; c++) columns[c]?.add(row[c], line);
      rowCount++;
    },
    spec.firstLine,
  );
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
