import type { Dataset } from '../dataset';
import { LANES } from '../kernels';
import { hamerlyPass, type HamerlyState } from './hamerlyPass';

/**
 * Where Hamerly's per-point state lives and what runs the assignment pass over it. Engines differ
 * only in speed: each pass gives the labels, bounds, sums and counts the JS hamerlyPass gives.
 */
export interface BoundsEngine {
  /** Fresh state for a run with k centres, labels all -1; valid until the next call. */
  start(k: number): HamerlyState;
  /** One assignment pass with state.half already set; returns how many labels changed. */
  pass(state: HamerlyState, centers: Float64Array, k: number, full: boolean): number;
  /**
   * The sum, in row order, of each point's squared distance to the centre of its label, each
   * distance in the plain loop's arithmetic: the same number in every engine.
   */
  inertia(state: HamerlyState, centers: Float64Array, k: number): number;
  /** Several restarts' passes over one read of the points, where the engine can (WebAssembly). */
  readonly lockstep?: LockstepBounds;
}

/**
 * A bounds engine for several restarts at once: each has its own state, and each pass gives every
 * listed restart exactly what BoundsEngine.pass gives it alone; the points are only read once for
 * all of them. Runs are named by their index in the states the last start returned.
 */
export interface LockstepBounds {
  /** Fresh states for `count` runs with k centres, labels all -1; valid until the next start. */
  start(k: number, count: number): HamerlyState[];
  /** One pass for each listed run (centers[t], full[t] for runs[t]); returns each one's changed count. */
  pass(
    runs: readonly number[],
    centers: readonly Float64Array[],
    k: number,
    full: readonly boolean[],
  ): number[];
  /** BoundsEngine.inertia of run s. */
  inertia(s: number, centers: Float64Array, k: number): number;
}

function newHamerlyState(n: number, k: number, d: number): HamerlyState {
  return {
    labels: new Int32Array(n).fill(-1),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    half: new Float64Array(k),
    move: new Float64Array(k),
    // A double from the start, so V8 never has to change the field's representation.
    maxMove: 0.5,
    sums: new Float64Array(k * d),
    counts: new Float64Array(k),
  };
}

/** The JavaScript engine: state in plain typed arrays, the pass in hamerlyPass. */
export function jsBounds(ds: Dataset): BoundsEngine {
  let pc = new Float64Array(0);
  return {
    start(k) {
      pc = new Float64Array(k * LANES);
      return newHamerlyState(ds.n, k, ds.d);
    },
    pass: (state, centers, k, full) => hamerlyPass(ds.x, ds.n, ds.d, centers, k, state, pc, full),
    inertia: (state, centers) => labelledInertia(ds, state.labels, centers),
  };
}

function labelledInertia(ds: Dataset, labels: Int32Array, centers: Float64Array): number {
  const { n, d, x } = ds;
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i] as number;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const diff = (x[i * d + j] as number) - (centers[a * d + j] as number);
      s += diff * diff;
    }
    inertia += s;
  }
  return inertia;
}
