import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWasmKernels, KMEANS_WASM_URL } from '../../../../../src/core/cluster/bounds/wasm/wasmKernels';
import { chooseStrategy } from '../../../../../src/core/cluster/chooseStrategy';
import { prepareDataset } from '../../../../../src/core/cluster/dataset';
import { jsSeeding, kmeansPlusPlus } from '../../../../../src/core/cluster/lloyd/kmeansPlusPlus';
import { restartRandom } from '../../../../../src/core/cluster/random';
import { kmeansRestart, kmeansRestarts } from '../../../../../src/core/cluster/restart';
import packageJson from '../../../../../package.json';
import { expandKernel } from '../../../../../src/core/cluster/bounds/wasm/template/expandKernel';
import {
  KERNEL_GENERATED,
  KERNEL_TEMPLATE,
} from '../../../../../src/core/cluster/bounds/wasm/template/kernelPaths';
import { pointsFromRows, rowsArb } from '../../helpers';
import { kmeansWasm } from './loadKernels';

const distinctCount = (rows: number[][]): number => new Set(rows.map((r) => r.join(','))).size;

describe('WebAssembly kernels (kmeans.wasm)', () => {
  it('the committed kmeans.wasm is what assembly/kmeans.template.ts compiles to (npm run build:wasm)', async () => {
    // The script's asc step, with the template's expansion written afresh to a scratch file.
    const script = packageJson.scripts['build:wasm'];
    const args = script.slice(script.indexOf('asc ') + 'asc '.length).split(' ');
    const source = join(mkdtempSync(join(tmpdir(), 'kernel-')), 'kmeans.generated.ts');
    writeFileSync(source, expandKernel(readFileSync(KERNEL_TEMPLATE, 'utf8')));
    expect(args[0]).toBe(relative(process.cwd(), fileURLToPath(KERNEL_GENERATED)));
    args[0] = source;
    const out = args.indexOf('--outFile');
    expect(out).toBeGreaterThan(0);
    args[out + 1] = 'fresh.wasm';
    let fresh: Uint8Array | null = null;
    const { error, stderr } = await asc.main(args, {
      writeFile: (name: string, contents: Uint8Array | string) => {
        if (name.endsWith('fresh.wasm')) fresh = contents as Uint8Array;
      },
    });
    expect(error, stderr.toString()).toBeNull();
    expect(fresh).not.toBeNull();
    expect(
      Buffer.from(fresh as unknown as Uint8Array).equals(readFileSync(fileURLToPath(KMEANS_WASM_URL))),
    ).toBe(true);
  }, 60_000);

  it('property: WebAssembly k-means++ draws the same seeds as JavaScript', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 2, max: 12 }), fc.nat(20), (rows, k, restart) => {
        fc.pre(distinctCount(rows) >= k);
        const ds = prepareDataset(pointsFromRows(rows));
        const { seeding } = createWasmKernels(kmeansWasm, ds);
        const js = kmeansPlusPlus(ds, k, restartRandom(3, k, restart, ds.n), jsSeeding(ds));
        const wasm = kmeansPlusPlus(ds, k, restartRandom(3, k, restart, ds.n), seeding);
        expect(Array.from(wasm)).toEqual(Array.from(js));
      }),
      { numRuns: 200 },
    );
  });

  it('weighs 2 to 5 candidates and absorbs a centre exactly as JavaScript does', () => {
    const rng = restartRandom(11, 1, 0, 1);
    for (const d of [1, 2, 5, 6, 8, 9]) {
      for (const n of [101, 100]) {
        const rows = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.nextFloat() * 7));
        const ds = prepareDataset(pointsFromRows(rows));
        const wasm = createWasmKernels(kmeansWasm, ds).seeding;
        const js = jsSeeding(ds);
        const [rowsW, rowsJ] = [wasm.rows(), js.rows()];
        const [closestW, closestJ] = [rowsW.closest, rowsJ.closest];
        for (let i = 0; i < n; i++) closestW[i] = closestJ[i] = (i % 7) * 0.5;
        // 2..4 candidates (k up to 20) take the kernel's unrolled loop, 5 its general one.
        for (const count of [2, 3, 4, 5]) {
          const candidates = Int32Array.from([0, 9, 50, 9, n - 1].slice(0, count).reverse());
          const [totalsW, totalsJ] = [new Float64Array(count), new Float64Array(count)];
          wasm.potentials(candidates, closestW, totalsW);
          js.potentials(candidates, closestJ, totalsJ);
          expect(Array.from(totalsW)).toEqual(Array.from(totalsJ));
        }
        for (const row of [3, n - 1, 40]) {
          expect(wasm.absorb(row, closestW, rowsW.cumulative)).toBe(
            js.absorb(row, closestJ, rowsJ.cumulative),
          );
          expect(Array.from(closestW)).toEqual(Array.from(closestJ));
          expect(Array.from(rowsW.cumulative)).toEqual(Array.from(rowsJ.cumulative));
        }
      }
    }
  });

  it('grows its memory for k above its first reservation and still equals the plain loop', () => {
    const rng = restartRandom(5, 1, 0, 1);
    const rows = Array.from({ length: 3001 }, () => Array.from({ length: 6 }, () => rng.nextFloat() * 100));
    const ds = prepareDataset(pointsFromRows(rows));
    const s = { maxIter: 300, tolAbs: 0 };
    const wasm = chooseStrategy(ds, { wasm: kmeansWasm });
    expect(wasm.kind).toBe('bounds');
    for (const k of [3, 40, 7]) {
      const fast = kmeansRestart(ds, k, 1, 42, s, wasm);
      const plain = kmeansRestart(ds, k, 1, 42, s);
      expect(Array.from(fast.centers)).toEqual(Array.from(plain.centers));
      expect(fast.iterations).toBe(plain.iterations);
    }
  });

  it('runs ten restarts in lockstep, k growing between batches, each as the plain loop runs it', () => {
    const rng = restartRandom(9, 1, 0, 1);
    // Overlapping blobs in 6-D plus a far outlier pair: the restarts of a batch stop after
    // different numbers of passes, so later passes serve fewer of them.
    const rows = Array.from({ length: 4001 }, (_, i) =>
      Array.from({ length: 6 }, (_, j) => (i < 2 ? 1000 + i : (i % 2) * 3 + (j % 3)) + rng.nextFloat() * 4),
    );
    const ds = prepareDataset(pointsFromRows(rows));
    const s = { maxIter: 300, tolAbs: 1e-6 * ds.meanVariance };
    const wasm = chooseStrategy(ds, { wasm: kmeansWasm });
    const restarts = Array.from({ length: 10 }, (_, r) => r);
    for (const k of [5, 30, 2]) {
      const together = kmeansRestarts(ds, k, restarts, 42, s, wasm);
      restarts.forEach((r) => {
        const plain = kmeansRestart(ds, k, r, 42, s);
        const got = together[r] as (typeof together)[number];
        expect(Array.from(got.centers)).toEqual(Array.from(plain.centers));
        expect([got.iterations, got.converged]).toEqual([plain.iterations, plain.converged]);
        expect(got.inertia).toBe(kmeansRestart(ds, k, r, 42, s, wasm).inertia);
      });
    }
  }, 60_000);

  it('is only instantiated for the bounds kind, which it takes over from the tree at 4 features', () => {
    const rows = (d: number) =>
      Array.from({ length: 3000 }, (_, i) => Array.from({ length: d }, (_, j) => (i * (j + 3)) % 17));
    const ds = prepareDataset(pointsFromRows(rows(2)));
    expect(chooseStrategy(ds, { wasm: kmeansWasm }).kind).toBe('tree');
    expect(chooseStrategy(ds, { force: 'bounds' })).toMatchObject({ kind: 'bounds', wasm: false });
    expect(chooseStrategy(prepareDataset(pointsFromRows(rows(3))), { wasm: kmeansWasm }).kind).toBe('tree');
    const four = prepareDataset(pointsFromRows(rows(4)));
    expect(chooseStrategy(four).kind).toBe('tree');
    const withWasm = chooseStrategy(four, { wasm: kmeansWasm });
    expect(withWasm.kind === 'bounds' && withWasm.wasm).toBe(true);
  });
});
