import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restartCap } from '../../../src/core/cluster/restartSearch';
import { runAnalysis } from '../../reference/dataset/runAnalysis';
import { loadMallColumns, MALL_REFERENCE } from '../cluster/reference';

/** scikit-learn's figures on Mall_Customers, made by tests/python/best_of_restarts.py. */
interface BestOfRestarts {
  readonly sklearn: string;
  readonly restarts: number;
  readonly inertia_by_k: Record<
    string,
    { readonly n_init_10: number; readonly best_of_2000: number; readonly best_of_2000_seeds: number }
  >;
}
const FIXTURE = JSON.parse(
  readFileSync(new URL('../../fixtures/sklearn/mall_best_of_restarts.json', import.meta.url), 'utf8'),
) as BestOfRestarts;
const sklearn = (k: number) => FIXTURE.inertia_by_k[String(k)]!;

describe('the thorough restart search on Mall_Customers (income, spending score)', () => {
  const params = { columns: loadMallColumns(), missing: 'drop' as const, kMax: 10, nInit: 10, seed: 42 };
  const thorough = runAnalysis(params);
  const exact = runAnalysis({ ...params, matchSklearn: true });
  const ks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it(`reaches the best of ${FIXTURE.restarts} scikit-learn ${FIXTURE.sklearn} restarts at every k`, () => {
    expect(thorough.byK.map((r) => r.k)).toEqual(ks);
    for (const r of thorough.byK) {
      expect(r.inertia).toBeLessThanOrEqual(sklearn(r.k).best_of_2000 * (1 + 1e-9));
      expect(r.inertia).toBeLessThanOrEqual(sklearn(r.k).best_of_2000_seeds * (1 + 1e-9));
    }
  });

  it("matching scikit-learn gives KMeans(n_init = 10)'s inertia at every k, misses included", () => {
    for (const r of exact.byK) {
      expect(r.restarts).toBe(10);
      expect(Math.abs(r.inertia - sklearn(r.k).n_init_10)).toBeLessThanOrEqual(1e-9 * sklearn(r.k).n_init_10);
      expect(r.inertia).toBeCloseTo(MALL_REFERENCE.inertiaByK[r.k - 1]!, 5);
    }
  });

  it('is never worse than n_init = 10, and better where scikit-learn missed (k = 2, 7, 8, 9, 10)', () => {
    const better = thorough.byK
      .filter((r, i) => r.inertia < exact.byK[i]!.inertia * (1 - 1e-9))
      .map((r) => r.k);
    expect(better).toEqual([2, 7, 8, 9, 10]);
    thorough.byK.forEach((r, i) => expect(r.inertia).toBeLessThanOrEqual(exact.byK[i]!.inertia));
    expect(thorough.suggestion.k).toBe(5);
  });

  it('says how many restarts it ran and how many found the best, within the cap', () => {
    const search = { n: 200, d: 2, nInit: 10, thorough: true };
    for (const r of thorough.byK) {
      expect(r.restarts).toBeGreaterThanOrEqual(10);
      expect(r.restarts).toBeLessThanOrEqual(restartCap(search, r.k));
      expect(r.bestFoundBy).toBeGreaterThanOrEqual(1);
      expect(r.bestFoundBy).toBeLessThanOrEqual(r.restarts);
    }
    expect(thorough.byK[0]).toMatchObject({ restarts: 10, bestFoundBy: 10 });
  });
});
