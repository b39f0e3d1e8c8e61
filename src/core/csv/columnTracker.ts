import type { ColumnNumberFormat, NumberDecorations } from './numberFormat';
import { createIntegerSet, type IntegerSet } from './integerSet';
import { readCell, type CellKind } from './parseNumericCell';
import { MAX_LISTED_LINES } from './problem';

// Distinct texts counted exactly up to here; a million unique customer ids would otherwise be a million strings.
export const MAX_DISTINCT = 100_000;
// Enough examples for the analyst to recognize the pattern ("$15", "15k") without flooding the message.
export const TEXT_EXAMPLES = 3;
// Up to 15 digits: always an exact double, whose String() gives the same digits back.
const PLAIN_INTEGER = /^[1-9]\d{0,14}$/;
const HAS_DIGIT = /\d/;
// Text cells remembered per column, so a label repeated on every row ("Female") is classified once.
const KNOWN_TEXTS = 256;

/** What one column holds, gathered a cell at a time (see {@link createColumnTracker}). */
export interface ColumnStats {
  readonly numeric: number;
  readonly missing: number;
  readonly nonNumeric: number;
  /** Distinct non-missing trimmed texts, exact up to {@link MAX_DISTINCT}. */
  readonly distinct: number;
  readonly distinctCapped: boolean;
  readonly integers: boolean;
  readonly min: number;
  readonly max: number;
  /** The number per row (NaN when missing, text or absent), `rows` long. */
  readonly values: Float64Array;
  /**
   * True when every cell is blank, absent or a plain positive integer without leading zeros ("17"),
   * so its text is exactly String(value): ids can then be told from the numbers alone.
   */
  readonly plainIntegers: boolean;
  /** Where text cells are, for the non-numeric-cells warning: first lines and quoted examples. */
  readonly textLines: readonly number[];
  readonly textExamples: readonly string[];
  /** Text cells holding a digit ("15 thousand", "0x10"): numbers gone wrong rather than categories. */
  readonly textWithDigits: number;
  /** Cells read as numbers only through their formatting ("15,000", "$15k", "45%"), with what it was. */
  readonly formatted: FormattedCells;
}

/** The cells of a column that needed {@link readFormattedNumber}: how many, what they carried, examples. */
export interface FormattedCells extends NumberDecorations {
  readonly count: number;
  /** A few of them as “text” on line N (read as value). */
  readonly examples: readonly string[];
}

/**
 * What one range of a file's rows says about a column (see parseRange): its {@link ColumnStats}, but
 * with the distinct texts themselves (null once there are {@link MAX_DISTINCT}), so the ranges can be
 * merged into the whole column's stats ({@link mergeColumnParts}).
 */
export interface ColumnPart extends Omit<ColumnStats, 'distinct' | 'distinctCapped'> {
  readonly texts: string[] | null;
}

/** Accumulates one column's statistics and numbers row by row, keeping no per-row object. */
export interface ColumnTracker {
  /** `cell` is undefined when a short ragged row has no such field. */
  add(cell: string | undefined, line: number): void;
  /** The same as add(String(value)) for a cell that is a plain integer (see PLAIN_INTEGER), read without its text. */
  addPlainInteger(value: number): void;
  stats(): ColumnStats;
  /** The same, with the distinct texts, for merging with other ranges' parts. */
  part(): ColumnPart;
}

/** A {@link ColumnTracker}; numbers are read in the column's own format (decimal mark, thousands unit). */
export function createColumnTracker(format: ColumnNumberFormat, capacity = 1024): ColumnTracker {
  let values = new Float64Array(Math.max(16, capacity));
  let rows = 0;
  let numeric = 0;
  let missing = 0;
  let nonNumeric = 0;
  let integers = true;
  let min = Infinity;
  let max = -Infinity;
  // Distinct texts: those that are plain integers by their value (String(value) gives the text back,
  // and a number is cheaper to keep and hash than a string), the others as trimmed text.
  let texts: Set<string> | null = new Set<string>();
  let integerTexts: IntegerSet | null = createIntegerSet();
  let distinct = 0;
  const counted = (): void => {
    distinct = (texts?.size ?? 0) + (integerTexts?.size ?? 0);
    if (distinct >= MAX_DISTINCT) {
      texts = null;
      integerTexts = null;
    }
  };
  const addNumber = (value: number): void => {
    numeric++;
    if (!Number.isInteger(value)) integers = false;
    if (value < min) min = value;
    if (value > max) max = value;
  };
  let plainIntegers = true;
  const textLines: number[] = [];
  const textExamples: string[] = [];
  let textWithDigits = 0;
  const formatted = { count: 0, grouping: false, currency: false, percent: false, thousands: false };
  const formattedExamples: string[] = [];
  // Cells read as text (readCell is a function of the cell and the format alone), with whether they hold a digit.
  const knownTexts = new Map<string, boolean>();
  const addText = (cell: string, line: number, hasDigit: boolean): void => {
    nonNumeric++;
    if (hasDigit) textWithDigits++;
    if (textLines.length < MAX_LISTED_LINES) textLines.push(line);
    if (textExamples.length < TEXT_EXAMPLES) textExamples.push(`“${cell}” on line ${line}`);
  };
  const room = (): void => {
    if (rows === values.length) {
      const grown = new Float64Array(values.length * 2);
      grown.set(values);
      values = grown;
    }
  };
  return {
    addPlainInteger(value) {
      room();
      values[rows++] = value;
      if (integerTexts !== null) {
        integerTexts.add(value);
        counted();
      }
      addNumber(value);
    },
    add(cell, line) {
      room();
      const digits = cell === undefined ? undefined : knownTexts.get(cell);
      if (digits !== undefined) {
        // Seen before: its trimmed text is already among the distinct ones (or they are no longer counted).
        values[rows++] = NaN;
        plainIntegers = false;
        addText(cell as string, line, digits);
        return;
      }
      let kind: CellKind;
      let value: number;
      let plain = false;
      if (cell === undefined) {
        kind = 'missing';
        value = NaN;
      } else if (PLAIN_INTEGER.test(cell)) {
        // The common case on big exports, decided by one small regex instead of the full classification.
        kind = 'number';
        value = Number(cell);
        plain = true;
      } else {
        const read = readCell(cell, format);
        ({ kind, value } = read);
        if (read.formatted !== undefined) {
          const f = read.formatted;
          formatted.count++;
          formatted.grouping ||= f.grouping;
          formatted.currency ||= f.currency;
          formatted.percent ||= f.percent;
          formatted.thousands ||= f.thousands;
          if (formattedExamples.length < TEXT_EXAMPLES)
            formattedExamples.push(`“${cell}” on line ${line} (read as ${String(f.value)})`);
        }
        if (plainIntegers && (kind !== 'missing' || cell.trim() !== '')) plainIntegers = false;
      }
      values[rows++] = value;
      if (kind === 'missing') {
        missing++;
        return;
      }
      if (texts !== null && integerTexts !== null) {
        // A plain integer has no spaces to trim: skip the copy on the common path.
        const text = plain ? (cell as string) : (cell ?? '').trim();
        if (plain || PLAIN_INTEGER.test(text)) integerTexts.add(plain ? value : Number(text));
        else texts.add(text);
        counted();
      }
      if (kind === 'text') {
        const hasDigit = HAS_DIGIT.test(cell as string);
        if (knownTexts.size < KNOWN_TEXTS) knownTexts.set(cell as string, hasDigit);
        addText(cell as string, line, hasDigit);
        return;
      }
      addNumber(value);
    },
    stats() {
      return {
        numeric,
        missing,
        nonNumeric,
        distinct,
        distinctCapped: texts === null,
        ...common(),
      };
    },
    part() {
      const all =
        texts === null || integerTexts === null ? null : [...texts, ...integerTexts.values().map(String)];
      return { numeric, missing, nonNumeric, texts: all, ...common() };
    },
  };

  function common(): Omit<ColumnStats, 'numeric' | 'missing' | 'nonNumeric' | 'distinct' | 'distinctCapped'> {
    return {
      integers,
      plainIntegers,
      min,
      max,
      values: values.subarray(0, rows),
      textLines,
      textExamples,
      textWithDigits,
      formatted: { ...formatted, examples: formattedExamples },
    };
  }
}

/**
 * The stats of a whole column from its ranges' parts, in file order: exactly what one tracker fed
 * every row would give (counts add up, the first lines and examples are the first of the whole file,
 * distinct texts are counted over the union).
 */
export function mergeColumnParts(parts: readonly ColumnPart[]): ColumnStats {
  const rows = parts.reduce((sum, p) => sum + p.values.length, 0);
  const values = new Float64Array(rows);
  let at = 0;
  let union: Set<string> | null = new Set<string>();
  for (const part of parts) {
    values.set(part.values, at);
    at += part.values.length;
    if (union === null) continue;
    if (part.texts === null) union = null;
    else for (const text of part.texts) union.add(text);
  }
  const total = union === null ? MAX_DISTINCT : union.size;
  const sum = (pick: (p: ColumnPart) => number): number => parts.reduce((n, p) => n + pick(p), 0);
  const first = <T>(pick: (p: ColumnPart) => readonly T[], count: number): T[] =>
    parts.flatMap(pick).slice(0, count);
  const numeric = sum((p) => p.numeric);
  return {
    numeric,
    missing: sum((p) => p.missing),
    nonNumeric: sum((p) => p.nonNumeric),
    distinct: Math.min(total, MAX_DISTINCT),
    distinctCapped: total >= MAX_DISTINCT,
    integers: parts.every((p) => p.integers),
    plainIntegers: parts.every((p) => p.plainIntegers),
    min: parts.reduce((m, p) => Math.min(m, p.min), Infinity),
    max: parts.reduce((m, p) => Math.max(m, p.max), -Infinity),
    values,
    textLines: first((p) => p.textLines, MAX_LISTED_LINES),
    textExamples: first((p) => p.textExamples, TEXT_EXAMPLES),
    textWithDigits: sum((p) => p.textWithDigits),
    formatted: {
      count: sum((p) => p.formatted.count),
      grouping: parts.some((p) => p.formatted.grouping),
      currency: parts.some((p) => p.formatted.currency),
      percent: parts.some((p) => p.formatted.percent),
      thousands: parts.some((p) => p.formatted.thousands),
      examples: first((p) => p.formatted.examples, TEXT_EXAMPLES),
    },
  };
}

/** True when the column's numbers are all different (NaN ignored); call only when max - min is small. */
export function allDistinct(stats: ColumnStats): boolean {
  const seen = new Uint8Array(stats.max - stats.min + 1);
  for (const value of stats.values) {
    if (Number.isNaN(value)) continue;
    const at = value - stats.min;
    if (seen[at] === 1) return false;
    seen[at] = 1;
  }
  return true;
}
