import { checkFileFits, type MemoryHints } from '../core/csv/checkFileFits';
import { createWorkerClient, WorkerFailure } from './client';
import type { CategoryColumn } from '../core/csv/encodeCategories';
import type { SegmentProfile } from '../core/profile/profileSegments';
import type {
  LoadProgress,
  ProfileRequest,
  ReadOptions,
  TableReply,
  TableRequest,
  TableSummary,
} from './protocol';

/** A file read in the worker: what it holds, and the detected feature columns (see {@link TableService.columns}). */
export interface LoadedTable {
  readonly summary: TableSummary;
  /** One per `summary.featureChoice.features`, NaN where missing or a summary row; empty without a choice. */
  readonly featureValues: Float64Array[];
}

export interface TableService {
  /** Reads a file in the worker; `onProgress` hears bytes read, then characters parsed. */
  load(
    file: Blob,
    fileName: string,
    read?: ReadOptions,
    onProgress?: (progress: LoadProgress) => void,
  ): Promise<LoadedTable>;
  columns(indices: number[]): Promise<Float64Array[]>;
  categories(indices: number[]): Promise<CategoryColumn[]>;
  profile(request: ProfileRequest): Promise<SegmentProfile[]>;
  exportCsv(rowLabels: Int32Array, clusterNames?: string[]): Promise<{ blob: Blob; columnName: string }>;
  /** SHA-256 (hex) of the loaded file's bytes. */
  sha256(): Promise<string>;
  /** Stops a load (or any request) in progress; the worker, and the table it held, are replaced. */
  cancel(): void;
}

const spawnTableWorker = (): Worker =>
  new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module', name: 'table' });

/** What this browser tells about memory (Chromium's non-standard APIs; nothing elsewhere). */
export function browserMemoryHints(): MemoryHints {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as { deviceMemory?: number });
  const perf =
    typeof performance === 'undefined'
      ? undefined
      : (performance as { memory?: { jsHeapSizeLimit?: number } });
  const hints: { deviceMemoryGb?: number; heapLimitBytes?: number } = {};
  if (typeof nav?.deviceMemory === 'number') hints.deviceMemoryGb = nav.deviceMemory;
  if (typeof perf?.memory?.jsHeapSizeLimit === 'number') hints.heapLimitBytes = perf.memory.jsHeapSizeLimit;
  return hints;
}

/** Parsing and export, off the main thread; the worker keeps the parsed table between calls. */
export function createTableService(
  spawn: () => Worker = spawnTableWorker,
  memory: () => MemoryHints = browserMemoryHints,
): TableService {
  const client = createWorkerClient<TableRequest, TableReply>(spawn, { eager: true });
  return {
    async load(file, fileName, read = {}, onProgress) {
      // Checked before a byte is read: a file that cannot fit fails with a reason, not a crashed tab.
      const tooLarge = checkFileFits(file.size, memory());
      if (tooLarge !== null) throw new WorkerFailure('file-too-large', `${fileName}: ${tooLarge}`);
      const reply = await client.request(
        (id) => ({ ...read, id, type: 'load', file, fileName }),
        [],
        (message) => {
          if (message.type === 'progress') onProgress?.(message.progress);
        },
      );
      if (reply.type !== 'loaded') throw new Error(`Unexpected reply ${reply.type} to load.`);
      return { summary: reply.summary, featureValues: reply.featureValues };
    },
    async columns(indices) {
      const reply = await client.request((id) => ({ id, type: 'columns', indices }));
      if (reply.type !== 'columns') throw new Error(`Unexpected reply ${reply.type} to columns.`);
      return reply.columns;
    },
    async categories(indices) {
      const reply = await client.request((id) => ({ id, type: 'categories', indices }));
      if (reply.type !== 'categories') throw new Error(`Unexpected reply ${reply.type} to categories.`);
      return reply.columns;
    },
    async profile(request) {
      // Labels are copied, not transferred: the store keeps drawing with them.
      const reply = await client.request((id) => ({ id, type: 'profile', request }));
      if (reply.type !== 'profiled') throw new Error(`Unexpected reply ${reply.type} to profile.`);
      return reply.profiles;
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
    async sha256() {
      const reply = await client.request((id) => ({ id, type: 'sha256' }));
      if (reply.type !== 'hashed') throw new Error(`Unexpected reply ${reply.type} to sha256.`);
      return reply.sha256;
    },
    cancel: () => client.cancel(),
  };
}
