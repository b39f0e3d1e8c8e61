import type { Browser, CDPSession, Page } from 'playwright-core';

/**
 * What one JavaScript context (the page or one of its workers) holds, read over the DevTools protocol
 * after a garbage collection in it. measureUserAgentSpecificMemory(), the figure the bench reports,
 * counts a context's V8 heap and its ArrayBuffers, but a SharedArrayBuffer once in every context that
 * holds it, and WebAssembly memories not at all (checked in Chromium: a 20 MB Memory, filled and with
 * views on it, adds nothing). So each context's heap, buffers and WebAssembly memories are read too.
 */
export interface ContextMemory {
  /**
   * 'page', or the worker's script name without its hash ('table', 'range', 'analysis'); 'other' for
   * what the API attributes to no context (shared code and DOM), with only apiBytes.
   */
  readonly name: string;
  /** measureUserAgentSpecificMemory()'s bytes for this context (matched by name and order). */
  readonly apiBytes: number;
  /** The V8 heap in use: objects, strings, JS arrays (Runtime.getHeapUsage usedSize). */
  readonly heapBytes: number;
  /**
   * ArrayBuffer backing stores (Runtime.getHeapUsage backingStorageSize). SharedArrayBuffers are not in
   * it but are in the API's figure, so apiBytes - heapBytes - buffersBytes ("rest") is about the shared
   * bytes, give or take a megabyte of what changed between the two readings.
   */
  readonly buffersBytes: number;
  /** WebAssembly memories of this context, which the API leaves out. */
  readonly wasmBytes: number;
}

/** One entry of measureUserAgentSpecificMemory()'s breakdown, reduced to what names its context. */
export interface ApiEntry {
  readonly bytes: number;
  readonly url: string;
  readonly scope: string;
}

/** measureUserAgentSpecificMemory() in the page (needs cross-origin isolation): total and per context. */
export async function measureApi(page: Page): Promise<{ bytes: number; entries: ApiEntry[] }> {
  return page.evaluate(async () => {
    interface Breakdown {
      bytes: number;
      attribution: { url: string; scope: string }[];
    }
    const measure = (
      performance as unknown as {
        measureUserAgentSpecificMemory?: () => Promise<{ bytes: number; breakdown: Breakdown[] }>;
      }
    ).measureUserAgentSpecificMemory;
    if (measure === undefined) return { bytes: NaN, entries: [] };
    const result = await measure.call(performance);
    return {
      bytes: result.bytes,
      entries: result.breakdown.map((b) => ({
        bytes: b.bytes,
        url: b.attribution[0]?.url ?? '',
        scope: b.attribution[0]?.scope ?? '',
      })),
    };
  });
}

const contextName = (url: string, type: string): string =>
  type === 'page' ? 'page' : (url.split('/').pop() ?? url).replace(/\.worker-[\w-]+\.js$/, '');

/** A DevTools session to one target, through the browser session (non-flattened, so nested workers work too). */
async function attach(
  cdp: CDPSession,
  targetId: string,
): Promise<{ send: (method: string, params?: object) => Promise<unknown>; detach: () => Promise<void> }> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listener = (event: { sessionId: string; message: string }): void => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (waiting === undefined) return;
    pending.delete(message.id as number);
    if (message.error !== undefined) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  };
  cdp.on('Target.receivedMessageFromTarget', listener);
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        void cdp
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch(reject);
      }),
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', listener);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

/** The bytes of a context's live WebAssembly memories (queryObjects finds these, not typed arrays). */
async function wasmBytesOf(send: (method: string, params?: object) => Promise<unknown>): Promise<number> {
  const found = (await send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' })) as {
    result: { objectId?: string };
  };
  if (found.result.objectId === undefined) return 0;
  const { objects } = (await send('Runtime.queryObjects', { prototypeObjectId: found.result.objectId })) as {
    objects: { objectId: string };
  };
  const sum = (await send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }',
    returnByValue: true,
  })) as { result: { value?: number } };
  return sum.result.value ?? NaN;
}

/** Every context of the app (page and workers, nested ones included), measured after a GC in each. */
export async function measureContexts(browser: Browser, page: Page): Promise<ContextMemory[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const origin = new URL(page.url()).origin;
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const targets = targetInfos.filter(
      (t) => (t.type === 'page' || t.type === 'worker') && t.url.startsWith(origin),
    );
    const sessions = await Promise.all(targets.map((t) => attach(cdp, t.targetId)));
    try {
      for (const session of sessions) await session.send('HeapProfiler.collectGarbage');
      const api = await measureApi(page);
      const rows: Omit<ContextMemory, 'apiBytes'>[] = [];
      for (const [i, session] of sessions.entries()) {
        const target = targets[i] as (typeof targets)[number];
        const usage = (await session.send('Runtime.getHeapUsage')) as {
          usedSize: number;
          backingStorageSize?: number;
        };
        rows.push({
          name: contextName(target.url, target.type),
          heapBytes: usage.usedSize,
          buffersBytes: usage.backingStorageSize ?? NaN,
          wasmBytes: await wasmBytesOf(session.send),
        });
      }
      // The API names a worker by its script's URL only: same-named workers are matched in order. The
      // page comes in more than one entry (its window, its DOM); what no context claims is "other".
      const byName = new Map<string, number[]>();
      let pageBytes = 0;
      let other = 0;
      for (const entry of api.entries) {
        if (entry.scope === 'Window') pageBytes += entry.bytes;
        else if (entry.scope === '') other += entry.bytes;
        else {
          const name = contextName(entry.url, 'worker');
          byName.set(name, [...(byName.get(name) ?? []), entry.bytes]);
        }
      }
      const measured = rows
        .map((row) => ({
          ...row,
          apiBytes: row.name === 'page' ? pageBytes : (byName.get(row.name)?.shift() ?? NaN),
        }))
        .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
      const unclaimed = [...byName.values()].flat().reduce((sum, bytes) => sum + bytes, other);
      const rest = { name: 'other', apiBytes: unclaimed, heapBytes: NaN, buffersBytes: NaN, wasmBytes: 0 };
      return [...measured, rest];
    } finally {
      await Promise.all(sessions.map((s) => s.detach()));
    }
  } finally {
    await cdp.detach();
  }
}

const order = (name: string): number => ['page', 'table', 'range', 'analysis'].indexOf(name);

/**
 * What the app holds: the API's figure for every context plus the WebAssembly memories it leaves out.
 * A SharedArrayBuffer still held by several contexts would be counted in each (the analysis pool's
 * columns are shared only while its workers prepare, so none is held once an analysis is done).
 */
export function heldBytes(contexts: readonly ContextMemory[]): number {
  return contexts.reduce((sum, c) => sum + (Number.isFinite(c.apiBytes) ? c.apiBytes : 0) + c.wasmBytes, 0);
}

/** A table of the contexts, in MB. */
export function formatContexts(contexts: readonly ContextMemory[]): string[] {
  const mb = (bytes: number): string => (Number.isFinite(bytes) ? (bytes / 1e6).toFixed(1) : '—');
  const lines = contexts.map(
    (c) =>
      `  ${c.name.padEnd(9)} api ${mb(c.apiBytes).padStart(6)} = heap ${mb(c.heapBytes).padStart(6)} + buffers ${mb(c.buffersBytes).padStart(6)} + rest ${mb(c.apiBytes - c.heapBytes - c.buffersBytes).padStart(5)}; wasm (not in api) ${mb(c.wasmBytes).padStart(6)}`,
  );
  const api = contexts.reduce((sum, c) => sum + (Number.isFinite(c.apiBytes) ? c.apiBytes : 0), 0);
  lines.push(`  total     api ${mb(api).padStart(6)}; with wasm ${mb(heldBytes(contexts))}`);
  return lines;
}
