import { mergeColumnParts } from './columnTracker';
import { decideFormats, finishCompactTable, readCompactTable, type CompactOutcome } from './compactTable';
import { findTableStart } from './findTableStart';
import { scoutFromParts } from './findSummaryRows';
import { parseRange, type RangePart, type RangeSpec } from './parseRange';
import { prepareText } from './prepareText';
import { mergeRowParts } from './rowRanges';
import { rowKey, rowProblems } from './rowTracker';
import { scanRecords } from './scanRecords';
import { countLineBreaks, splitRanges } from './splitRanges';
import type { ParseOptions } from './table';

/** One range to parse: its text and how to read it. */
export interface RangeJob {
  readonly text: string;
  readonly spec: RangeSpec;
}

/** Parses ranges (in parallel workers, or here), giving their parts in the jobs' order. */
export type ParseRanges = (jobs: readonly RangeJob[]) => Promise<RangePart[]>;

/** How to split a text; below `minChars` it is read the serial way, where workers would cost more than they save. */
export interface RangeOptions {
  readonly ranges: number;
  readonly minChars: number;
}

/** A reading's outcome, and whether it was merged from ranges or read the serial way. */
export interface RangedOutcome extends CompactOutcome {
  readonly ranges: number;
}

/**
 * Reads a CSV text exactly as {@link readCompactTable} does (same table, problems and column reports),
 * by parsing ranges of its data records with `parse` (in parallel) and merging their parts in order.
 * The header, titles and number formats are decided on the first records first, as the serial reading
 * decides them. Whenever a range cannot be trusted to start at a record (a cut inside a quoted field,
 * a quote never closed), or two rows' hashes meet where the serial reading compares texts, or `parse`
 * fails, the text is read the serial way instead.
 */
export async function readTableInRanges(
  text: string,
  options: ParseOptions,
  parse: ParseRanges,
  { ranges, minChars }: RangeOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<RangedOutcome> {
  const serial = (): RangedOutcome => ({ ...readCompactTable(text, options, onProgress), ranges: 1 });
  if (ranges < 2 || text.length < minChars) return serial();
  const prepared = prepareText(text, options.delimiter);
  if (!prepared.ok) return serial();
  const { text: body, delimiter, newline } = prepared;
  const start = findTableStart(body, delimiter, newline);
  if (start === null || start.dataStart >= body.length) return serial();
  const { decimalComma, numberFormats } = decideFormats(start.header, start.sample, delimiter);
  const width = start.header.length;
  const cuts = splitRanges(body, start.dataStart, ranges, newline);
  if (cuts.length < 2) return serial();

  let line = 1 + countLineBreaks(body, 0, start.dataStart);
  let counted = start.dataStart;
  const jobs = cuts.map((cut, i): RangeJob => {
    line += countLineBreaks(body, counted, cut.start);
    counted = cut.start;
    const last = i === cuts.length - 1;
    return {
      text: body.slice(cut.start, cut.end),
      spec: { delimiter, newline, width, numberFormats, firstLine: line, last },
    };
  });
  onProgress?.(start.dataStart, body.length);
  let parts: RangePart[];
  try {
    parts = await parse(jobs);
  } catch {
    return serial();
  }
  if (parts.length !== jobs.length || parts.some((p) => !p.certain)) return serial();
  onProgress?.(body.length, body.length);

  const { scout, lines } = scoutFromParts(parts.map((p) => p.scout));
  // Row `row`'s record read back from the text, for the exact repeat check.
  const firstRows = parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.rowCount, 0));
  const keyOf = (row: number): string => {
    let at = parts.length - 1;
    while (at > 0 && (firstRows[at] ?? 0) > row) at--;
    const part = parts[at] as RangePart;
    const base = cuts[at]?.start ?? 0;
    const local = row - (firstRows[at] ?? 0);
    let record: string[] = [];
    const from = base + (part.starts[local] ?? 0);
    scanRecords(body.slice(from, base + (part.ends[local] ?? 0)), delimiter, newline, (r) => {
      record = r;
      return true;
    });
    return rowKey(record);
  };
  const findings = mergeRowParts(
    parts.map((p) => p.rows),
    lines,
    keyOf,
  );
  if (findings === null) return serial();

  const blank: number[] = [];
  let carried: number[] = [];
  for (const part of parts) {
    if (part.rowCount > 0) {
      blank.push(...carried, ...part.blank);
      carried = [...part.trailingBlank];
    } else carried.push(...part.trailingBlank);
  }
  const outcome = finishCompactTable({
    problems: prepared.problems,
    text: body,
    delimiter,
    newline,
    header: start.header,
    headerLine: start.headerLine,
    titles: start.titles,
    rowCount: parts.reduce((sum, p) => sum + p.rowCount, 0),
    decimalComma,
    numberFormats,
    quirks: {
      unterminated: parts.flatMap((p) => p.quirks.unterminated),
      malformed: parts.flatMap((p) => p.quirks.malformed),
    },
    blank,
    stats: numberFormats.map((_, c) => mergeColumnParts(parts.map((p) => p.columns[c]!))),
    scout,
    rowProblems: () => rowProblems(width, findings),
  });
  return { ...outcome, ranges: parts.length };
}

/** Parses the jobs one after another, here: the serial stand-in for a worker pool (tests, no Worker). */
export const parseRangesHere: ParseRanges = async (jobs) => jobs.map((job) => parseRange(job.text, job.spec));
