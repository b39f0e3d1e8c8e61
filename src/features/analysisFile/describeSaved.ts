import type { AnalysisFile } from '../../core/analysisFile/format';

const AS_LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** “A” and “B”: the saved columns as a sentence names them. */
export const quotedFeatures = (saved: AnalysisFile): string =>
  AS_LIST.format(saved.features.map((name) => `“${name}”`));

/** "3 Dec 2026" (the saved date, in the reader's time zone); the text as written when it is not a date. */
export function savedOn(saved: AnalysisFile): string {
  const date = new Date(saved.createdAt);
  return Number.isNaN(date.getTime())
    ? saved.createdAt
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "seed 42, best of 10 restarts": what reproduces the clustering. */
export const runSettings = (saved: AnalysisFile): string =>
  `k = ${saved.kmeans.k}, seed ${saved.kmeans.seed}, best of ${saved.kmeans.restarts} restart${saved.kmeans.restarts === 1 ? '' : 's'}`;
