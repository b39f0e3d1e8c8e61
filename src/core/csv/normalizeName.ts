/**
 * Reduces a column name to lower-case letters and digits, so "Annual Income (k$)", "annual_income" and
 * "AnnualIncome" compare equal when matching known names. Only used for matching; headers themselves are
 * never rewritten.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
