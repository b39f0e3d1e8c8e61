import type { CsvProblem } from '../../../src/core/csv/problem';
import { createRowTracker } from '../../../src/core/csv/rowTracker';

/**
 * Warnings about data rows that are kept as they are: rows whose field count differs from the header's,
 * and rows repeating an earlier row exactly (counted, since a double export inflates a segment).
 * `lines[i]` is the file line where `rows[i]` starts.
 */
export function findRowProblems(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  lines: readonly number[],
): CsvProblem[] {
  const tracker = createRowTracker(header.length);
  rows.forEach((row, i) => tracker.add(row, lines[i] ?? i + 2));
  return tracker.problems();
}
