import type { CDPSession, Page } from 'playwright-core';

/** A main-thread stretch of back-to-back JavaScript, with where its time went. */
export interface BusyStretch {
  readonly ms: number;
  /** The functions that ran longest in it (self time), as “name (file:line) ms”. */
  readonly top: string[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

/** Samples the page's main thread (CDP Profiler) from now until the returned stop() is called. */
export async function profileMainThread(page: Page): Promise<() => Promise<BusyStretch[]>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.detach();
    return busyStretches(profile);
  };
}

/**
 * The three longest runs of samples that are not idle (gaps under 2 ms bridged, as a long task's
 * microtasks are), each with its five heaviest functions. The profile's clock is not the page's, so
 * stretches stand in for the Long Tasks API's entries, which carry no attribution.
 */
function busyStretches(profile: CpuProfile): BusyStretch[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const stretches: { ms: number; self: Map<string, number> }[] = [];
  let current: { ms: number; self: Map<string, number> } | null = null;
  let idleMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    const name = frame?.functionName ?? '(unknown)';
    if (IDLE.has(name) && name !== '(garbage collector)') {
      idleMs += ms;
      if (idleMs > 2 && current !== null) {
        stretches.push(current);
        current = null;
      }
      return;
    }
    idleMs = 0;
    current ??= { ms: 0, self: new Map() };
    current.ms += ms;
    const file = frame?.url.split('/').pop() ?? '';
    // Minified names repeat: the line and column tell them apart (and find them in the source map).
    const key = `${name || '(anonymous)'} (${file}:${(frame?.lineNumber ?? 0) + 1}:${frame?.columnNumber ?? 0})`;
    current.self.set(key, (current.self.get(key) ?? 0) + ms);
  });
  if (current !== null) stretches.push(current);
  return stretches
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((s) => ({
      ms: s.ms,
      top: [...s.self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([key, ms]) => `${key} ${ms.toFixed(0)} ms`),
    }));
}

/** Every User Timing measure of the page's workers (the table worker's 'table:*' phases), by name. */
export async function workerMeasures(page: Page): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const worker of page.workers()) {
    const entries = await worker
      .evaluate(() => performance.getEntriesByType('measure').map((e) => [e.name, e.duration] as const))
      .catch(() => [] as (readonly [string, number])[]);
    for (const [name, ms] of entries) totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return totals;
}
