import Papa from 'papaparse';

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
  const unterminated: number[] = [];
  const malformed: number[] = [];
  const lineAt = lineCounter(text);
  let start = 0;
  while (start < text.length) {
    let rowStart = start;
    let stoppedAt = -1;
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
        rows.push(result.data);
        lines.push(line);
        rowStart = start + result.meta.cursor;
      },
    });
    if (stoppedAt < 0) break;
    const end = text.indexOf(newline, stoppedAt);
    const lineEnd = end < 0 ? text.length : end;
    rows.push(text.slice(stoppedAt, lineEnd).split(delimiter));
    const line = lineAt(stoppedAt);
    lines.push(line);
    unterminated.push(line);
    start = end < 0 ? text.length : end + newline.length;
  }
  return { rows, lines, unterminated, malformed };
}

/** Returns a function mapping increasing offsets to 1-based line numbers, counting CRLF, LF and CR once each. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
    }
    return line;
  };
}
