import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { kmeansRestart, pickBest } from '../../../src/core/cluster/restart';
import {
  bestRestart,
  FOUND_ENOUGH,
  MAX_RESTARTS,
  moreRestarts,
  partitionKey,
  restartCap,
  ROUND_SIZE,
  type SearchSettings,
} from '../../../src/core/cluster/restartSearch';
import type { RestartResult } from '../../../src/core/cluster/results';
import { blobs, pointsFromRows } from './helpers';

const thorough = (n: number, d: number, nInit = 10): SearchSettings => ({ n, d, nInit, thorough: true });

/**
 * A stand-in restart of k = 2, d = 1 that ended in partition `partition` (its centres say which)
 * with inertia `inertia`: what moreRestarts sees of a real one.
 */
function outcome(restart: number, partition: number, inertia: number): RestartResult {
  return {
    k: 2,
    restart,
    centers: Float64Array.from([partition, partition + 0.5]),
    inertia,
    iterations: 3,
    converged: true,
    distinct: null,
  };
}

/** Runs the search to its end on a fixed list of outcomes (restart r ends in `partitions[r]`). */
function search(settings: SearchSettings, partitions: readonly number[], inertiaOf: (p: number) => number) {
  const results: RestartResult[] = [];
  for (let more = settings.nInit; more > 0; more = moreRestarts(settings, 2, results)) {
    const from = results.length;
    for (let r = from; r < from + more; r++) {
      const p = partitions[r % partitions.length] as number;
      results.push(outcome(r, p, inertiaOf(p)));
    }
  }
  return results;
}

describe('restartCap', () => {
  it('is exactly nInit when matching scikit-learn, and for k = 1', () => {
    expect(restartCap({ n: 200, d: 2, nInit: 10, thorough: false }, 8)).toBe(10);
    expect(restartCap({ n: 200, d: 2, nInit: 37, thorough: false }, 3)).toBe(37);
    expect(restartCap(thorough(200, 2), 1)).toBe(10);
  });

  it('allows hundreds at 200 rows and a handful at a million', () => {
    for (let k = 2; k <= 10; k++) {
      expect(restartCap(thorough(200, 2), k)).toBeGreaterThanOrEqual(400);
      expect(restartCap(thorough(200, 2), k)).toBeLessThanOrEqual(MAX_RESTARTS);
      for (const d of [2, 6]) {
        const extra = restartCap(thorough(1e6, d), k) - 10;
        expect(extra).toBeGreaterThanOrEqual(3);
        expect(extra).toBeLessThanOrEqual(16);
      }
    }
  });

  it('shrinks as the data grows and never goes below nInit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 100 }),
        (n, d, k, nInit) => {
          const cap = restartCap(thorough(n, d, nInit), k);
          expect(cap).toBeGreaterThanOrEqual(nInit);
          expect(cap).toBeLessThanOrEqual(Math.max(nInit, MAX_RESTARTS));
          expect(restartCap(thorough(n * 2, d, nInit), k)).toBeLessThanOrEqual(cap);
          expect(restartCap(thorough(n, d, nInit), k + 1)).toBeLessThanOrEqual(cap);
        },
      ),
    );
  });
});

describe('partitionKey', () => {
  const ds = prepareDataset(pointsFromRows(blobs(3, 4, 25, 2, 4)));
  const settings = { maxIter: 300, tolAbs: 1e-4 * ds.meanVariance };
  const runs = Array.from({ length: 30 }, (_, r) => kmeansRestart(ds, 4, r, 42, settings));

  it('is the same for restarts that end in the same partition, whatever the order of their centres', () => {
    const byInertia = new Map<number, Set<string>>();
    for (const r of runs)
      byInertia.set(r.inertia, (byInertia.get(r.inertia) ?? new Set()).add(partitionKey(r)));
    for (const keys of byInertia.values()) expect(keys.size).toBe(1);
    const first = runs[0] as RestartResult;
    const swapped = Float64Array.from([...first.centers.subarray(2), ...first.centers.subarray(0, 2)]);
    expect(partitionKey({ ...first, centers: swapped })).toBe(partitionKey(first));
  });

  it('tells different partitions apart, down to one bit of a centre', () => {
    const keys = new Set(runs.map(partitionKey));
    expect(keys.size).toBe(new Set(runs.map((r) => r.inertia)).size);
    const first = runs[0] as RestartResult;
    const nudged = first.centers.slice();
    nudged[3] = (nudged[3] as number) * (1 + Number.EPSILON);
    expect(partitionKey({ ...first, centers: nudged })).not.toBe(partitionKey(first));
  });
});

describe('moreRestarts', () => {
  const settings = thorough(200, 2);

  it('asks for the first nInit, then stops at once when matching scikit-learn', () => {
    const exact = { ...settings, thorough: false };
    expect(moreRestarts(exact, 2, [])).toBe(10);
    expect(search(exact, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], (p) => p)).toHaveLength(10);
  });

  it('stops once the best partition is found by FOUND_ENOUGH restarts', () => {
    const results = search(settings, [3, 1, 2, 1, 4, 1, 1, 5, 1, 6], (p) => p);
    expect(results).toHaveLength(10);
    expect(bestRestart(results).foundBy).toBe(FOUND_ENOUGH);
    // Found four times in the first round: one more round.
    expect(search(settings, [3, 1, 2, 1, 4, 1, 7, 5, 1, 6], (p) => p)).toHaveLength(10 + ROUND_SIZE);
  });

  it('runs to the cap while the best keeps changing, the last round cut to fit', () => {
    const s = thorough(300, 2);
    const cap = restartCap(s, 2);
    expect(cap % ROUND_SIZE).not.toBe(0);
    const results = search(
      s,
      Array.from({ length: 2000 }, (_, r) => r),
      (p) => 1000 - p,
    );
    expect(results).toHaveLength(cap);
  });

  it('refuses a set of results that is not restarts 0..n-1 of its k', () => {
    expect(() => moreRestarts(settings, 2, [outcome(1, 1, 1)])).toThrow(/restarts 0..0/);
    expect(() => moreRestarts(settings, 2, [outcome(0, 1, 1), outcome(0, 1, 1)])).toThrow(RangeError);
    expect(() => moreRestarts(settings, 3, [outcome(0, 1, 1)])).toThrow(/k = 3/);
  });

  it('is deterministic, respects the cap, and never does worse than the first nInit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 50, max: 5000 }),
        (partitions, nInit, n) => {
          const s = thorough(n, 2, nInit);
          const inertiaOf = (p: number): number => 10 + ((p * 7919) % 41);
          const results = search(s, partitions, inertiaOf);
          expect(results.length).toBeGreaterThanOrEqual(nInit);
          expect(results.length).toBeLessThanOrEqual(restartCap(s, 2));
          expect(results.map((r) => r.restart)).toEqual(results.map((_, i) => i));
          expect(search(s, partitions, inertiaOf)).toEqual(results);
          const { best, foundBy } = bestRestart(results);
          expect(best.inertia).toBeLessThanOrEqual(pickBest(results.slice(0, nInit)).inertia);
          // Stopped early only with the best found often enough.
          if (results.length < restartCap(s, 2)) expect(foundBy).toBeGreaterThanOrEqual(FOUND_ENOUGH);
          // The decision reads the results as a set: their order does not matter.
          expect(moreRestarts(s, 2, [...results].reverse())).toBe(moreRestarts(s, 2, results));
        },
      ),
    );
  });
});

describe('bestRestart', () => {
  it('picks like pickBest (ties to the lowest restart) and counts the restarts in that partition', () => {
    const results = [outcome(3, 1, 5), outcome(0, 2, 6), outcome(1, 1, 5), outcome(2, 3, 5)];
    const { best, foundBy } = bestRestart(results);
    expect(best.restart).toBe(1);
    expect(foundBy).toBe(2);
    expect(() => bestRestart([])).toThrow(RangeError);
  });
});
