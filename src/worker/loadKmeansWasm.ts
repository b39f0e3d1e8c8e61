/**
 * Fetches and compiles kmeans.wasm for this worker. On any failure (no WebAssembly SIMD, a policy
 * that forbids compiling, offline before the file was cached) it warns and returns null: the
 * JavaScript kernels then give the same results, only more slowly.
 */
export async function loadKmeansWasm(url: URL): Promise<WebAssembly.Module | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch (error) {
    console.warn(
      `customer-segments: the WebAssembly kernels could not be loaded (${String(error)}); ` +
        'clustering runs in JavaScript instead, with the same results, more slowly.',
    );
    return null;
  }
}
