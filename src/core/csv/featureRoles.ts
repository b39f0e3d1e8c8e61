import { normalizeName } from './normalizeName';

// Matched against normalizeName(header), which keeps only lower-case letters and digits:
// "Annual Income (k$)", "income", "annual_income_thousands", "Salary", "Earnings", "Monthly wage".
const INCOME = /income|salary|earning|wage/;
// "Spending Score (1-100)", "spending_score", "SpendScore", "Spend", "Spending".
const SPENDING = /spend/;
// A header that starts with "score" ("Score (1-100)", "score"), taken as the spending score when no
// column says "spend"; a qualified one ("Credit score", "Risk score") is something else.
const SCORE = /^score/;

/** True when a header names the customer's income. */
export function isIncomeName(name: string): boolean {
  return INCOME.test(normalizeName(name));
}

/** True when a header names the spending score outright ("Spending Score (1-100)", "spend"). */
export function isSpendingName(name: string): boolean {
  return SPENDING.test(normalizeName(name));
}

/** True when a header is a bare score ("Score (1-100)"), the spending score where none says "spend". */
export function isBareScoreName(name: string): boolean {
  return SCORE.test(normalizeName(name));
}

/**
 * The spending-score column among `names`: the first that says "spend", else the first bare score;
 * `-1` when there is none. `skip` is a position already taken (the income column).
 */
export function findSpendingColumn(names: readonly string[], skip = -1): number {
  const spend = names.findIndex((name, i) => i !== skip && isSpendingName(name));
  return spend >= 0 ? spend : names.findIndex((name, i) => i !== skip && isBareScoreName(name));
}
