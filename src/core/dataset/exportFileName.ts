import { findSpendingColumn, isIncomeName } from '../csv/featureRoles';

/**
 * The download's file name, built from the clustered columns' names.
 * The classic analysis (annual income × spending score, recognized by the same header rules as the
 * columns themselves, so "Score (1-100)" beside "Annual Income (k$)" counts) gets the name analysts know:
 * `Customer_Clusters_Annual_Income_Spending.csv`.
 */
export function exportFileName(featureNames: readonly string[]): string {
  const [first, second] = featureNames;
  if (featureNames.length === 2 && first !== undefined && second !== undefined) {
    const classic = isIncomeName(first) && findSpendingColumn([first, second], 0) === 1;
    if (classic) return 'Customer_Clusters_Annual_Income_Spending.csv';
  }
  const parts = featureNames.map((name) =>
    name
      .replace(/\(.*?\)/g, '')
      .trim()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, ''),
  );
  const stem = parts.filter((part) => part.length > 0).join('_') || 'Features';
  return `Customer_Clusters_${stem}.csv`;
}
