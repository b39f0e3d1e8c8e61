import type { Dataset } from '../../dataset';
import type { SeedingEngine } from '../../lloyd/kmeansPlusPlus';
import type { BoundsEngine } from '../boundsEngine';
import type { HamerlyState } from '../hamerlyPass';

/** Where the compiled kernels come from: served next to the code in the browser, a file in Node. */
export const KMEANS_WASM_URL = new URL('./kmeans.wasm', import.meta.url);

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  /** Points per block of a pass: the length of its WORK list. */
  readonly BLOCK: WebAssembly.Global;
  layout(
    x: number,
    labels: number,
    upper: number,
    lower: number,
    centers: number,
    pairs: number,
    half: number,
    move: number,
    sums: number,
    counts: number,
    work: number,
  ): void;
  pass(n: number, d: number, k: number, maxMove: number, full: number): number;
  inertia(n: number, d: number): number;
  absorb(chosen: number, n: number, d: number, closest: number, cumulative: number): number;
  potentials(candidates: number, count: number, n: number, d: number, closest: number, totals: number): void;
}

/** The engines a restart uses, both running in one WebAssembly instance over one copy of the points. */
export interface WasmKernels {
  readonly bounds: BoundsEngine;
  readonly seeding: SeedingEngine;
}

const PAGE = 65536;
/** More k-means++ candidates per centre than 2 + ln(k) could ever ask for. */
const MAX_CANDIDATES = 64;
const align = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/**
 * Instantiates kmeans.wasm (source: assembly/kmeans.template.ts) for one dataset: the points are copied into
 * its memory once, here, and reused by every (k, restart). Its Hamerly pass and k-means++ steps give
 * what the JS ones give, bit for bit; they are only faster (SIMD, no bounds checks, fewer branches).
 */
export function createWasmKernels(module: WebAssembly.Module, ds: Dataset): WasmKernels {
  const { n, d } = ds;
  const kernel = new WebAssembly.Instance(module, { env: { abort: kernelAbort } })
    .exports as unknown as KernelExports;
  const { memory } = kernel;
  const xAt = align(memory.buffer.byteLength);
  const labelsAt = align(xAt + n * d * 8);
  const upperAt = align(labelsAt + n * 4);
  const lowerAt = align(upperAt + n * 8);
  const workAt = align(lowerAt + n * 8);
  // k-means++: distances to the nearest chosen centre, their running totals, the candidates weighed.
  const closestAt = align(workAt + (kernel.BLOCK.value as number) * 4);
  const cumulativeAt = align(closestAt + n * 8);
  const candidatesAt = align(cumulativeAt + n * 8);
  const totalsAt = align(candidatesAt + MAX_CANDIDATES * 4);
  const perK = align(totalsAt + MAX_CANDIDATES * 8); // centre-sized scratch, sized for the largest k so far
  const pairWidth = d <= 8 ? 8 : d; // features per centre in the pair layout (see the kernel)
  let kCapacity = 0;
  const reserve = (k: number): void => {
    if (k <= kCapacity) return;
    kCapacity = Math.max(k, 16);
    const end = perK + kCapacity * (4 * d + pairWidth + 2) * 8 + 256;
    const missing = end - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE));
  };
  reserve(1);
  new Float64Array(memory.buffer, xAt, n * d).set(ds.x);

  let centersView = new Float64Array(0);
  let pairsView = new Float64Array(0);
  const bounds: BoundsEngine = {
    start(k) {
      reserve(k); // may grow the memory: views are made after it
      const buffer = memory.buffer;
      const pairCount = (k + 1) >> 1;
      const centersAt = perK;
      const pairsAt = align(centersAt + k * d * 8);
      const halfAt = align(pairsAt + pairCount * pairWidth * 16);
      const moveAt = align(halfAt + k * 8);
      const sumsAt = align(moveAt + k * 8);
      const countsAt = align(sumsAt + k * d * 8);
      kernel.layout(
        xAt,
        labelsAt,
        upperAt,
        lowerAt,
        centersAt,
        pairsAt,
        halfAt,
        moveAt,
        sumsAt,
        countsAt,
        workAt,
      );
      centersView = new Float64Array(buffer, centersAt, k * d);
      // A missing odd centre keeps +Infinity and never wins.
      pairsView = new Float64Array(buffer, pairsAt, pairCount * pairWidth * 2).fill(Infinity);
      return {
        labels: new Int32Array(buffer, labelsAt, n).fill(-1),
        upper: new Float64Array(buffer, upperAt, n),
        lower: new Float64Array(buffer, lowerAt, n),
        half: new Float64Array(buffer, halfAt, k),
        move: new Float64Array(buffer, moveAt, k),
        maxMove: 0.5,
        sums: new Float64Array(buffer, sumsAt, k * d),
        counts: new Float64Array(buffer, countsAt, k),
      } satisfies HamerlyState;
    },
    pass(state, centers, k, full) {
      centersView.set(centers.subarray(0, k * d));
      for (let c = 0; c < k; c++) {
        const q = (c >> 1) * pairWidth * 2 + (c & 1);
        for (let j = 0; j < pairWidth; j++) pairsView[q + 2 * j] = j < d ? (centers[c * d + j] as number) : 0;
      }
      return kernel.pass(n, d, k, state.maxMove, full ? 1 : 0);
    },
    inertia(_state, centers, k) {
      // The centres may have moved since the last pass (a run that ends on stable labels).
      centersView.set(centers.subarray(0, k * d));
      return kernel.inertia(n, d);
    },
  };

  const seeding: SeedingEngine = {
    rows: () => ({
      closest: new Float64Array(memory.buffer, closestAt, n),
      cumulative: new Float64Array(memory.buffer, cumulativeAt, n),
    }),
    potentials(candidates, closest, totals) {
      const count = candidates.length;
      if (count > MAX_CANDIDATES) throw new RangeError(`At most ${MAX_CANDIDATES} candidates at once.`);
      new Int32Array(memory.buffer, candidatesAt, count).set(candidates);
      kernel.potentials(candidatesAt, count, n, d, closest.byteOffset, totalsAt);
      totals.set(new Float64Array(memory.buffer, totalsAt, count));
    },
    absorb: (row, closest, cumulative) => kernel.absorb(row, n, d, closest.byteOffset, cumulative.byteOffset),
  };

  return { bounds, seeding };
}

function kernelAbort(): never {
  throw new Error('The WebAssembly clustering kernel stopped on an internal error.');
}
