import { createWorkerClient } from './client';
import type { TableReply, TableRequest, TableSummary } from './protocol';

export interface TableService {
  load(file: Blob, fileName: string, delimiter?: string): Promise<TableSummary>;
  columns(indices: number[]): Promise<Float64Array[]>;
  exportCsv(rowLabels: Int32Array, clusterNames?: string[]): Promise<{ blob: Blob; columnName: string }>;
  cancel(): void;
}

const spawnTableWorker = (): Worker =>
  new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module', name: 'table' });

/** Parsing and export, off the main thread; the worker keeps the parsed table between calls. */
export function createTableService(spawn: () => Worker = spawnTableWorker): TableService {
  const client = createWorkerClient<TableRequest, TableReply>(spawn, { eager: true });
  return {
    async load(file, fileName, delimiter) {
      const reply = await client.request((id) =>
        delimiter === undefined
          ? { id, type: 'load', file, fileName }
          : { id, type: 'load', file, fileName, delimiter },
      );
      if (reply.type !== 'loaded') throw new Error(`Unexpected reply ${reply.type} to load.`);
      return reply.summary;
    },
    async columns(indices) {
      const reply = await client.request((id) => ({ id, type: 'columns', indices }));
      if (reply.type !== 'columns') throw new Error(`Unexpected reply ${reply.type} to columns.`);
      return reply.columns;
    },
    async exportCsv(rowLabels, clusterNames) {
      const copy = rowLabels.slice();
      const reply = await client.request(
        (id) =>
          clusterNames === undefined
            ? { id, type: 'export', rowLabels: copy }
            : { id, type: 'export', rowLabels: copy, clusterNames },
        [copy.buffer],
      );
      if (reply.type !== 'exported') throw new Error(`Unexpected reply ${reply.type} to export.`);
      return { blob: reply.blob, columnName: reply.columnName };
    },
    cancel: () => client.cancel(),
  };
}
