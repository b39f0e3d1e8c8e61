import { describe, expect, it } from 'vitest';
import { chooseStrategy } from '../../../src/core/cluster/chooseStrategy';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { pointsFromColumns } from '../../../src/core/cluster/points';
import { refineRestart } from '../../../src/core/cluster/refineRestart';
import { kmeansRestart } from '../../../src/core/cluster/restart';
import type { StrategyKind } from '../../../src/core/cluster/strategy';
import { standardize } from '../../../src/core/stats/standardize';
import { writeMallLikeCsv } from '../../bench/engine/mallLike';
import { kmeansWasm } from './bounds/wasm/loadKernels';
import { loadMallColumns } from './reference';

/** A standardized, prepared dataset of the first d feature columns of a seeded mall-like file. */
function mallLike(n: number, d: number) {
  const lines = writeMallLikeCsv(n, d, 7).trim().split('\n').slice(1);
  const columns = Array.from({ length: d }, (_, j) =>
    Float64Array.from(lines, (line) => Number(line.split(',')[j + 1])),
  );
  return prepareDataset(pointsFromColumns(standardize(columns).columns));
}

const settingsOf = (meanVariance: number) => ({ maxIter: 300, tolAbs: 1e-4 * meanVariance });

describe('refineRestart: the best restart carried on to a fixed point', () => {
  // 20,000 rows: scikit-learn's tol stops these restarts while points still move.
  const ds = mallLike(20_000, 3);
  const settings = settingsOf(ds.meanVariance);
  const plain = chooseStrategy(ds, { force: 'plain' });
  const best = kmeansRestart(ds, 6, 0, 42, settings, plain);
  const refined = refineRestart(plain, best, settings);

  it('lowers the inertia of a restart that tol stopped early, and says by how much', () => {
    expect(refined.inertia).toBeLessThan(best.inertia);
    expect(refined.refined).toEqual({
      iterations: refined.iterations - best.iterations,
      inertiaBefore: best.inertia,
    });
    expect(refined.refined!.iterations).toBeGreaterThan(1);
    expect(refined).toMatchObject({ k: 6, restart: 0, converged: true, distinct: null });
    expect(Array.from(best.centers)).not.toEqual(Array.from(refined.centers)); // the input is not changed
  });

  it('ends at a fixed point: one more Lloyd iteration moves nothing', () => {
    const again = refineRestart(plain, refined, settings);
    expect(again.refined?.iterations).toBe(1);
    expect(again.inertia).toBe(refined.inertia);
    expect(Array.from(again.centers)).toEqual(Array.from(refined.centers));
  });

  it('gives the same centres and iterations, bit for bit, with every strategy', () => {
    const kinds: [StrategyKind, WebAssembly.Module | null][] = [
      ['tree', null],
      ['bounds', null],
      ['bounds', kmeansWasm],
    ];
    for (const [force, wasm] of kinds) {
      const strategy = chooseStrategy(ds, { force, wasm });
      const ours = refineRestart(strategy, kmeansRestart(ds, 6, 0, 42, settings, strategy), settings);
      expect([force, wasm !== null, ours.iterations]).toEqual([force, wasm !== null, refined.iterations]);
      expect(Array.from(ours.centers)).toEqual(Array.from(refined.centers));
      // The kd-tree sums the inertia by subtrees: the same number to 1e-12, as everywhere.
      expect(Math.abs(ours.inertia - refined.inertia)).toBeLessThanOrEqual(1e-12 * refined.inertia);
    }
  });

  it('changes nothing where the restart was a fixed point already (Mall_Customers)', () => {
    const mall = prepareDataset(pointsFromColumns(standardize(loadMallColumns()).columns));
    const mallSettings = settingsOf(mall.meanVariance);
    const strategy = chooseStrategy(mall);
    const restart = kmeansRestart(mall, 5, 0, 42, mallSettings, strategy);
    const same = refineRestart(strategy, restart, mallSettings);
    expect(same.inertia).toBe(restart.inertia);
    expect(same.refined?.iterations).toBe(1);
    expect(Array.from(same.centers)).toEqual(Array.from(restart.centers));
  });

  it('leaves k = 1 and runs with fewer distinct points than k as they are', () => {
    const one = kmeansRestart(ds, 1, 0, 42, settings, plain);
    expect(refineRestart(plain, one, settings)).toBe(one);
    const tiny = prepareDataset(
      pointsFromColumns([Float64Array.from([1, 1, 2]), Float64Array.from([0, 0, 5])]),
    );
    const solved = kmeansRestart(tiny, 3, 0, 42, settingsOf(tiny.meanVariance));
    expect(solved.distinct).toBe(2);
    expect(refineRestart(chooseStrategy(tiny), solved, settingsOf(tiny.meanVariance))).toBe(solved);
  });
});
