import type { ColumnStats } from './columnTracker';
import type { ColumnReport } from './columnReport';
import { decorationWords } from './decorationWords';
import { isBareScoreName, isIncomeName, isSpendingName } from './featureRoles';
import type { CsvProblem } from './problem';

/** Fewest data rows that can be split into segments (k-means needs at least k ≥ 2 points). */
export const MIN_DATA_ROWS = 2;

/** What {@link assessColumns} needs of a column's statistics. */
export type ColumnSamples = Pick<ColumnStats, 'textLines' | 'textExamples' | 'textWithDigits' | 'formatted'>;

// More distinct texts than this in a column named like a feature are no category ("Low / High") but
// numbers written out ("fifteen thousand").
const MAX_CATEGORY_TEXTS = 12;

/**
 * The checks on a table's columns, from their reports and statistics alone (no rows kept): an alert
 * for a column named like income or the spending score that holds no numbers, notes on numbers read
 * through their formatting ("15,000", "$15k"), warnings for text cells inside numeric columns ("0x10"),
 * which are read as missing rather than guessed, and errors that make a well-formed table unusable for
 * segmentation: too few data rows, or fewer than two numeric (non-identifier) columns. `samples` gives
 * a column's text-cell lines and examples and its formatted numbers.
 */
export function assessColumns(
  rows: number,
  headerLength: number,
  reports: readonly ColumnReport[],
  samples: (report: ColumnReport) => ColumnSamples | undefined,
): CsvProblem[] {
  const problems: CsvProblem[] = [];
  if (rows > 0 && rows < MIN_DATA_ROWS) {
    problems.push({
      code: 'too-few-rows',
      severity: 'error',
      message: `The file has only ${rows} data row${rows === 1 ? '' : 's'}; segmentation needs at least ${MIN_DATA_ROWS} customers.`,
    });
  }
  for (const report of reports) {
    if (report.kind !== 'categorical' || !isFeatureName(report.name)) continue;
    const sample = samples(report);
    // "Spending level: Low / Average / High" is a category, not a score that failed to read.
    const numbersGoneWrong = (sample?.textWithDigits ?? 0) > 0 || report.distinct > MAX_CATEGORY_TEXTS;
    if (numbersGoneWrong) problems.push(describeUnreadableFeature(report, sample));
  }
  const numeric = reports.filter((r) => r.kind === 'numeric');
  for (const report of numeric) {
    const sample = samples(report);
    if (sample !== undefined && sample.formatted.count > 0) problems.push(describeFormatted(report, sample));
    if (report.nonNumeric > 0) problems.push(describeTextCells(report, sample));
  }
  if (numeric.length < 2) {
    const found =
      numeric.length === 0 ? 'No column is numeric' : `Only one column, “${numeric[0]?.name}”, is numeric`;
    const hint =
      headerLength === 1
        ? ' The whole file was read as a single column: no comma, semicolon, tab or pipe separates the header.'
        : '';
    problems.push({
      code: 'too-few-numeric-columns',
      severity: 'error',
      message: `${found}; segmentation needs at least two numeric columns, such as annual income and spending score.${hint}`,
    });
  }
  return problems;
}

const isFeatureName = (name: string): boolean =>
  isIncomeName(name) || isSpendingName(name) || isBareScoreName(name);

/**
 * The alert for a column whose header names income or the spending score but whose cells are mostly
 * not numbers: it cannot be clustered on, and the page must say so rather than quietly use another.
 */
function describeUnreadableFeature(report: ColumnReport, sample: ColumnSamples | undefined): CsvProblem {
  const n = report.nonNumeric;
  const total = report.numeric + report.nonNumeric;
  const examples = sample?.textExamples ?? [];
  const more = n > examples.length ? `, and ${n - examples.length} more` : '';
  const role = isIncomeName(report.name) ? 'income' : 'the spending score';
  return {
    code: 'unreadable-feature-column',
    severity: 'alert',
    message: `Column “${report.name}” looks like ${role}, but ${n} of its ${total} filled cells are not numbers (${examples.join(', ')}${more}), so it is not clustered on; fix those cells, or check the columns chosen instead.`,
    lines: [...(sample?.textLines ?? [])],
  };
}

function describeTextCells(report: ColumnReport, sample: ColumnSamples | undefined): CsvProblem {
  const n = report.nonNumeric;
  const examples = sample?.textExamples ?? [];
  const more = n > examples.length ? `, and ${n - examples.length} more` : '';
  // In the income or score column those rows drop out of the clustering itself: the page must interrupt.
  const feature = isFeatureName(report.name);
  return {
    code: 'non-numeric-cells',
    severity: feature ? 'alert' : 'warning',
    message: `Column “${report.name}” is numeric but has ${n} cell${n === 1 ? '' : 's'} that ${n === 1 ? 'is not a plain number' : 'are not plain numbers'} (${examples.join(', ')}${more}); ${n === 1 ? 'it is' : 'they are'} treated as missing${feature ? ', so those rows are not clustered unless missing values are filled' : ''}.`,
    lines: [...(sample?.textLines ?? [])],
  };
}

function describeFormatted(report: ColumnReport, sample: ColumnSamples): CsvProblem {
  const { count, examples } = sample.formatted;
  const more = count > examples.length ? `, and ${count - examples.length} more` : '';
  return {
    code: 'formatted-numbers',
    severity: 'info',
    message: `Column “${report.name}” has ${count} number${count === 1 ? '' : 's'} written with ${decorationWords(sample.formatted)} (${examples.join(', ')}${more}); ${count === 1 ? 'it was' : 'they were'} read as numbers, and the download keeps ${count === 1 ? 'it' : 'them'} as written.`,
  };
}
