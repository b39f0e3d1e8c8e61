import { readFileSync } from 'node:fs';
import { KMEANS_WASM_URL } from '../../../../../src/core/cluster/bounds/wasm/wasmKernels';

/** The committed kmeans.wasm, compiled, as the analysis worker gets it in the browser. */
export const kmeansWasm = new WebAssembly.Module(readFileSync(KMEANS_WASM_URL));
