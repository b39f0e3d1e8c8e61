import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KMEANS_WASM_URL } from '../../src/core/cluster/bounds/wasm/wasmKernels';
import { loadKmeansWasm } from '../../src/worker/loadKmeansWasm';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loading kmeans.wasm in a worker', () => {
  it('compiles the fetched file', async () => {
    const bytes = readFileSync(KMEANS_WASM_URL);
    const fetchMock = vi.fn(async () => new Response(bytes, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const module = await loadKmeansWasm(KMEANS_WASM_URL);
    expect(fetchMock).toHaveBeenCalledWith(KMEANS_WASM_URL);
    expect(module).toBeInstanceOf(WebAssembly.Module);
    expect(WebAssembly.Module.exports(module as WebAssembly.Module).map((e) => e.name)).toEqual(
      expect.arrayContaining(['passMany', 'potentials', 'absorb', 'layout', 'memory']),
    );
  });

  it('falls back to JavaScript, with a warning, when the file is missing or cannot compile', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    expect(await loadKmeansWasm(KMEANS_WASM_URL)).toBeNull();
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array([1, 2, 3]), { status: 200 }));
    expect(await loadKmeansWasm(KMEANS_WASM_URL)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(/HTTP 404.*same results/);
  });
});
