import { listLines } from './listLines';
import { MAX_LISTED_LINES } from './problem';
import type { CsvProblem } from './problem';

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
  const problems: CsvProblem[] = [];
  const ragged: { line: number; fields: number }[] = [];
  rows.forEach((row, i) => {
    if (row.length !== header.length) ragged.push({ line: lines[i] ?? i + 2, fields: row.length });
  });
  const first = ragged[0];
  if (ragged.length === 1 && first) {
    problems.push({
      code: 'ragged-rows',
      severity: 'warning',
      message: `Line ${first.line} has ${fields(first.fields)} where the header has ${header.length}; the row is kept.`,
      lines: [first.line],
    });
  } else if (ragged.length > 1) {
    const shown = ragged.slice(0, MAX_LISTED_LINES);
    const details = shown.map((r) => `line ${r.line} has ${r.fields}`).join(', ');
    const more = ragged.length > shown.length ? `, and ${ragged.length - shown.length} more` : '';
    problems.push({
      code: 'ragged-rows',
      severity: 'warning',
      message: `${ragged.length} rows have a different number of fields than the header's ${header.length} (${details}${more}); they are kept, missing fields count as empty and extra fields are ignored for clustering.`,
      lines: shown.map((r) => r.line),
    });
  }

  // NUL cannot occur in a cell: files containing it are rejected as binary before rows exist.
  const seen = new Map<string, number>();
  const repeats: number[] = [];
  let firstOriginal = 0;
  rows.forEach((row, i) => {
    // Rows of holes (a blank line in a one-column file) say nothing about a double export.
    if (row.every((cell) => cell.trim() === '')) return;
    const key = `${row.length}\u0000${row.join('\u0000')}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, lines[i] ?? i + 2);
      return;
    }
    if (repeats.length === 0) firstOriginal = earlier;
    repeats.push(lines[i] ?? i + 2);
  });
  if (repeats.length > 0) {
    const subject =
      repeats.length === 1
        ? `1 row repeats an earlier row exactly`
        : `${repeats.length} rows repeat an earlier row exactly`;
    problems.push({
      code: 'duplicate-rows',
      severity: 'warning',
      message: `${subject} (${listLines(repeats)}; the first repeats line ${firstOriginal}); duplicates are kept and each counts as a customer.`,
      lines: repeats.slice(0, MAX_LISTED_LINES),
    });
  }
  return problems;
}

function fields(count: number): string {
  return count === 1 ? '1 field' : `${count} fields`;
}
