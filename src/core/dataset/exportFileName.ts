const INCOME = /income/i;
const SPENDING = /spend/i;

/**
 * The download's file name, built from the clustered columns' names.
 * The classic analysis (annual income × spending score) gets the name analysts already know:
 * `Customer_Clusters_Annual_Income_Spending.csv`.
 */
export function exportFileName(featureNames: readonly string[]): string {
  const [first, second] = featureNames;
  if (featureNames.length === 2 && first !== undefined && second !== undefined) {
    if (INCOME.test(first) && SPENDING.test(second)) return 'Customer_Clusters_Annual_Income_Spending.csv';
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
