/**
 * The word a segment name uses for a column: "Annual Income (k$)" → "income", "Spending Score (1-100)"
 * → "spending", "Age" → "age". Units in brackets go, and so do words that only qualify the measure
 * (annual, score, total …), unless nothing would be left.
 */
const FILLER = new Set([
  'annual',
  'yearly',
  'monthly',
  'weekly',
  'daily',
  'score',
  'total',
  'avg',
  'average',
  'mean',
  'amount',
  'value',
  'number',
  'num',
  'no',
  'of',
  'the',
  'in',
  'per',
  'level',
  'index',
]);

export function shortColumnName(name: string): string {
  const words = name
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_\-./]+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  const kept = words.filter((w) => !FILLER.has(w));
  const chosen = kept.length > 0 ? kept : words;
  return chosen.length > 0 ? chosen.join(' ') : name.trim();
}
