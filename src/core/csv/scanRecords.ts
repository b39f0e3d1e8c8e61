import Papa from 'papaparse';

/**
 * Called once per record, in file order; `end` is the text offset just past the record. Returning
 * true stops the scan after this record.
 */
export type RecordVisitor = (row: string[], line: number, end: number) => boolean | void;

/** The record quirks {@link scanRecords} found, by 1-based line. */
export interface RecordQuirks {
  readonly unterminated: number[];
  readonly malformed: number[];
}

/**
 * The streaming form of the reference readRecords (tests/reference/csv): hands each record to `visit` instead of keeping it, so a
 * million-row file never holds a million arrays at once. Both read exactly the same records.
 * `firstLine` is the file line `text` starts on, for a text that is one range of a file.
 */
export function scanRecords(
  text: string,
  delimiter: string,
  newline: '\n' | '\r\n' | '\r',
  visit: RecordVisitor,
  firstLine = 1,
): RecordQuirks {
  const unterminated: number[] = [];
  const malformed: number[] = [];
  const lineAt = lineCounter(text, firstLine);
  let stopped = false;
  let start = 0;
  while (start < text.length) {
    let rowStart = start;
    let stoppedAt = -1;
    const base = start;
    Papa.parse<string[]>(start === 0 ? text : text.slice(start), {
      delimiter,
      newline,
      header: false,
      skipEmptyLines: false,
      step: (result, parser) => {
        const line = lineAt(rowStart);
        if (result.errors.some((e) => e.code === 'MissingQuotes')) {
          stoppedAt = rowStart;
          parser.abort();
          return;
        }
        if (result.errors.some((e) => e.code === 'InvalidQuotes')) malformed.push(line);
        rowStart = base + result.meta.cursor;
        if (visit(result.data, line, rowStart) === true) {
          stopped = true;
          parser.abort();
        }
      },
    });
    if (stopped || stoppedAt < 0) break;
    const end = text.indexOf(newline, stoppedAt);
    const lineEnd = end < 0 ? text.length : end;
    const line = lineAt(stoppedAt);
    unterminated.push(line);
    start = end < 0 ? text.length : end + newline.length;
    if (visit(text.slice(stoppedAt, lineEnd).split(delimiter), line, start) === true) break;
  }
  return { unterminated, malformed };
}

/** Returns a function mapping increasing offsets to 1-based line numbers, counting CRLF, LF and CR once each. */
function lineCounter(text: string, firstLine: number): (offset: number) => number {
  let at = 0;
  let line = firstLine;
  return (offset) => {
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
    }
    return line;
  };
}
