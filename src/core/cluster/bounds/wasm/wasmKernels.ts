import type { Dataset } from '../../dataset';
import type { SeedingEngine } from '../../lloyd/kmeansPlusPlus';
import type { BoundsEngine, LockstepBounds } from '../boundsEngine';
import type { HamerlyState } from '../hamerlyPass';

/** Where the compiled kernels come from: served next to the code in the browser, a file in Node. */
export const KMEANS_WASM_URL = new URL('./kmeans.wasm', import.meta.url);

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  /** Points per block of a pass: the length of its WORK list. */
  readonly BLOCK: WebAssembly.Global;
  /** Bytes per restart in a slot table (see useSlot). */
  readonly SLOT: WebAssembly.Global;
  layout(x: number, work: number): void;
  useSlot(slot: number): void;
  passMany(n: number, d: number, k: number, slots: number, count: number): void;
  inertia(n: number, d: number): number;
  absorb(chosen: number, n: number, d: number, closest: number, cumulative: number): number;
  potentials(candidates: number, count: number, n: number, d: number, closest: number, totals: number): void;
}

/** Where one restart's state lives in the kernel's memory (byte offsets) and for up to which k. */
interface Slot {
  readonly capacity: number;
  readonly labels: number;
  readonly upper: number;
  readonly lower: number;
  readonly centers: number;
  readonly pairs: number;
  readonly half: number;
  readonly move: number;
  readonly sums: number;
  readonly counts: number;
}

/** The engines a restart uses, both running in one WebAssembly instance over one copy of the points. */
export interface WasmKernels {
  readonly bounds: BoundsEngine;
  readonly seeding: SeedingEngine;
  /**
   * With a reservation: the dataset with `x` a view of the kernel's own copy, so the caller can drop
   * its array and the points are held once (see {@link WasmReservation}). Null without one.
   */
  readonly dataset: Dataset | null;
}

/**
 * The most restarts run in lockstep and the largest k the kernels will be asked for. Their state is
 * allocated up front, so the memory never grows afterwards: a grow would detach every view of it,
 * the dataset's included. Asking for more then throws instead of reading a detached view.
 */
export interface WasmReservation {
  readonly restarts: number;
  readonly k: number;
}

const PAGE = 65536;
/** More k-means++ candidates per centre than 2 + ln(k) could ever ask for. */
const MAX_CANDIDATES = 64;
/** Most restarts one lockstep pass serves (each needs 20 bytes a point of its own). */
export const MAX_LOCKSTEP = 16;
const align = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/**
 * Instantiates kmeans.wasm (source: assembly/kmeans.template.ts) for one dataset: the points are copied into
 * its memory once, here, and reused by every (k, restart). Its Hamerly pass and k-means++ steps give
 * what the JS ones give, bit for bit; they are only faster (SIMD, no bounds checks, fewer branches).
 */
export function createWasmKernels(
  module: WebAssembly.Module,
  ds: Dataset,
  reservation: WasmReservation | null = null,
): WasmKernels {
  const { n, d } = ds;
  const kernel = new WebAssembly.Instance(module, { env: { abort: kernelAbort } })
    .exports as unknown as KernelExports;
  const { memory } = kernel;
  const slotBytes = kernel.SLOT.value as number;
  const xAt = align(memory.buffer.byteLength);
  const workAt = align(xAt + n * d * 8);
  // k-means++: distances to the nearest chosen centre, their running totals, the candidates weighed.
  const closestAt = align(workAt + (kernel.BLOCK.value as number) * 4);
  const cumulativeAt = align(closestAt + n * 8);
  const candidatesAt = align(cumulativeAt + n * 8);
  const totalsAt = align(candidatesAt + MAX_CANDIDATES * 4);
  const tableAt = align(totalsAt + MAX_CANDIDATES * 8); // the slot table, MAX_LOCKSTEP entries
  // Each restart run at once has a slot: its bounds, labels and centre-sized state, allocated at the
  // end of memory when first needed (again, for a larger k than it was made for).
  const slots: Slot[] = [];
  let heap = align(tableAt + MAX_LOCKSTEP * slotBytes);
  const pairWidth = d <= 8 ? 8 : d; // features per centre in the pair layout (see the kernel)
  const grow = (end: number): void => {
    const missing = end - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE));
  };
  let fixed = false; // true once the dataset view is handed out: the memory must not grow
  const allocate = (bytes: number): number => {
    const at = heap;
    heap = align(heap + bytes);
    return at;
  };
  const slotFor = (s: number, k: number): Slot => {
    const existing = slots[s];
    if (existing !== undefined && existing.capacity >= k) return existing;
    if (fixed)
      throw new RangeError(`The WebAssembly kernels reserved no room for restart ${s + 1} at k = ${k}.`);
    const capacity = Math.max(k, 16);
    const slot: Slot = {
      capacity,
      labels: allocate(n * 4),
      upper: allocate(n * 8),
      lower: allocate(n * 8),
      centers: allocate(capacity * d * 8),
      pairs: allocate(((capacity + 1) >> 1) * pairWidth * 16),
      half: allocate(capacity * 8),
      move: allocate(capacity * 8),
      sums: allocate(capacity * d * 8),
      counts: allocate(capacity * 8),
    };
    slots[s] = slot;
    return slot;
  };
  if (reservation !== null) {
    for (let r = 0; r < Math.min(reservation.restarts, MAX_LOCKSTEP); r++) slotFor(r, reservation.k);
  }
  grow(heap);
  const x = new Float64Array(memory.buffer, xAt, n * d);
  x.set(ds.x);
  kernel.layout(xAt, workAt);
  fixed = reservation !== null;

  /** Writes entry t of the slot table (see the kernel's SLOT): slot s's addresses and pass inputs. */
  const writeEntry = (t: number, s: number, maxMove: number, full: boolean): void => {
    const slot = slots[s] as Slot;
    const at = tableAt + t * slotBytes;
    const buffer = memory.buffer;
    new Uint32Array(buffer, at, 9).set([
      slot.labels,
      slot.upper,
      slot.lower,
      slot.centers,
      slot.pairs,
      slot.half,
      slot.move,
      slot.sums,
      slot.counts,
    ]);
    new Float64Array(buffer, at + 40, 1)[0] = maxMove;
    new Int32Array(buffer, at + 48, 1)[0] = full ? 1 : 0;
  };
  const changedAt = (t: number): number =>
    new Int32Array(memory.buffer, tableAt + t * slotBytes + 52, 1)[0] as number;
  // Per started restart: its state, and the views the JS side writes the centres through.
  let started: { state: HamerlyState; centers: Float64Array; pairs: Float64Array }[] = [];
  const copyCentres = (s: number, centers: Float64Array, k: number): void => {
    const run = started[s] as (typeof started)[number];
    run.centers.set(centers.subarray(0, k * d));
    for (let c = 0; c < k; c++) {
      const q = (c >> 1) * pairWidth * 2 + (c & 1);
      for (let j = 0; j < pairWidth; j++) run.pairs[q + 2 * j] = j < d ? (centers[c * d + j] as number) : 0;
    }
  };
  const lockstep: LockstepBounds = {
    start(k, count) {
      if (count > MAX_LOCKSTEP) throw new RangeError(`At most ${MAX_LOCKSTEP} restarts in lockstep.`);
      const chosen = Array.from({ length: count }, (_, s) => slotFor(s, k));
      grow(heap); // may grow the memory: views are made after it
      const buffer = memory.buffer;
      started = chosen.map((slot) => {
        // A missing odd centre keeps +Infinity and never wins.
        const pairs = new Float64Array(buffer, slot.pairs, ((k + 1) >> 1) * pairWidth * 2).fill(Infinity);
        const state: HamerlyState = {
          labels: new Int32Array(buffer, slot.labels, n).fill(-1),
          upper: new Float64Array(buffer, slot.upper, n),
          lower: new Float64Array(buffer, slot.lower, n),
          half: new Float64Array(buffer, slot.half, k),
          move: new Float64Array(buffer, slot.move, k),
          maxMove: 0.5,
          sums: new Float64Array(buffer, slot.sums, k * d),
          counts: new Float64Array(buffer, slot.counts, k),
        };
        return { state, centers: new Float64Array(buffer, slot.centers, k * d), pairs };
      });
      return started.map((run) => run.state);
    },
    pass(runs, centers, k, full) {
      runs.forEach((s, t) => {
        copyCentres(s, centers[t] as Float64Array, k);
        writeEntry(t, s, (started[s] as (typeof started)[number]).state.maxMove, full[t] as boolean);
      });
      kernel.passMany(n, d, k, tableAt, runs.length);
      return runs.map((_, t) => changedAt(t));
    },
    inertia(s, centers, k) {
      const run = started[s] as (typeof started)[number];
      // The centres may have moved since the last pass (a run that ends on stable labels).
      run.centers.set(centers.subarray(0, k * d));
      writeEntry(0, s, 0, false);
      kernel.useSlot(tableAt);
      return kernel.inertia(n, d);
    },
  };
  const bounds: BoundsEngine = {
    start: (k) => lockstep.start(k, 1)[0] as HamerlyState,
    pass: (state, centers, k, full) => lockstep.pass([0], [centers], k, [full])[0] as number,
    inertia: (_state, centers, k) => lockstep.inertia(0, centers, k),
    lockstep,
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

  return { bounds, seeding, dataset: fixed ? { ...ds, x } : null };
}

function kernelAbort(): never {
  throw new Error('The WebAssembly clustering kernel stopped on an internal error.');
}
