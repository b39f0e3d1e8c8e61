import type { ColumnReport } from './columnReport';
import { findSpendingColumn, isIncomeName } from './featureRoles';
import type { Table } from './table';

/** The columns proposed for clustering, and why. */
export interface FeatureChoice {
  /** Column indices, at least two: [income, spending score] when both are recognized. */
  readonly features: number[];
  /** The row-key column (never a feature), or null. */
  readonly identifier: number | null;
  /** A sentence for the analyst explaining the choice. */
  readonly reason: string;
}

/**
 * Proposes two numeric columns to cluster on. Income and spending score are recognized by name
 * (see featureRoles: case, spaces, underscores and units ignored; a bare "Score" is the spending score
 * when no column says "spend"); a column not found that way is replaced by the last
 * remaining numeric column; with neither, the last two numeric columns are used, since exports usually
 * put keys and demographics first. Identifier columns are never proposed. Returns null when fewer than
 * two numeric columns exist.
 */
export function detectFeatures(
  table: Pick<Table, 'header'>,
  reports: readonly ColumnReport[],
): FeatureChoice | null {
  const numeric = reports.filter((r) => r.kind === 'numeric' && r.index < table.header.length);
  if (numeric.length < 2) return null;
  const idReport = reports.find((r) => r.kind === 'identifier');
  const identifier = idReport?.index ?? null;
  const income = numeric.find((r) => isIncomeName(r.name));
  const spendingAt = findSpendingColumn(
    numeric.map((r) => r.name),
    income === undefined ? -1 : numeric.indexOf(income),
  );
  const spending = numeric[spendingAt];
  const others = numeric.filter((r) => r !== income && r !== spending);
  const lastOther = (): ColumnReport => others[others.length - 1] as ColumnReport;

  let x: ColumnReport;
  let y: ColumnReport;
  let why: string;
  if (income && spending) {
    [x, y] = [income, spending];
    why = `Using ${quote(x)} as income and ${quote(y)} as spending score, recognized by their names.`;
  } else if (income) {
    [x, y] = [income, lastOther()];
    why = `Using ${quote(x)} as income (recognized by name) and ${quote(y)}, the last other numeric column, since no spending-score column was recognized.`;
  } else if (spending) {
    [x, y] = [lastOther(), spending];
    why = `Using ${quote(y)} as spending score (recognized by name) and ${quote(x)}, the last other numeric column, since no income column was recognized.`;
  } else {
    [x, y] = numeric.slice(-2) as [ColumnReport, ColumnReport];
    why = `No income or spending-score column was recognized by name, so the last two numeric columns, ${quote(x)} and ${quote(y)}, are used.`;
  }
  const idNote = idReport ? ` ${quote(idReport)} is treated as a customer identifier, not as a feature.` : '';
  return { features: [x.index, y.index], identifier, reason: why + idNote };
}

function quote(report: ColumnReport): string {
  return report.name.trim() === '' ? `column ${report.index + 1}` : `“${report.name}”`;
}
