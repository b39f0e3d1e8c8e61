import { useEffect, useMemo, useState } from 'react';
import { runToEnd, type Sliced } from '../../core/schedule/sliced';

/** Main-thread time one slice may take: well inside a frame and far under a 50 ms long task. */
const SLICE_MS = 8;
/** Up to this many rows a sliced computation runs during the render: quick, and nothing flashes. */
export const SYNC_ROWS = 50_000;

/**
 * Runs `job` a slice at a time, each slice a task of its own (a MessageChannel message: unlike a
 * timer it is not clamped to 4 ms, unlike an animation frame it runs in a background tab too), so
 * input and painting get their turn in between. Calls `done` with the result; returns a cancel.
 */
export function runSliced<T>(job: Sliced<T>, done: (value: T) => void): () => void {
  const channel = new MessageChannel();
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    channel.port1.close();
    channel.port2.close();
  };
  channel.port1.onmessage = () => {
    if (stopped) return;
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const step = job.next();
      if (step.done === true) {
        stop();
        done(step.value);
        return;
      }
      if (performance.now() >= until) break;
    }
    channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return stop;
}

/**
 * The result of `make()`, a sliced computation over `rows` rows (keep `make` in a useCallback: a
 * new one starts again). Small inputs are computed during the render; large ones a slice per task
 * after it, and until then this returns the last result finished (from an earlier `make`, so check
 * that it fits: make the result carry its inputs), or undefined before the first.
 */
export function useSliced<T>(make: (() => Sliced<T>) | null, rows: number): T | undefined {
  const sync = rows <= SYNC_ROWS;
  const now = useMemo(() => (sync && make !== null ? runToEnd(make()) : undefined), [sync, make]);
  const [later, setLater] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (sync || make === null) return undefined;
    return runSliced(make(), (value) => setLater({ value }));
  }, [sync, make]);
  return sync ? now : later?.value;
}
