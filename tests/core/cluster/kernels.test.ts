import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsStrategy } from '../../../src/core/cluster/bounds/boundsStrategy';
import { chooseStrategy } from '../../../src/core/cluster/chooseStrategy';
import { prepareDataset, type Dataset } from '../../../src/core/cluster/dataset';
import { finalizeKMeans } from '../../../src/core/cluster/finalizeKMeans';
import { dist8, distRow8, LANES, padCenters } from '../../../src/core/cluster/kernels';
import { kmeansPlusPlus, upperBound } from '../../../src/core/cluster/lloyd/kmeansPlusPlus';
import { localTrials, restartRandom, type Random } from '../../../src/core/cluster/random';
import { kmeansRestart } from '../../../src/core/cluster/restart';
import { kmeansWasm } from './bounds/wasm/loadKernels';
import { pointsFromRows, rowsArb } from './helpers';

const plainDistance = (a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, d: number) => {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = (a[ao + j] as number) - (b[bo + j] as number);
    s += diff * diff;
  }
  return s;
};

/** The textbook greedy k-means++ (scikit-learn's draws), with nothing skipped or unrolled. */
function referenceSeeding(ds: Dataset, k: number, rng: Random): number[] {
  const { n, d, x } = ds;
  const chosen = [rng.nextBelow(n)];
  let closest = Array.from({ length: n }, (_, i) => plainDistance(x, i * d, x, (chosen[0] as number) * d, d));
  for (let c = 1; c < k; c++) {
    const cumulative = new Float64Array(n);
    let acc = 0;
    closest.forEach((v, i) => (cumulative[i] = acc += v));
    let bestPotential = Infinity;
    let bestRow = -1;
    let bestClosest = closest;
    for (let t = 0; t < localTrials(k); t++) {
      const cand = upperBound(cumulative, rng.nextFloat() * acc);
      const next = closest.map((v, i) => Math.min(v, plainDistance(x, i * d, x, cand * d, d)));
      const p = next.reduce((s, v) => s + v, 0);
      if (p < bestPotential) [bestPotential, bestRow, bestClosest] = [p, cand, next];
    }
    chosen.push(bestRow);
    closest = bestClosest;
  }
  return chosen;
}

describe('unrolled kernels and the bounds path equal the plain arithmetic', () => {
  it('dist8 and distRow8 give the plain loop bit for bit at d = 1..8', () => {
    const rng = restartRandom(3, 1, 0, 1);
    for (let d = 1; d <= LANES; d++) {
      const x = Float64Array.from({ length: 50 * d }, () => (rng.nextFloat() - 0.5) * 1e3);
      const k = 5;
      const centers = x.slice(0, k * d);
      const pc = new Float64Array(k * LANES);
      padCenters(centers, k, d, pc);
      for (let i = 0; i < 50; i++) {
        const p = Array.from({ length: LANES }, (_, j) => (j < d ? (x[i * d + j] as number) : 0));
        for (let c = 0; c < k; c++) {
          const plain = plainDistance(x, i * d, centers, c * d, d);
          const [x0, x1, x2, x3, x4, x5, x6, x7] = p as [
            number,
            number,
            number,
            number,
            number,
            number,
            number,
            number,
          ];
          expect(dist8(x0, x1, x2, x3, x4, x5, x6, x7, pc, c * LANES)).toBe(plain);
          const q = Array.from(pc.subarray(c * LANES, c * LANES + LANES)) as typeof p;
          expect(
            distRow8(x, i * d, d, ...(q as [number, number, number, number, number, number, number, number])),
          ).toBe(plain);
        }
      }
    }
  });

  it('property: seeding draws the rows the textbook k-means++ draws, d = 1..10', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 2, max: 10 }), fc.nat(20), (rows, k, restart) => {
        fc.pre(new Set(rows.map((r) => r.join(','))).size >= k);
        const ds = prepareDataset(pointsFromRows(rows));
        const fast = kmeansPlusPlus(ds, k, restartRandom(5, k, restart, ds.n));
        expect(Array.from(fast)).toEqual(referenceSeeding(ds, k, restartRandom(5, k, restart, ds.n)));
      }),
      { numRuns: 120 },
    );
  });

  it('property: bounds path, in JavaScript and in WebAssembly, = plain path (centres, iterations, inertia, labels), d = 1..10', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 12 }), fc.nat(5), (rows, k, restart) => {
        const ds = prepareDataset(pointsFromRows(rows));
        const s = { maxIter: 300, tolAbs: 1e-4 * ds.meanVariance };
        const plain = kmeansRestart(ds, k, restart, 42, s);
        const wasm = chooseStrategy(ds, { force: 'bounds', wasm: kmeansWasm });
        expect(wasm.kind === 'bounds' && wasm.wasm).toBe(true);
        for (const strategy of [boundsStrategy(ds, null), wasm]) {
          const fast = kmeansRestart(ds, k, restart, 42, s, strategy);
          expect(Array.from(fast.centers)).toEqual(Array.from(plain.centers));
          expect(fast.iterations).toBe(plain.iterations);
          expect(fast.converged).toBe(plain.converged);
          expect(fast.inertia).toBe(plain.inertia);
          expect(finalizeKMeans(ds, fast, 300).labels).toEqual(finalizeKMeans(ds, plain, 300).labels);
          expect(finalizeKMeans(ds, fast, 300, strategy)).toEqual(finalizeKMeans(ds, plain, 300));
        }
      }),
      { numRuns: 200 },
    );
  });
});
