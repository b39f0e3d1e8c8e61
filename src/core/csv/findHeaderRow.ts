import { listLines } from './listLines';
import { classifyCell } from './parseNumericCell';
import type { CsvProblem } from './problem';

/**
 * Non-blank records searched for the header. Titles, export dates and filter notes above a header are
 * a few lines; a record further down than this is data, whatever it looks like.
 */
export const HEADER_SEARCH_RECORDS = 20;

/** A record above the header, kept for the download: its cells as written and its 1-based line. */
export interface TitleLine {
  readonly cells: string[];
  readonly line: number;
}

const isNumber = (cell: string): boolean =>
  classifyCell(cell, false).kind === 'number' || classifyCell(cell, true).kind === 'number';

/**
 * Which of the first non-blank records is the header. Records above it may only be titles: a line with
 * no delimiter at all ("Customer export - March"), or, in a table of three or more columns, one whose
 * only filled cell is the first ("Customer export - March,,,,", ",,,,"). The first record that is not a
 * title is the header when its cells look like column names (at least half the width are names, not
 * numbers). Returns 0, the first record, when there is no title or what follows the titles does not
 * look like a header, so a file without a header stays as before and gets its own warning. `records`
 * are the first up to {@link HEADER_SEARCH_RECORDS} + 1 non-blank records.
 */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  if (records.length < 2) return 0;
  const width = modalWidth(records.slice(1));
  const last = Math.min(records.length - 1, HEADER_SEARCH_RECORDS);
  for (let i = 0; i <= last; i++) {
    const row = records[i] ?? [];
    // A title sits in the first cell, as a spreadsheet's A1, and nowhere else.
    const onlyFirst = row.every((cell, c) => c === 0 || cell.trim() === '');
    if (onlyFirst && width >= (row.length === 1 ? 2 : 3)) continue;
    if (i === 0) return 0;
    const filled = row.filter((cell) => cell.trim() !== '');
    const names = filled.filter((cell) => !isNumber(cell.trim())).length;
    const needed = Math.min(width, Math.max(2, Math.ceil(width / 2)));
    return names >= needed && names * 2 >= filled.length ? i : 0;
  }
  return 0;
}

/** The most common field count (the larger one on a tie): the table's width, whatever sits above it. */
function modalWidth(records: readonly (readonly string[])[]): number {
  const counts = new Map<number, number>();
  let best = 1;
  let bestCount = 0;
  for (const record of records) {
    const count = (counts.get(record.length) ?? 0) + 1;
    counts.set(record.length, count);
    if (count > bestCount || (count === bestCount && record.length > best)) {
      best = record.length;
      bestCount = count;
    }
  }
  return best;
}

/** The warning for title lines found above the header, or none. */
export function titleLinesProblem(titles: readonly TitleLine[], headerLine: number): CsvProblem[] {
  if (titles.length === 0) return [];
  const quoted = titles
    .slice(0, 3)
    .map((title) => `“${title.cells.filter((cell) => cell.trim() !== '').join(' ')}”`)
    .join(', ');
  const more = titles.length > 3 ? `, and ${titles.length - 3} more` : '';
  const one = titles.length === 1;
  const where = listLines(titles.map((title) => title.line)).replace(/^l/, 'L');
  return [
    {
      code: 'title-lines',
      severity: 'warning',
      message: `${where} (${quoted}${more}) ${one ? 'sits' : 'sit'} above the header on line ${headerLine}, so ${one ? 'it was' : 'they were'} read as a title, not as customers; the download keeps ${one ? 'it' : 'them'} above the header.`,
      lines: titles.map((title) => title.line).slice(0, 20),
    },
  ];
}
