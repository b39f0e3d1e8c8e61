/**
 * A computation over many rows written as a generator that yields now and then (every SLICE_ROWS
 * rows), so a caller on the main thread can run it a few milliseconds at a time and give the page
 * back in between, while tests and workers run the very same code to its end at once.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Rows between two yields: well under a millisecond of a per-row loop, so the clock is checked often enough. */
export const SLICE_ROWS = 16_384;

/** True on the rows after which a sliced loop yields (cheap: one mask and compare per row). */
export const atSliceEnd = (row: number): boolean => (row & (SLICE_ROWS - 1)) === SLICE_ROWS - 1;

/** Runs a sliced computation to its end without giving anything back. */
export function runToEnd<T>(job: Sliced<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done === true) return step.value;
  }
}

/** A sliced computation whose result comes with the inputs it was computed from, to tell it from a stale one. */
export function* carrying<T, E extends object>(inputs: E, job: Sliced<T>): Sliced<E & { readonly value: T }> {
  const value = yield* job;
  return { ...inputs, value };
}
