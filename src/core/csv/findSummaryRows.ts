import type { ColumnReport } from './columnReport';
import { SUMMARY_WORDS } from './summaryWords';
import type { CsvProblem } from './problem';

/** Rows with a blank first cell remembered for the out-of-range check; more than this is a blank column, not footers. */
const MAX_BLANK_FIRST = 1000;
// A column whose cells are filled this often is a key column whose blank cell means "not a customer".
const FILLED_SHARE = 0.9;
// Far out of range: beyond the other rows' range by twice its width.
const FAR = 2;
// A total equals the sum of the other rows to this relative precision (spreadsheet sums are exact).
const SUM_TOLERANCE = 1e-6;
// Totals found by their values alone: only this close to the top or bottom of a table this long, where
// a customer matching the others' sum in two columns by chance is all but impossible.
const SUM_EDGE_ROWS = 5;
const SUM_MIN_ROWS = 10;

/** Why a row was taken as a summary row. */
export type SummaryReason = 'label' | 'sums' | 'out-of-range';

/** A data row that summarises the others and is kept out of clustering. */
export interface SummaryRow {
  /** 0-based data row. */
  readonly index: number;
  readonly line: number;
  /** The cell that names it ("Total"), or '' when its values gave it away. */
  readonly label: string;
  readonly reason: SummaryReason;
}

interface Labelled {
  readonly index: number;
  readonly line: number;
  readonly label: string;
  readonly column: number;
}

/** Watches rows as they stream past for what may be summary rows; cheap enough for every row of a big file. */
export interface SummaryScout {
  add(row: readonly string[], index: number, line: number): void;
  /** The same as add() for a row whose first cell starts with a digit: nothing to look at but its line. */
  addNumbered(index: number, line: number): void;
  /** The file line of data row `index`. */
  lineOf(index: number): number;
  readonly labelled: readonly Labelled[];
  readonly blankFirst: readonly { readonly index: number; readonly line: number }[];
  /** What it saw of rows 0..rows-1, to merge with other ranges' (see {@link scoutFromParts}). */
  part(rows: number): ScoutPart;
}

/** What a {@link SummaryScout} saw of one range of rows, indices counted from the range's first row. */
export interface ScoutPart {
  readonly labelled: readonly Labelled[];
  readonly blankFirst: readonly { readonly index: number; readonly line: number }[];
  /** Each row's file line. */
  readonly lines: Int32Array;
}

/**
 * The scout of a whole table from its ranges' parts, in file order: what one scout shown every row
 * would have seen. `lines` is every row's file line.
 */
export function scoutFromParts(parts: readonly ScoutPart[]): { scout: SummaryScout; lines: Int32Array } {
  const lines = new Int32Array(parts.reduce((sum, p) => sum + p.lines.length, 0));
  const labelled: Labelled[] = [];
  const blankFirst: { index: number; line: number }[] = [];
  let offset = 0;
  for (const part of parts) {
    lines.set(part.lines, offset);
    for (const row of part.labelled) labelled.push({ ...row, index: row.index + offset });
    for (const row of part.blankFirst) {
      if (blankFirst.length < MAX_BLANK_FIRST) blankFirst.push({ ...row, index: row.index + offset });
    }
    offset += part.lines.length;
  }
  const scout: SummaryScout = {
    labelled,
    blankFirst,
    lineOf: (index) => lines[index] ?? -1,
    add() {
      throw new Error('A scout merged from parts sees no more rows.');
    },
    addNumbered() {
      throw new Error('A scout merged from parts sees no more rows.');
    },
    part: (rows) => ({ labelled, blankFirst, lines: lines.subarray(0, rows) }),
  };
  return { scout, lines };
}

/** A new {@link SummaryScout}. */
export function createSummaryScout(): SummaryScout {
  const labelled: Labelled[] = [];
  const blankFirst: { index: number; line: number }[] = [];
  // Every row's line (4 bytes a row), so a row found by its values alone can be named.
  let lines = new Int32Array(1024);
  const keepLine = (index: number, line: number): void => {
    if (index >= lines.length) {
      const grown = new Int32Array(lines.length * 2);
      grown.set(lines);
      lines = grown;
    }
    lines[index] = line;
  };
  return {
    labelled,
    blankFirst,
    lineOf: (index) => lines[index] ?? -1,
    part: (rows) => ({ labelled, blankFirst, lines: lines.subarray(0, rows) }),
    addNumbered: keepLine,
    add(row, index, line) {
      keepLine(index, line);
      // Most rows start with an id or a number: neither blank nor a label, decided on one character.
      const head = (row[0] ?? '').charCodeAt(0);
      if (head >= 48 && head <= 57) return;
      let c = 0;
      while (c < row.length && (row[c] ?? '').trim() === '') c++;
      if (c > 0 && blankFirst.length < MAX_BLANK_FIRST) blankFirst.push({ index, line });
      const cell = row[c];
      if (cell === undefined || cell.length > 40) return;
      // Most first cells are ids or numbers: one character test skips them before any string work.
      const first = cell.trimStart().charCodeAt(0);
      if (first < 65 || (first > 90 && first < 97) || (first > 122 && first < 0xc0)) return;
      const word = cell.trim().toLowerCase().replace(/\s*:$/, '');
      if (SUMMARY_WORDS.has(word)) labelled.push({ index, line, label: cell.trim(), column: c });
    },
  };
}

/**
 * The rows that summarise the others rather than describe a customer: a row whose first filled cell is
 * a summary word ("Total", "Grand total:", "Summe", "Moyenne") in a key or number column, or rarely
 * enough in a text column; a row among the first or last five of ten or more whose values equal the sum
 * of all other rows in at least two numeric columns; and a row with a blank first cell (where that column is otherwise filled) whose values lie
 * far outside every other row's in at least two numeric columns. `numbers` are the table's number
 * columns (NaN where not a number), `reports` its column reports. Rows are returned in order.
 */
export function findSummaryRows(
  scout: SummaryScout,
  numbers: readonly Float64Array[],
  reports: readonly ColumnReport[],
  rowCount: number,
): SummaryRow[] {
  const found = new Map<number, SummaryRow>();
  const perLabel = new Map<string, number>();
  for (const row of scout.labelled) {
    const key = `${row.column}\u0000${row.label.toLowerCase()}`;
    perLabel.set(key, (perLabel.get(key) ?? 0) + 1);
  }
  const rare = Math.max(3, rowCount / 100);
  for (const row of scout.labelled) {
    const kind = reports[row.column]?.kind;
    const count = perLabel.get(`${row.column}\u0000${row.label.toLowerCase()}`) ?? 0;
    // "Average" can be a real category ("Spending: Low / Average / High"); a handful of them cannot.
    if (kind === 'categorical' && count > rare) continue;
    found.set(row.index, { index: row.index, line: row.line, label: row.label, reason: 'label' });
  }

  const numeric = reports.filter((r) => r.kind === 'numeric').map((r) => numbers[r.index]);
  const columns = numeric.filter((column): column is Float64Array => column !== undefined);
  if (columns.length >= 2 && rowCount >= SUM_MIN_ROWS) {
    for (const index of sumRows(columns, rowCount)) {
      if (!found.has(index))
        found.set(index, { index, line: scout.lineOf(index), label: '', reason: 'sums' });
    }
    const firstFilled = reports[0] !== undefined && reports[0].missing <= (1 - FILLED_SHARE) * rowCount;
    // The extremes cost a pass over every numeric column: only worth it with a row to test.
    if (firstFilled && scout.blankFirst.length > 0) {
      const extremes = columns.map(extremesOf);
      for (const { index, line } of scout.blankFirst) {
        if (found.has(index)) continue;
        const far = columns.filter((column, j) => isFar(column[index] ?? NaN, extremes[j])).length;
        if (far >= 2) found.set(index, { index, line, label: '', reason: 'out-of-range' });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/**
 * Rows near the top or bottom whose value in at least two columns is the sum of every other row's (so
 * half the column total).
 */
function sumRows(columns: readonly Float64Array[], rowCount: number): number[] {
  const totals = columns.map((column) => {
    let sum = 0;
    for (let i = 0; i < column.length; i++) {
      const value = column[i] as number;
      if (value === value) sum += value;
    }
    return sum;
  });
  const rows: number[] = [];
  const edges = new Set<number>();
  for (let i = 0; i < Math.min(SUM_EDGE_ROWS, rowCount); i++) edges.add(i).add(rowCount - 1 - i);
  for (const i of [...edges].sort((a, b) => a - b)) {
    let matches = 0;
    for (let j = 0; j < columns.length && matches < 2; j++) {
      const value = columns[j]?.[i] ?? NaN;
      const total = totals[j] ?? 0;
      if (value !== 0 && Math.abs(2 * value - total) <= SUM_TOLERANCE * Math.abs(total)) matches++;
    }
    if (matches >= 2) rows.push(i);
  }
  return rows;
}

interface Extremes {
  readonly max: number;
  readonly secondMax: number;
  readonly min: number;
  readonly secondMin: number;
}

function extremesOf(column: Float64Array): Extremes {
  let max = -Infinity;
  let secondMax = -Infinity;
  let min = Infinity;
  let secondMin = Infinity;
  for (const value of column) {
    if (Number.isNaN(value)) continue;
    if (value > max) [secondMax, max] = [max, value];
    else if (value > secondMax) secondMax = value;
    if (value < min) [secondMin, min] = [min, value];
    else if (value < secondMin) secondMin = value;
  }
  return { max, secondMax, min, secondMin };
}

/** True when `value` lies beyond the other rows' range by {@link FAR} times its width. */
function isFar(value: number, extremes: Extremes | undefined): boolean {
  if (Number.isNaN(value) || extremes === undefined) return false;
  // The others' range: leave this value out by taking the second extreme where it is the extreme.
  const max = value === extremes.max ? extremes.secondMax : extremes.max;
  const min = value === extremes.min ? extremes.secondMin : extremes.min;
  if (!Number.isFinite(max) || !Number.isFinite(min)) return false;
  const width = Math.max(max - min, Number.EPSILON);
  return value > max + FAR * width || value < min - FAR * width;
}

/** The warning naming the summary rows left out, or none. */
export function summaryRowsProblem(rows: readonly SummaryRow[], header: readonly string[]): CsvProblem[] {
  if (rows.length === 0) return [];
  const first = header[0]?.trim() || 'first column';
  const shown = rows.slice(0, 5).map((row) => {
    const why =
      row.reason === 'label'
        ? `“${row.label}”`
        : row.reason === 'sums'
          ? 'its values are the column totals'
          : `no ${first}, values far beyond every other row's`;
    return `line ${row.line} (${why})`;
  });
  const more = rows.length > shown.length ? `, and ${rows.length - shown.length} more` : '';
  const one = rows.length === 1;
  return [
    {
      code: 'summary-rows',
      severity: 'warning',
      message: `${rows.length} summary row${one ? '' : 's'} left out of clustering: ${shown.join(', ')}${more}. ${one ? 'It stays' : 'They stay'} in the download with an empty cluster.`,
      lines: rows.slice(0, 20).map((row) => row.line),
    },
  ];
}
