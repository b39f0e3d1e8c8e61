import { refineRestart } from '../core/cluster/refineRestart';
import { kmeansRestarts } from '../core/cluster/restart';
import { assembleAnalysis } from '../core/dataset/assembleAnalysis';
import { qualityByK } from '../core/profile/qualityByK';
import {
  AnalysisError,
  prepareAnalysis,
  restartsPerTask,
  type PreparedAnalysis,
} from '../core/dataset/prepareAnalysis';
import type { AnalysisReply, AnalysisRequest } from './protocol';

export interface Outgoing {
  readonly reply: AnalysisReply;
  readonly transfer: Transferable[];
}

/**
 * The analysis worker's message handling, without the worker globals, so it can be tested in Node.
 * It keeps one prepared job at a time: a new job replaces the old one, whose requests then fail loudly.
 * `wasm` is the compiled kmeans.wasm, or null to run the JavaScript kernels (same results).
 */
export function createAnalysisHandler(
  wasm: WebAssembly.Module | null = null,
): (request: AnalysisRequest) => Outgoing {
  let current: { job: number; prepared: PreparedAnalysis } | null = null;

  const preparedFor = (job: number): PreparedAnalysis => {
    if (current === null || current.job !== job)
      throw new Error(`Job ${job} is not prepared in this worker.`);
    return current.prepared;
  };

  const handle = (request: AnalysisRequest): Outgoing => {
    switch (request.type) {
      case 'prepare': {
        current = null;
        const prepared = prepareAnalysis(request.params, wasm);
        current = { job: request.job, prepared };
        const reply = {
          id: request.id,
          type: 'prepared',
          plan: prepared.search,
          perTask: restartsPerTask(prepared),
        } as const;
        return { reply, transfer: [] };
      }
      case 'restart': {
        const prepared = preparedFor(request.job);
        const { k, restart, count = 1 } = request.task;
        const results = kmeansRestarts(
          prepared.dataset,
          k,
          Array.from({ length: count }, (_, r) => restart + r),
          prepared.seed,
          prepared.settings,
          prepared.strategy,
        );
        return { reply: { id: request.id, type: 'restarted', results }, transfer: [] };
      }
      case 'refine': {
        const prepared = preparedFor(request.job);
        const result = refineRestart(prepared.strategy, request.best, prepared.settings);
        return { reply: { id: request.id, type: 'refined', result }, transfer: [] };
      }
      case 'assemble': {
        const result = assembleAnalysis(preparedFor(request.job), request.restarts, request.refined);
        return {
          reply: { id: request.id, type: 'assembled', result },
          transfer: result.byK.flatMap((r) => [r.rowLabels.buffer, r.drawing.labels.buffer]),
        };
      }
      case 'quality':
        return { reply: { id: request.id, type: 'quality', byK: qualityByK(request.input) }, transfer: [] };
    }
  };

  return (request) => {
    try {
      return handle(request);
    } catch (error) {
      const code = error instanceof AnalysisError ? error.code : 'internal';
      const message = error instanceof Error ? error.message : String(error);
      return { reply: { id: request.id, type: 'failed', error: { code, message } }, transfer: [] };
    }
  };
}
