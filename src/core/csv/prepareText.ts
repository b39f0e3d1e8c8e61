import { detectDelimiter } from './detectDelimiter';
import { detectNotText } from './detectNotText';
import { listLines } from './listLines';
import { normalizeLineBreaks } from './normalizeLineBreaks';
import { MAX_LISTED_LINES, type CsvProblem } from './problem';
import type { RecordQuirks } from './scanRecords';

/** A text ready to be split into records, or the reason it cannot be. */
export type PreparedText =
  | {
      readonly ok: true;
      readonly text: string;
      readonly newline: '\n' | '\r\n' | '\r';
      readonly delimiter: string;
      readonly problems: CsvProblem[];
    }
  | { readonly ok: false; readonly problems: CsvProblem[] };

/**
 * The whole-text checks shared by the in-memory and the streaming readers, so both report exactly the
 * same: BOM removal, not-text detection, empty file, mixed line breaks, and the delimiter.
 */
export function prepareText(text: string, forced: string | undefined): PreparedText {
  const problems: CsvProblem[] = [];
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const notText = detectNotText(input);
  if (notText) {
    if (notText.severity === 'error') return { ok: false, problems: [notText] };
    problems.push(notText);
  }
  if (input.trim() === '') {
    return {
      ok: false,
      problems: [{ code: 'empty-file', severity: 'error', message: 'The file is empty.' }],
    };
  }
  const breaks = normalizeLineBreaks(input);
  if (breaks.mixed) {
    problems.push({
      code: 'mixed-line-breaks',
      severity: 'warning',
      message:
        'Lines end in a mix of Windows, Unix and old Mac line breaks; each was read as the end of a row.',
    });
  }
  const delimiter =
    forced && !/["\r\n\ufeff]/.test(forced) ? forced : detectDelimiter(breaks.text, breaks.newline);
  return { ok: true, text: breaks.text, newline: breaks.newline, delimiter, problems };
}

/** Warnings for unterminated and malformed quotes found while splitting records. */
export function quoteProblems(quirks: RecordQuirks): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const open = quirks.unterminated;
  if (open.length > 0) {
    const where = listLines(open).replace(/^l/, 'L');
    problems.push({
      code: 'unterminated-quote',
      severity: 'warning',
      message:
        open.length === 1
          ? `${where} opens a quoted field that is never closed; that line was read without quote handling so the rest of the file is not swallowed into one cell.`
          : `${where} open quoted fields that are never closed; each was read without quote handling so the rest of the file is not swallowed into one cell.`,
      lines: open.slice(0, MAX_LISTED_LINES),
    });
  }
  if (quirks.malformed.length > 0) {
    problems.push({
      code: 'malformed-quote',
      severity: 'warning',
      message: `A quote appears inside a quoted field without being doubled on ${listLines(quirks.malformed)}; it was kept as text, but check those rows.`,
      lines: quirks.malformed.slice(0, MAX_LISTED_LINES),
    });
  }
  return problems;
}

/** The warning for blank lines skipped between data rows, or none. */
export function blankLinesProblem(blank: readonly number[]): CsvProblem[] {
  if (blank.length === 0) return [];
  return [
    {
      code: 'blank-lines',
      severity: 'warning',
      message: `Blank ${listLines(blank)} ${blank.length === 1 ? 'was' : 'were'} skipped.`,
      lines: blank.slice(0, MAX_LISTED_LINES),
    },
  ];
}

/** A record that cannot be a row of a wider table: one field of only whitespace. */
export const isBlankRecord = (row: readonly string[]): boolean =>
  row.length === 1 && (row[0] ?? '').trim() === '';

/** The header-only error. */
export function headerOnlyProblem(headerLine: number): CsvProblem {
  return {
    code: 'header-only',
    severity: 'error',
    message: `The file has a header on line ${headerLine} but no data rows.`,
    lines: [headerLine],
  };
}
