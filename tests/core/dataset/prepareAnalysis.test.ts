import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/core/cluster/dataset';
import { pointsFromColumns } from '../../../src/core/cluster/points';
import { createRandom } from '../../../src/core/cluster/random';
import { prepareAnalysis, restartsPerTask } from '../../../src/core/dataset/prepareAnalysis';
import { selectRows } from '../../../src/core/dataset/selectRows';
import { standardize } from '../../../src/core/stats/standardize';
import { kmeansWasm } from '../cluster/bounds/wasm/loadKernels';

const columnsOf = (n: number, d: number): Float64Array[] => {
  const rng = createRandom(11);
  return Array.from({ length: d }, (_, j) =>
    Float64Array.from({ length: n }, (_, i) =>
      i % 50 === j ? NaN : ((i * (j + 2)) % 5) * 3 + rng.nextFloat(),
    ),
  );
};

/** The dataset as the steps make it, one after another, each keeping its copy. */
const stepByStep = (columns: Float64Array[]) =>
  prepareDataset(pointsFromColumns(standardize(selectRows(columns, 'drop').columns).columns));

describe('prepareAnalysis', () => {
  const params = { missing: 'drop', kMax: 6, nInit: 10, seed: 1, matchSklearn: true } as const;

  it('keeps the points once, in the dataset: not the selected or standardized columns', () => {
    const columns = columnsOf(3000, 2);
    const prepared = prepareAnalysis({ ...params, columns }, kmeansWasm);
    expect(Object.keys(prepared.selection).sort()).toEqual(['incompleteRows', 'rowOfPoint']);
    expect(Object.keys(prepared.scaled).sort()).toEqual(['mean', 'scale']);
    const expected = standardize(selectRows(columns, 'drop').columns);
    expect(Array.from(prepared.scaled.mean)).toEqual(Array.from(expected.mean));
    expect(Array.from(prepared.scaled.scale)).toEqual(Array.from(expected.scale));
    expect(Array.from(prepared.dataset.x)).toEqual(Array.from(stepByStep(columns).x));
    expect(prepared.strategy.kind).toBe('tree');
    expect(prepared.selection.rowOfPoint).toEqual(selectRows(columns, 'drop').rowOfPoint);
    // With every row clustered, point p is row p: no map is kept.
    const complete = columns.map((column) => column.map((v) => (Number.isNaN(v) ? 1 : v)));
    expect(prepareAnalysis({ ...params, columns: complete }).selection.rowOfPoint).toBeNull();
  });

  it('with the WebAssembly kernels, the dataset is their copy of the points, reserved for every task', () => {
    const columns = columnsOf(3000, 6);
    const prepared = prepareAnalysis({ ...params, columns }, kmeansWasm);
    expect(prepared.strategy).toMatchObject({ kind: 'bounds', wasm: true });
    const { x } = prepared.dataset;
    expect(Array.from(x)).toEqual(Array.from(stepByStep(columns).x));
    // A view into the kernels' memory, which holds their state for 5 lockstep restarts as well.
    expect(x.buffer.byteLength).toBeGreaterThan(x.byteLength + 5 * 20 * prepared.dataset.n);
    expect(restartsPerTask(prepared)).toBe(5);
    const lockstep = prepared.strategy.iterateMany;
    expect(lockstep).toBeDefined();
    const centres = Array.from({ length: 5 }, (_, r) => x.slice(r * 6 * 6, (r + 1) * 6 * 6));
    lockstep?.(centres, params.kMax, prepared.settings);
    expect(prepared.dataset.x.length).toBe(prepared.dataset.n * 6);

    const js = prepareAnalysis({ ...params, columns });
    expect(js.strategy).toMatchObject({ kind: 'bounds', wasm: false });
    expect(js.dataset.x.buffer.byteLength).toBe(js.dataset.x.byteLength);
  });
});
