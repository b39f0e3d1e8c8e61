/// <reference lib="webworker" />
import { KMEANS_WASM_URL } from '../core/cluster/bounds/wasm/wasmKernels';
import { createAnalysisHandler } from './analysisHandler';
import { loadKmeansWasm } from './loadKmeansWasm';
import type { AnalysisRequest } from './protocol';

const ready = loadKmeansWasm(KMEANS_WASM_URL).then(createAnalysisHandler);

addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  // Callbacks on one promise run in the order they were added, so requests keep their order.
  void ready.then((handle) => {
    const { reply, transfer } = handle(event.data);
    postMessage(reply, transfer);
  });
});
