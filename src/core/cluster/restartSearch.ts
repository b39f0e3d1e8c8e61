import { pickBest } from './restart';
import type { RestartResult } from './results';

/**
 * How many k-means++ restarts a k gets: a pure function of the restarts already run and of the
 * data's size, never of the clock, so the same file and settings run the same restarts (and give
 * the same labels) on every machine and pool size.
 *
 * Restarts 0..nInit-1 are always run: they are scikit-learn's KMeans(n_init=nInit), so the answer
 * is never worse than scikit-learn's. The thorough search then adds rounds of ROUND_SIZE restarts
 * (the same NumPy stream, continued: restart r is scikit-learn's r-th init for any n_init > r) until
 * the best partition has been found by FOUND_ENOUGH restarts, or the data-size cap is reached.
 */

/** Restarts added per round once the first nInit are in. */
export const ROUND_SIZE = 10;

/**
 * Restarts that must land on the best partition before the search stops short of its cap. Five,
 * not three: on Mall_Customers at k = 9 a partition found 3 (and 4) times within 190 (230) restarts
 * is beaten by one first reached at restart 304; a basin that five restarts share is one the
 * search has sampled often enough that, on the data we measured, no better one was still unseen.
 */
export const FOUND_ENOUGH = 5;

/** Most restarts any k gets, on the smallest files. */
export const MAX_RESTARTS = 1000;

/**
 * Extra restarts = WORK_SCALE / sqrt(rows * features * k): about 500 at 200 rows x 2 features and
 * k = 10, 20 at 10^5 rows, and a handful (4 to 15) at 10^6 rows. The square root makes the extra
 * time grow with the data, but much more slowly than the data does.
 */
const WORK_SCALE = 31_000;

export interface SearchSettings {
  /** Clustered rows and features. */
  readonly n: number;
  readonly d: number;
  /** Restarts every k runs first: scikit-learn's n_init. */
  readonly nInit: number;
  /** False: exactly nInit restarts, scikit-learn's KMeans(n_init=nInit) to the digit. */
  readonly thorough: boolean;
}

/** The most restarts k may get: nInit in exact mode (and for k = 1, which has one partition). */
export function restartCap(settings: SearchSettings, k: number): number {
  const { n, d, nInit, thorough } = settings;
  if (!thorough || k <= 1) return nInit;
  const extra = Math.floor(WORK_SCALE / Math.sqrt(Math.max(1, n * d * k)));
  return Math.max(nInit, Math.min(MAX_RESTARTS, nInit + extra));
}

/**
 * A key for the partition a restart ended in: its centres, sorted, bit for bit. Exact cluster sums
 * (see Dataset) make the final centres a function of the last assignment alone, so two restarts
 * that end in the same partition have the same key whatever their paths, and the key is cheap:
 * O(k d log k), no pass over the data.
 */
export function partitionKey(result: RestartResult): string {
  let key = keys.get(result);
  if (key === undefined) {
    key = computeKey(result);
    keys.set(result, key);
  }
  return key;
}

// The search asks for the keys of all restarts of a k after every round; results never change.
const keys = new WeakMap<RestartResult, string>();

function computeKey(result: RestartResult): string {
  const { k, centers } = result;
  const d = k > 0 ? centers.length / k : 0;
  const rows = Array.from({ length: k }, (_, c) => centers.subarray(c * d, c * d + d));
  rows.sort((a, b) => {
    for (let j = 0; j < d; j++) {
      const diff = (a[j] as number) - (b[j] as number);
      if (diff !== 0) return diff;
    }
    return 0;
  });
  const sorted = new Float64Array(k * d);
  rows.forEach((row, c) => sorted.set(row, c * d));
  const words = new Uint32Array(sorted.buffer);
  // Two independent 32-bit FNV-1a-style lanes: a 64-bit key, collisions out of reach.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ words.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as number;
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b ^ w, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export interface BestRestart {
  /** The winner as pickBest chooses it: lowest inertia, ties to the lowest restart index. */
  readonly best: RestartResult;
  /** Restarts that ended in the winner's partition (the winner included). */
  readonly foundBy: number;
}

/** The best restart of one k and how many restarts found its partition. Throws on an empty list. */
export function bestRestart(results: readonly RestartResult[]): BestRestart {
  const best = pickBest(results);
  const key = partitionKey(best);
  let foundBy = 0;
  for (const r of results) if (partitionKey(r) === key) foundBy++;
  return { best, foundBy };
}

/**
 * How many more restarts k needs, given the results of its restarts 0..n-1 (in any order): 0 when
 * the search is done. Throws when the restart numbers are not exactly 0..n-1, since a decision on
 * any other set would depend on which results happened to arrive first.
 */
export function moreRestarts(settings: SearchSettings, k: number, results: readonly RestartResult[]): number {
  const seen = new Uint8Array(results.length);
  for (const r of results) {
    if (r.k !== k || !(r.restart >= 0 && r.restart < results.length) || seen[r.restart] === 1)
      throw new RangeError(
        `moreRestarts needs the results of restarts 0..${results.length - 1} of k = ${k}.`,
      );
    seen[r.restart] = 1;
  }
  if (results.length < settings.nInit) return settings.nInit - results.length;
  const cap = restartCap(settings, k);
  if (results.length >= cap) return 0;
  if (bestRestart(results).foundBy >= FOUND_ENOUGH) return 0;
  return Math.min(ROUND_SIZE, cap - results.length);
}
