import { scanRecords } from '../../../src/core/csv/scanRecords';

/** Raw records of a file, before the header is taken apart. */
export interface Records {
  readonly rows: string[][];
  /** 1-based file line on which each row starts (a quoted cell with line breaks spans several lines). */
  readonly lines: number[];
  /** Lines whose opening quote never closes; each was re-read without quote handling. */
  readonly unterminated: number[];
  /** Lines of rows holding a quote in a place RFC 4180 does not allow (kept as text by papaparse). */
  readonly malformed: number[];
}

/**
 * Splits text into records with papaparse (`header: false`, so no column name is renamed) and records
 * where each one starts. An unterminated quote would make papaparse swallow the rest of the file into
 * one cell; instead the offending line is split literally and parsing resumes on the next line, so every
 * later row survives and the problem can name the line.
 */
export function readRecords(text: string, delimiter: string, newline: '\n' | '\r\n' | '\r'): Records {
  const rows: string[][] = [];
  const lines: number[] = [];
  const quirks = scanRecords(text, delimiter, newline, (row, line) => {
    rows.push(row);
    lines.push(line);
  });
  return { rows, lines, ...quirks };
}
