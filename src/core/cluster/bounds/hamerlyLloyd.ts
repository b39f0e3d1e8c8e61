import type { Dataset } from '../dataset';
import { assign, moveCentres, relocateEmpty, stopRule } from '../lloydStep';
import type { LloydOutcome } from '../results';
import { jsBounds, type BoundsEngine, type LockstepBounds } from './boundsEngine';
import { halfDistances, MARGIN, type HamerlyState } from './hamerlyPass';

/**
 * Lloyd iterations with Hamerly's (2010) bounds: per point an upper bound on the distance to its
 * centre and a lower bound on the distance to every other; a point is only looked at when its bounds
 * overlap, and then with the plain loop's arithmetic and tie rule. Cluster sums are updated only for
 * points that change label; exact sums (grid-snapped data) make that equal to re-summing. Same
 * semantics, centres, iterations and inertia as `lloyd`; pays off when d is too high for a kd-tree.
 * `engine` runs the passes (JavaScript by default, or WebAssembly), with the same results.
 *
 * A pass with an empty cluster is redone by the plain assignment so relocation sees exactly the
 * plain distances; the pass after it re-initializes all bounds.
 */
export function hamerlyLloyd(
  ds: Dataset,
  centers: Float64Array,
  k: number,
  maxIter: number,
  tolAbs: number,
  engine: BoundsEngine = jsBounds(ds),
): LloydOutcome {
  return hamerlyLloydMany(ds, [centers], k, maxIter, tolAbs, engine)[0] as LloydOutcome;
}

/** Where one run of a lockstep batch is: iterating, due its closing pass (stopped on tol or maxIter), done. */
type Phase = 'iterate' | 'close' | 'done';

interface Run {
  readonly centers: Float64Array;
  readonly state: HamerlyState;
  phase: Phase;
  full: boolean;
  iterations: number;
  converged: boolean;
  inertia: number;
  /** Only for the rare pass with an empty cluster. */
  dist: Float64Array | null;
}

/**
 * hamerlyLloyd for several runs (restarts) with the same k at once: every round makes one pass for
 * each run still going, through the engine's lockstep passes when it has them (one read of the
 * points for all), else one run after another. Each run's outcome, and its centres, are exactly
 * what hamerlyLloyd gives it alone: runs share no state, only the reading of the points.
 */
export function hamerlyLloydMany(
  ds: Dataset,
  centersList: readonly Float64Array[],
  k: number,
  maxIter: number,
  tolAbs: number,
  engine: BoundsEngine = jsBounds(ds),
): LloydOutcome[] {
  const lockstep = engine.lockstep ?? (centersList.length === 1 ? oneAtATime(engine) : null);
  if (lockstep === null) {
    return centersList.map((centers) => hamerlyLloyd(ds, centers, k, maxIter, tolAbs, engine));
  }
  const { n, d, x } = ds;
  const states = lockstep.start(k, centersList.length);
  const runs: Run[] = centersList.map((centers, s) => ({
    centers,
    state: states[s] as HamerlyState,
    phase: 'iterate',
    full: true,
    iterations: 0,
    converged: false,
    inertia: 0,
    dist: null,
  }));
  const finish = (s: number): void => {
    const run = runs[s] as Run;
    run.inertia = lockstep.inertia(s, run.centers, k);
    run.phase = 'done';
  };
  for (;;) {
    const going = runs.flatMap((run, s) => (run.phase === 'done' ? [] : [s]));
    if (going.length === 0) break;
    for (const s of going) {
      const run = runs[s] as Run;
      halfDistances(run.centers, k, d, run.state.half);
    }
    const changedBy = lockstep.pass(
      going,
      going.map((s) => (runs[s] as Run).centers),
      k,
      going.map((s) => (runs[s] as Run).full),
    );
    going.forEach((s, t) => {
      const run = runs[s] as Run;
      if (run.phase === 'close') {
        finish(s);
        return;
      }
      const { centers, state } = run;
      const { labels, move, sums, counts } = state;
      run.full = false;
      let relocated = false;
      if (counts.some((c) => c === 0)) {
        // Re-run as the plain loop would (same labels, exact distances), then relocate.
        run.dist ??= new Float64Array(n);
        assign(x, n, d, centers, k, labels, run.dist, sums, counts);
        relocated = relocateEmpty(x, n, d, k, labels, run.dist, sums, counts);
        run.full = true; // sums no longer follow labels, bounds must be rebuilt
      }
      const shift = moveCentres(centers, sums, counts, k, d, move);
      state.maxMove = 0;
      for (let c = 0; c < k; c++) {
        move[c] = Math.sqrt(move[c] as number) / MARGIN;
        if ((move[c] as number) > state.maxMove) state.maxMove = move[c] as number;
      }
      run.iterations++;
      const stop = stopRule(changedBy[t] === 0, relocated, shift, tolAbs);
      if (stop !== null) run.converged = true;
      // Stable labels already match the centres; otherwise one more pass labels them (as `lloyd`).
      if (stop === 'stable') finish(s);
      else if (stop === 'tol' || run.iterations === maxIter) run.phase = 'close';
    });
  }
  return runs.map(({ iterations, inertia, converged }) => ({ iterations, inertia, converged }));
}

/** A one-run LockstepBounds over an engine without lockstep passes. */
function oneAtATime(engine: BoundsEngine): LockstepBounds {
  let state: HamerlyState | null = null;
  const only = (): HamerlyState => {
    if (state === null) throw new Error('oneAtATime: pass before start.');
    return state;
  };
  return {
    start: (k) => [(state = engine.start(k))],
    pass: (_runs, centers, k, full) => [
      engine.pass(only(), centers[0] as Float64Array, k, full[0] as boolean),
    ],
    inertia: (_s, centers, k) => engine.inertia(only(), centers, k),
  };
}
