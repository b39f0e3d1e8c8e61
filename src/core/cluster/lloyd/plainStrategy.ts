import type { Dataset } from '../dataset';
import type { Strategy } from '../strategy';
import { kmeansPlusPlus } from './kmeansPlusPlus';
import { labelNearest } from './labelNearest';
import { lloyd } from './lloyd';

/**
 * Brute force: every pass measures every point against every centre, O(n k d). The reference the
 * other strategies reproduce, and the fastest below a few thousand rows.
 */
export function plainStrategy(ds: Dataset): Strategy {
  return {
    kind: 'plain',
    wasm: false,
    seed: (k, rng) => kmeansPlusPlus(ds, k, rng),
    iterate: (centers, k, { maxIter, tolAbs }) => lloyd(ds, centers, k, maxIter, tolAbs),
    label: (centers, k, out) => labelNearest(ds, centers, k, out),
  };
}
