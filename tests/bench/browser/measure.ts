import { createReadStream } from 'node:fs';
import type { Page } from 'playwright-core';
import { measureContexts, type ContextMemory } from './contextMemory';
import { profileMainThread, workerMeasures, type BusyStretch } from './profile';

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
  /** performance.memory.usedJSHeapSize after loading and a garbage collection, in MB: the page only. */
  readonly heapMb: number;
  /**
   * measureUserAgentSpecificMemory(): the page and its workers, in MB (NaN where unavailable). It
   * leaves out WebAssembly memories: see `contexts` and heldBytes for the whole.
   */
  readonly allHeapMb: number;
  /** The table worker's phases ('table:read', 'table:parse', ...), ms. */
  readonly phases: Map<string, number>;
  /** With `profile`: the main thread's longest busy stretches and what ran in them. */
  readonly stretches: BusyStretch[];
  /** What each context (page, table, range and analysis workers) holds after loading (see contextMemory). */
  readonly contexts: ContextMemory[];
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

export interface JourneyOptions {
  /**
   * Columns to cluster on instead of the detected two: ticked in the Columns control, one a frame,
   * as soon as it shows; the elbow timed is then the first one drawn after the last tick.
   */
  readonly features?: readonly string[];
  /** Sample the main thread with the CDP profiler, to name what its longest tasks ran. */
  readonly profile?: boolean;
}

/** Gives the file to the real file input and waits for each milestone, watched from inside the page. */
export async function measureJourney(
  page: Page,
  file: string,
  rows: number,
  { features = [], profile = false }: JourneyOptions = {},
): Promise<Journey> {
  // tsx compiles with keepNames, which wraps functions in a __name helper the page does not have.
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate(
    ({ marks, features }) => {
      const state: BenchState = {
        t0: null,
        marks: { parsed: null, elbow: null, scatter: null, download: null },
        tasks: [],
      };
      (window as unknown as { __bench: BenchState }).__bench = state;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) state.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      document.addEventListener('change', () => (state.t0 ??= performance.now()), { capture: true });
      // The feature boxes still to tick, and whether the elbow may be timed yet.
      const toTick = [...features];
      const tick = (): boolean => {
        if (toTick.length === 0) return true;
        const boxes = [...document.querySelectorAll<HTMLLabelElement>('[data-testid="columns"] label')];
        const label = boxes.find((l) => l.textContent?.startsWith(toTick[0] ?? '') === true);
        const box = label?.querySelector('input');
        if (box === null || box === undefined) return false;
        if (box.checked) toTick.shift();
        else box.click();
        return false;
      };
      // Checked once a frame: a milestone counts when it is on screen, not when React first commits it.
      const watch = (): void => {
        if (state.t0 !== null && (state.marks.parsed === null || tick())) {
          for (const [name, selector] of Object.entries(marks) as [keyof Marks, string][]) {
            if (state.marks[name] === null && document.querySelector(selector) !== null) {
              state.marks[name] = performance.now() - state.t0;
            }
          }
        }
        if (Object.values(state.marks).some((v) => v === null)) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    },
    { marks: MARKS, features },
  );
  const stopProfile = profile ? await profileMainThread(page) : null;
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
    // Needs cross-origin isolation (the preview server's COOP/COEP); counts the workers too.
    const measure = (
      performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }
    ).measureUserAgentSpecificMemory;
    const all = measure === undefined ? NaN : (await measure.call(performance)).bytes;
    return { ...bench, heap: memory?.usedJSHeapSize ?? NaN, all };
  });
  const browser = page.context().browser();
  const contexts = browser === null ? [] : await measureContexts(browser, page);
  const stretches = (await stopProfile?.()) ?? [];
  const phases = await workerMeasures(page);
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
    allHeapMb: state.all / 1e6,
    phases,
    stretches,
    contexts,
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
