import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * scikit-learn 1.2.1 figures on public/Mall_Customers.csv, columns "Annual Income (k$)" and
 * "Spending Score (1-100)". Source: /work/shared/data/reference.json (StandardScaler, then
 * KMeans(init='k-means++', n_init=10, random_state=42) per k). Silhouette and Calinski-Harabasz of
 * the k = 2 and k = 5 partitions: sklearn.metrics 1.2.1 on the same standardized data.
 */
export const MALL_REFERENCE = {
  mean: [60.56, 50.2],
  scale: [26.19897707926781, 25.7588819633151],
  firstRowsStandardized: [
    [-1.7389991930659485, -0.43480147996914814],
    [-1.7389991930659485, 1.195704069915157],
    [-1.7008297638941763, -1.7159129834496736],
  ],
  inertiaByK: [
    400.0, 270.704267, 157.704008, 108.921317, 65.568408, 55.057348, 44.911186, 37.736403, 32.375254,
    29.090569,
  ],
  k5: {
    sizes: [81, 39, 35, 23, 22],
    centroidsOriginalUnits: [
      [55.296, 49.519],
      [86.538, 82.128],
      [88.2, 17.114],
      [26.304, 20.913],
      [25.727, 79.364],
    ],
  },
  silhouette: { 2: 0.3146990432802128, 5: 0.5546571631111091 },
  calinskiHarabasz: { 2: 94.57019470782073, 5: 248.64932001536357 },
} as const;

/** Income and spending-score columns of the Mall CSV shipped in public/ (plain comma split: no quotes in it). */
export function loadMallColumns(): [Float64Array, Float64Array] {
  const path = fileURLToPath(new URL('../../../public/Mall_Customers.csv', import.meta.url));
  const rows = readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
  return [new Float64Array(rows.map((r) => Number(r[3]))), new Float64Array(rows.map((r) => Number(r[4])))];
}
