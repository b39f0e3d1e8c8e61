import { chooseStrategy } from '../../../src/core/cluster/chooseStrategy';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { kmeansOnDataset } from './kmeans';
import { resolveKMeansOptions } from '../../../src/core/cluster/options';
import type { Points } from '../../../src/core/cluster/points';
import type { KMeansResult } from '../../../src/core/cluster/results';

// Reference implementation, not on any runtime path: the app sweeps k through its worker pool
// (src/worker/analysisClient.ts); this one-thread sweep is what tests and the bench compare with.

export interface ElbowOptions {
  /** Smallest k, default 1. */
  readonly kMin?: number;
  /** Largest k, default 10; capped at the number of points. */
  readonly kMax?: number;
  /** Restarts per k, default 10. */
  readonly nInit?: number;
  /** PRNG seed, default 42. */
  readonly seed?: number;
  /** The compiled kmeans.wasm: faster kernels where bounds are used, same results. */
  readonly wasm?: WebAssembly.Module | null;
  /** Called after every finished (k, restart), with done counting up to total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Runs K-Means for every k in kMin..kMax on the same prepared data; index i of the result holds
 * k = kMin + i. Each k gives exactly what kmeans(points, { k, nInit, seed }) gives. kMax is capped
 * at n; an empty dataset or kMin > capped kMax gives an empty list.
 */
export function elbowSweep(points: Points, options: ElbowOptions = {}): KMeansResult[] {
  const kMin = options.kMin ?? 1;
  const kMax = Math.min(options.kMax ?? 10, points.n);
  if (points.n === 0 || kMax < kMin) return [];
  const base = resolveKMeansOptions({ k: kMin, nInit: options.nInit, seed: options.seed });
  const ds = prepareDataset(points);
  const strategy = chooseStrategy(ds, { wasm: options.wasm ?? null });
  const total = (kMax - kMin + 1) * base.nInit;
  let done = 0;
  const out: KMeansResult[] = [];
  for (let k = kMin; k <= kMax; k++) {
    out.push(
      kmeansOnDataset(
        ds,
        { ...base, k },
        () => {
          done++;
          options.onProgress?.(done, total);
        },
        strategy,
      ),
    );
  }
  return out;
}
