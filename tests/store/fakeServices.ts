import type { AnalysisResult } from '../../src/core/dataset/assembleAnalysis';
import type { AnalysisParams } from '../../src/core/dataset/prepareAnalysis';
import { runAnalysis } from '../reference/dataset/runAnalysis';
import { qualityByK } from '../../src/core/profile/qualityByK';
import type { Services } from '../../src/store/services';
import { CancelledError } from '../../src/worker/client';
import type { TableReply, TableRequest } from '../../src/worker/protocol';
import { createTableService } from '../../src/worker/tableClient';
import { createTableHandler } from '../../src/worker/tableHandler';
import { InProcessWorker } from '../worker/inProcessWorker';

/**
 * Services for testing the store in Node: the real table worker code (its handler, run in-process
 * behind the real client), and the analysis done by the same core functions on this thread, with a
 * `gate` that lets a test hold a run back to race it against a newer one.
 */
export function inProcessServices(options: { sample?: string; gate?: () => Promise<void> } = {}): Services & {
  analyzeCalls: AnalysisParams[];
  /** The type of every request posted to the table worker, in order. */
  tableRequests: TableRequest['type'][];
  cancels: number;
} {
  let cancelled = 0;
  const state = {
    analyzeCalls: [] as AnalysisParams[],
    tableRequests: [] as TableRequest['type'][],
    get cancels() {
      return cancelled;
    },
  };
  const tableWorker = (): Worker => {
    const worker = new InProcessWorker<TableRequest, TableReply>((reply) => createTableHandler(reply));
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (request) => {
      state.tableRequests.push(request.type);
      post(request);
    };
    return worker.asWorker();
  };
  const services: Services = {
    table: createTableService(tableWorker, () => ({})),
    analysis: {
      async analyze(params, onProgress): Promise<AnalysisResult> {
        state.analyzeCalls.push(params);
        const before = cancelled;
        await options.gate?.();
        if (cancelled !== before) throw new CancelledError();
        return runAnalysis(params, onProgress);
      },
      async quality(input) {
        return qualityByK(input);
      },
      cancel() {
        cancelled += 1;
      },
    },
    fetchSample: async () => new Blob([options.sample ?? '']),
  };
  return Object.assign(services, state);
}
