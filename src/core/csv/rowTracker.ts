import { LineByHash } from './lineByHash';
import { listLines } from './listLines';
import { MAX_LISTED_LINES } from './problem';
import type { CsvProblem } from './problem';

// Below this many distinct rows, duplicates are found by exact text; above it by a 53-bit hash of the
// text, so a million-row file does not keep a million key strings. With n rows a false match has odds of
// about n² / 2⁵⁴ (1 in 36,000 at a million rows), and it would only miscount a warning.
export const EXACT_KEYS = 100_000;

/** Collects ragged and repeated rows one row at a time; the streaming reader and the reference findRowProblems share it. */
export interface RowTracker {
  add(row: readonly string[], line: number): void;
  problems(): CsvProblem[];
}

/** A {@link RowTracker} for a table whose header has `width` fields. */
export function createRowTracker(width: number): RowTracker {
  const ragged: { line: number; fields: number }[] = [];
  let raggedCount = 0;
  let exact: Map<string, number> | null = new Map();
  let hashed: LineByHash | null = null;
  const repeats: number[] = [];
  let repeatCount = 0;
  let firstOriginal = 0;
  return {
    add(row, line) {
      if (row.length !== width) {
        raggedCount++;
        if (ragged.length < MAX_LISTED_LINES) ragged.push({ line, fields: row.length });
      }
      // NUL cannot occur in a cell: files containing it are rejected as binary before rows exist.
      // Rows of holes (a blank line in a one-column file) say nothing about a double export.
      if (isBlankRow(row)) return;
      let earlier: number | undefined;
      if (exact !== null) {
        const key = rowKey(row);
        earlier = exact.get(key);
        if (earlier === undefined) exact.set(key, line);
        if (exact.size > EXACT_KEYS) {
          hashed = new LineByHash();
          for (const [text, at] of exact) hashed.firstOrAdd(hashKey(text), at);
          exact = null;
        }
      } else if (hashed !== null) {
        earlier = hashed.firstOrAdd(hashRow(row), line);
      }
      if (earlier === undefined) return;
      if (repeatCount === 0) firstOriginal = earlier;
      repeatCount++;
      if (repeats.length < MAX_LISTED_LINES) repeats.push(line);
    },
    problems: () => rowProblems(width, { raggedCount, ragged, repeatCount, repeats, firstOriginal }),
  };
}

/** What a {@link RowTracker} found: ragged rows (the first lines) and repeated rows. */
export interface RowFindings {
  readonly raggedCount: number;
  readonly ragged: readonly { line: number; fields: number }[];
  readonly repeatCount: number;
  /** The first repeats' lines. */
  readonly repeats: readonly number[];
  /** The line the first repeat repeats. */
  readonly firstOriginal: number;
}

/** The ragged-rows and duplicate-rows warnings for a table whose header has `width` fields. */
export function rowProblems(width: number, found: RowFindings): CsvProblem[] {
  const { raggedCount, ragged, repeatCount, repeats, firstOriginal } = found;
  const problems: CsvProblem[] = [];
  const first = ragged[0];
  if (raggedCount === 1 && first) {
    problems.push({
      code: 'ragged-rows',
      severity: 'warning',
      message: `Line ${first.line} has ${fields(first.fields)} where the header has ${width}; the row is kept.`,
      lines: [first.line],
    });
  } else if (raggedCount > 1) {
    const details = ragged.map((r) => `line ${r.line} has ${r.fields}`).join(', ');
    const more = raggedCount > ragged.length ? `, and ${raggedCount - ragged.length} more` : '';
    problems.push({
      code: 'ragged-rows',
      severity: 'warning',
      message: `${raggedCount} rows have a different number of fields than the header's ${width} (${details}${more}); they are kept, missing fields count as empty and extra fields are ignored for clustering.`,
      lines: ragged.map((r) => r.line),
    });
  }
  if (repeatCount > 0) {
    const subject =
      repeatCount === 1
        ? `1 row repeats an earlier row exactly`
        : `${repeatCount} rows repeat an earlier row exactly`;
    problems.push({
      code: 'duplicate-rows',
      severity: 'warning',
      message: `${subject} (${listLinesCounted(repeats, repeatCount)}; the first repeats line ${firstOriginal}); duplicates are kept and each counts as a customer.`,
      lines: repeats.slice(0, MAX_LISTED_LINES),
    });
  }
  return problems;
}

/** The text duplicate rows are found by: the field count, then the cells, NUL-separated. */
export const rowKey = (row: readonly string[]): string => `${row.length}\u0000${row.join('\u0000')}`;

/** A row of holes only (a blank line in a one-column file): it says nothing about a double export. */
export const isBlankRow = (row: readonly string[]): boolean => row.every(isBlankCell);

function fields(count: number): string {
  return count === 1 ? '1 field' : `${count} fields`;
}

/** {@link listLines} when only the first lines were kept but the total is known. */
function listLinesCounted(shown: readonly number[], total: number): string {
  if (total <= shown.length) return listLines(shown);
  return `lines ${shown.join(', ')} and ${total - shown.length} more`;
}

/** cell.trim() === '', without trimming the (usual) cell that starts with a visible ASCII character. */
function isBlankCell(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return cell.trim() === '';
}

/** {@link hashKey} of the row's key text (length, NUL, cells joined by NUL) without building that text. */
export function hashRow(row: readonly string[]): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const length = String(row.length);
  for (let j = -1; j < row.length; j++) {
    // j = -1 is the length prefix; every cell is preceded by a NUL.
    const text = j < 0 ? length : (row[j] ?? '');
    if (j >= 0) {
      a = Math.imul(a, 0x01000193);
      b = Math.imul(b, 0x5bd1e995);
      b ^= b >>> 15;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}

/**
 * The two hash states of {@link hashFields} after the field count `count`, before the fields: a
 * reader that hashes a row as it scans its characters starts from here (see parseRange).
 */
export function hashPrefix(count: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const length = String(count);
  for (let i = 0; i < length.length; i++) {
    const c = length.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a, b];
}

/**
 * {@link hashRow} of the row whose `count` fields are text[starts[f], ends[f]), read from the text
 * in place (a quoteless record, whose cells are exactly those slices).
 */
export function hashFields(text: string, starts: Int32Array, ends: Int32Array, count: number): number {
  let [a, b] = hashPrefix(count);
  for (let f = 0; f < count; f++) {
    a = Math.imul(a, 0x01000193);
    b = Math.imul(b, 0x5bd1e995);
    b ^= b >>> 15;
    const end = ends[f] ?? 0;
    for (let i = starts[f] ?? 0; i < end; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}

/** Two 32-bit string hashes (FNV-1a and a multiply-xorshift) folded into one exact-integer 53-bit key. */
function hashKey(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}
