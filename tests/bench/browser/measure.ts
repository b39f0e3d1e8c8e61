import { createReadStream } from 'node:fs';
import type { Page } from 'playwright-core';

/** One journey through the page, times in ms from the file being given. */
export interface Journey {
  readonly parsedMs: number;
  readonly elbowMs: number;
  readonly scatterMs: number;
  readonly downloadReadyMs: number;
  /** From the Download click to the browser's download event (the labeled CSV written). */
  readonly exportMs: number;
  /** Longest main-thread task before the results start rendering. */
  readonly longestDataTaskMs: number;
  readonly longestTaskMs: number;
  /** performance.memory.usedJSHeapSize after loading and a garbage collection, in MB. */
  readonly heapMb: number;
  /** Data rows in the downloaded file. */
  readonly downloadRows: number;
}

const MARKS = {
  parsed: '[data-testid="features"]',
  elbow: '[data-testid="elbow-chart"] [data-k]',
  scatter: '[data-testid="cluster-scatter"]',
  download: '[data-testid="download"]',
} as const;

type Marks = Record<keyof typeof MARKS, number | null>;
interface BenchState {
  t0: number | null;
  marks: Marks;
  tasks: { start: number; duration: number }[];
}

/** Gives the file to the real file input and waits for each milestone, watched from inside the page. */
export async function measureJourney(page: Page, file: string, rows: number): Promise<Journey> {
  // tsx compiles with keepNames, which wraps functions in a __name helper the page does not have.
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate((marks) => {
    const state: BenchState = {
      t0: null,
      marks: { parsed: null, elbow: null, scatter: null, download: null },
      tasks: [],
    };
    (window as unknown as { __bench: BenchState }).__bench = state;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('change', () => (state.t0 = performance.now()), { capture: true });
    // Checked once a frame: a milestone counts when it is on screen, not when React first commits it.
    const watch = (): void => {
      if (state.t0 !== null) {
        for (const [name, selector] of Object.entries(marks) as [keyof Marks, string][]) {
          if (state.marks[name] === null && document.querySelector(selector) !== null) {
            state.marks[name] = performance.now() - state.t0;
          }
        }
      }
      if (Object.values(state.marks).some((v) => v === null)) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, MARKS);
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.waitForFunction(
    () =>
      Object.values((window as unknown as { __bench: BenchState }).__bench.marks).every((v) => v !== null),
    undefined,
    { timeout: 15 * 60_000, polling: 250 },
  );
  const state = await page.evaluate(async () => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    (window as unknown as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { ...bench, heap: memory?.usedJSHeapSize ?? NaN };
  });
  const t0 = state.t0 ?? 0;
  const renderStart = t0 + Math.min(state.marks.elbow ?? Infinity, state.marks.scatter ?? Infinity);
  const after = state.tasks.filter((t) => t.start + t.duration >= t0);
  // A task that ends once the results are on screen belongs to rendering them.
  const data = after.filter((t) => t.start + t.duration < renderStart - 1);
  const longest = (tasks: { duration: number }[]): number => Math.max(0, ...tasks.map((t) => t.duration));

  const clickAt = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10 * 60_000 }),
    page.click(MARKS.download),
  ]);
  const exportMs = Date.now() - clickAt;
  const path = await download.path();
  const lines = await countLines(path);
  void rows;
  return {
    parsedMs: state.marks.parsed ?? NaN,
    elbowMs: state.marks.elbow ?? NaN,
    scatterMs: state.marks.scatter ?? NaN,
    downloadReadyMs: state.marks.download ?? NaN,
    exportMs,
    longestDataTaskMs: longest(data),
    longestTaskMs: longest(after),
    heapMb: state.heap / 1e6,
    downloadRows: lines - 1,
  };
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
  }
  return lines;
}
