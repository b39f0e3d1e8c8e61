import { DECIMAL_SAMPLE_ROWS } from './compactTable';
import { findHeaderRow, HEADER_SEARCH_RECORDS, type TitleLine } from './findHeaderRow';
import { isBlankRecord } from './prepareText';
import { scanRecords } from './scanRecords';

/** Where a table's data starts, and what its first rows decide (see {@link findTableStart}). */
export interface TableStart {
  readonly header: string[];
  readonly headerLine: number;
  readonly titles: TitleLine[];
  /** The text offset just past the header record: the first data record (or blank line) starts here. */
  readonly dataStart: number;
  /** The first data rows, up to DECIMAL_SAMPLE_ROWS (fewer when the table is shorter): they decide the number formats. */
  readonly sample: string[][];
}

/**
 * Reads a prepared text's first records the way readCompactTable does (leading blank records dropped,
 * the header picked among the first HEADER_SEARCH_RECORDS + 1 non-blank records, the titles above it)
 * and stops once the number-format sample is in. Null for a text without a header or with a one-column
 * header (where blank lines are rows): those are read the serial way.
 */
export function findTableStart(
  body: string,
  delimiter: string,
  newline: '\n' | '\r\n' | '\r',
): TableStart | null {
  // papaparse splits all the text it is given into lines before the first record, so the first
  // records are looked for in the first megabyte: enough when the sample is in before its last line
  // and no quote there was left open (a cut inside a quoted field leaves one open); else in all of it.
  const cut = body.indexOf(newline, PREFIX_CHARS);
  if (cut > 0) {
    const prefix = body.slice(0, cut);
    const found = scanStart(prefix, delimiter, newline);
    if (found.complete) return found.start;
  }
  return scanStart(body, delimiter, newline).start;
}

const PREFIX_CHARS = 1 << 20;

function scanStart(
  body: string,
  delimiter: string,
  newline: '\n' | '\r\n' | '\r',
): { start: TableStart | null; complete: boolean } {
  let stoppedAt = -1;
  let lead: { row: string[]; line: number; end: number }[] | null = [];
  let leadFilled = 0;
  let start: Omit<TableStart, 'sample'> | null = null;
  const sample: string[][] = [];
  // Rows after the header: the serial reader takes every non-blank record as a row (width > 1).
  const take = (row: string[]): boolean => {
    if (!isBlankRecord(row)) sample.push(row);
    return sample.length >= DECIMAL_SAMPLE_ROWS;
  };
  const settle = (): boolean => {
    if (lead === null) return false;
    const buffered = lead;
    lead = null;
    const filled = buffered.filter((r) => !isBlankRecord(r.row));
    const at = findHeaderRow(filled.map((r) => r.row));
    const chosen = filled[at];
    if (chosen === undefined) return true;
    start = {
      header: chosen.row,
      headerLine: chosen.line,
      titles: filled.slice(0, at).map((r) => ({ cells: r.row, line: r.line })),
      dataStart: chosen.end,
    };
    if (chosen.row.length < 2) return true;
    return buffered.slice(buffered.indexOf(chosen) + 1).some((record) => take(record.row));
  };
  const quirks = scanRecords(body, delimiter, newline, (row, line, end) => {
    const stop =
      lead === null
        ? take(row)
        : lead.length === 0 && isBlankRecord(row)
          ? false
          : (lead.push({ row, line, end }),
            !isBlankRecord(row) && ++leadFilled > HEADER_SEARCH_RECORDS && settle());
    if (stop) stoppedAt = end;
    return stop;
  });
  // Stopped on a record that a line break ended, before any quote was left open: all it read was whole.
  const complete = stoppedAt >= 0 && stoppedAt < body.length && quirks.unterminated.length === 0;
  settle();
  const found = start as Omit<TableStart, 'sample'> | null;
  if (found === null || found.header.length < 2) return { start: null, complete };
  return { start: { ...found, sample }, complete };
}
