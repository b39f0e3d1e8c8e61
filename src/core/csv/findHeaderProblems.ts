import { classifyCell } from './parseNumericCell';
import type { CsvProblem } from './problem';

/**
 * Warnings about the header line, which is kept exactly as written: repeated names (ambiguous when
 * reading the result), unnamed columns, and a first line made only of numbers, which means the file has
 * no header and its first customer is being read as column names.
 */
export function findHeaderProblems(header: readonly string[], headerLine: number): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const counts = new Map<string, number>();
  for (const name of header) counts.set(name, (counts.get(name) ?? 0) + 1);
  const repeated = [...counts]
    .filter(([name, n]) => n > 1 && name.trim() !== '')
    .map(([name]) => `“${name}”`);
  if (repeated.length > 0) {
    problems.push({
      code: 'duplicate-header',
      severity: 'warning',
      message: `The header repeats the column name${repeated.length > 1 ? 's' : ''} ${repeated.join(', ')}; the columns are kept and told apart by position.`,
      lines: [headerLine],
    });
  }
  const unnamed = header.flatMap((name, i) => (name.trim() === '' ? [i + 1] : []));
  if (unnamed.length > 0 && header.length > 1) {
    problems.push({
      code: 'empty-header',
      severity: 'warning',
      message: `Column${unnamed.length > 1 ? 's' : ''} ${unnamed.join(', ')} ${unnamed.length > 1 ? 'have' : 'has'} no name in the header on line ${headerLine}; ${unnamed.length > 1 ? 'they are' : 'it is'} referred to by position.`,
      lines: [headerLine],
    });
  }
  // Years or codes can be column names, so only a mostly-numeric header is suspicious.
  const numbers = header.filter(
    (name) => classifyCell(name, false).kind === 'number' || classifyCell(name, true).kind === 'number',
  );
  if (numbers.length >= 2 && numbers.length * 2 > header.length) {
    problems.push({
      code: 'numeric-header',
      severity: 'warning',
      message: `Line ${headerLine} (${header.join(', ')}) looks like data rather than column names; it is used as the header, so that row is not clustered. Add a header line if the file has none.`,
      lines: [headerLine],
    });
  }
  return problems;
}
