import { createRandom } from '../../../src/core/cluster/random';

/** Feature columns of the synthetic file, the first two named as in Mall_Customers.csv. */
export const MALL_LIKE_COLUMNS = [
  'Annual Income (k$)',
  'Spending Score (1-100)',
  'Age',
  'Tenure (months)',
  'Visits per Month',
  'Basket Size ($)',
];

/** The five Mall segments (income, score) with their spreads and shares, read off the k = 5 reference. */
const SEGMENTS = [
  { share: 0.405, mean: [55.3, 49.5], sd: [9, 6] },
  { share: 0.195, mean: [86.5, 82.1], sd: [16, 9] },
  { share: 0.175, mean: [88.2, 17.1], sd: [16, 10] },
  { share: 0.115, mean: [26.3, 20.9], sd: [7, 13] },
  { share: 0.11, mean: [25.7, 79.4], sd: [7, 10] },
];

/**
 * A seeded CSV of n mall-like customers with d (2..6) features: income and score drawn from the
 * five Mall segments, extra features loosely tied to the segment, one decimal each.
 */
export function writeMallLikeCsv(n: number, d: number, seed: number): string {
  const rng = createRandom(seed);
  const gauss = (): number => {
    const u = 1 - rng.nextFloat();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
  };
  const out: string[] = [['CustomerID', ...MALL_LIKE_COLUMNS.slice(0, d)].join(',')];
  for (let i = 0; i < n; i++) {
    let u = rng.nextFloat();
    let s = 0;
    while (s < SEGMENTS.length - 1 && u > (SEGMENTS[s] as (typeof SEGMENTS)[number]).share) {
      u -= (SEGMENTS[s] as (typeof SEGMENTS)[number]).share;
      s++;
    }
    const seg = SEGMENTS[s] as (typeof SEGMENTS)[number];
    const income = Math.max(10, (seg.mean[0] as number) + (seg.sd[0] as number) * gauss());
    const score = Math.min(100, Math.max(1, (seg.mean[1] as number) + (seg.sd[1] as number) * gauss()));
    const extra = [
      Math.min(80, Math.max(18, 30 + s * 6 + 10 * gauss())),
      Math.max(0, 24 + s * 8 + 12 * gauss()),
      Math.max(0, 2 + s * 0.8 + 1.5 * gauss()),
      Math.max(1, 40 + score * 0.8 + 15 * gauss()),
    ];
    const values = [income, score, ...extra].slice(0, d).map((v) => v.toFixed(1));
    out.push(`${i + 1},${values.join(',')}`);
  }
  return out.join('\n') + '\n';
}
