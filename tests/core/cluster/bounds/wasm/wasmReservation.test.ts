import { describe, expect, it } from 'vitest';
import { createWasmKernels } from '../../../../../src/core/cluster/bounds/wasm/wasmKernels';
import { chooseStrategyHoldingPoints } from '../../../../../src/core/cluster/chooseStrategy';
import { prepareDataset } from '../../../../../src/core/cluster/dataset';
import { restartRandom } from '../../../../../src/core/cluster/random';
import { kmeansRestart, kmeansRestarts } from '../../../../../src/core/cluster/restart';
import { pointsFromRows } from '../../helpers';
import { kmeansWasm } from './loadKernels';

const wideRows = (n: number, d: number, seed: number): number[][] => {
  const rng = restartRandom(seed, 1, 0, 1);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: d }, (_, j) => ((i * (j + 2)) % 5) * 3 + rng.nextFloat() * 4),
  );
};

describe('WebAssembly kernels holding the points (a reservation)', () => {
  it('give the dataset as a view of their own copy, which no later run detaches', () => {
    const ds = prepareDataset(pointsFromRows(wideRows(2500, 6, 3)));
    const kernels = createWasmKernels(kmeansWasm, ds, { restarts: 3, k: 12 });
    const held = kernels.dataset;
    if (held === null) throw new Error('no dataset view');
    expect(Array.from(held.x)).toEqual(Array.from(ds.x));
    expect([held.n, held.d, held.meanVariance]).toEqual([ds.n, ds.d, ds.meanVariance]);
    // A view into the kernel's memory (which holds its state too), not an array of its own.
    expect(held.x.buffer).not.toBe(ds.x.buffer);
    expect(held.x.buffer.byteLength).toBeGreaterThan(held.x.byteLength + 3 * 20 * ds.n);
    for (const k of [12, 2, 7]) kernels.bounds.lockstep?.start(k, 3);
    expect(held.x.length).toBe(ds.n * ds.d);
    expect(createWasmKernels(kmeansWasm, ds).dataset).toBeNull();
  });

  it('refuse a run beyond the reservation instead of growing under the view', () => {
    const ds = prepareDataset(pointsFromRows(wideRows(2500, 6, 4)));
    const kernels = createWasmKernels(kmeansWasm, ds, { restarts: 2, k: 20 });
    expect(() => kernels.bounds.lockstep?.start(5, 3)).toThrow(/reserved no room for restart 3/);
    expect(() => kernels.bounds.lockstep?.start(21, 1)).toThrow(/at k = 21/);
    expect(kernels.dataset?.x.length).toBe(ds.n * ds.d);
  });

  it('run restarts on the held points exactly as the plain loop on the prepared ones', () => {
    const ds = prepareDataset(pointsFromRows(wideRows(3001, 6, 5)));
    const s = { maxIter: 300, tolAbs: 1e-6 * ds.meanVariance };
    const { strategy, dataset } = chooseStrategyHoldingPoints(ds, {
      wasm: kmeansWasm,
      reserve: { restarts: 4, k: 9 },
    });
    expect(strategy).toMatchObject({ kind: 'bounds', wasm: true });
    expect(dataset.x).not.toBe(ds.x);
    const restarts = [0, 1, 2, 3];
    for (const k of [9, 3]) {
      const together = kmeansRestarts(dataset, k, restarts, 42, s, strategy);
      restarts.forEach((r) => {
        const plain = kmeansRestart(ds, k, r, 42, s);
        const got = together[r] as (typeof together)[number];
        expect(Array.from(got.centers)).toEqual(Array.from(plain.centers));
        expect([got.iterations, got.inertia]).toEqual([plain.iterations, plain.inertia]);
      });
    }
  }, 60_000);

  it('leave the dataset as prepared where no kernels hold the points (kd-tree, no wasm)', () => {
    const reserve = { restarts: 1, k: 5 };
    const two = prepareDataset(pointsFromRows(wideRows(3000, 2, 6)));
    expect(chooseStrategyHoldingPoints(two, { wasm: kmeansWasm, reserve }).dataset).toBe(two);
    const six = prepareDataset(pointsFromRows(wideRows(3000, 6, 6)));
    expect(chooseStrategyHoldingPoints(six, { wasm: null, reserve }).dataset).toBe(six);
  });
});
