import { describe, expect, it } from 'vitest';
import { checkFileFits, MAX_TEXT_CHARS } from '../../src/core/csv/checkFileFits';
import { CancelledError, WorkerFailure } from '../../src/worker/client';
import type { TableReply, TableRequest } from '../../src/worker/protocol';
import { createTableService } from '../../src/worker/tableClient';

class FakeWorker extends EventTarget {
  readonly posted: TableRequest[] = [];
  terminated = false;
  postMessage(message: TableRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: TableReply): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function service(hints = {}) {
  const spawned: FakeWorker[] = [];
  const table = createTableService(
    () => {
      const worker = new FakeWorker();
      spawned.push(worker);
      return worker as unknown as Worker;
    },
    () => hints,
  );
  return { table, spawned };
}

describe('createTableService', () => {
  it('passes load progress along, then the summary', async () => {
    const { table, spawned } = service();
    const seen: string[] = [];
    const loading = table.load(new Blob(['a,b\n1,2\n']), 'f.csv', undefined, (p) =>
      seen.push(`${p.phase} ${p.done}/${p.total}`),
    );
    const worker = spawned[0];
    const id = worker?.posted[0]?.id ?? 0;
    worker?.reply({ id, type: 'progress', progress: { phase: 'reading', done: 4, total: 8 } });
    worker?.reply({ id, type: 'progress', progress: { phase: 'parsing', done: 8, total: 8 } });
    worker?.reply({ id, type: 'failed', error: { code: 'empty-file', message: 'The file is empty.' } });
    await expect(loading).rejects.toBeInstanceOf(WorkerFailure);
    expect(seen).toEqual(['reading 4/8', 'parsing 8/8']);
  });

  it('cancel stops a load: the worker is terminated, a fresh one replaces it', async () => {
    const { table, spawned } = service();
    const loading = table.load(new Blob(['x']), 'big.csv');
    table.cancel();
    await expect(loading).rejects.toBeInstanceOf(CancelledError);
    expect(spawned[0]?.terminated).toBe(true);
    expect(spawned).toHaveLength(2);
  });

  it('refuses a file that cannot fit before sending it, naming its size', async () => {
    const { table, spawned } = service({ deviceMemoryGb: 0.25 });
    const big = { size: 200e6 } as Blob;
    const error = await table.load(big, 'huge.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerFailure);
    expect((error as WorkerFailure).code).toBe('file-too-large');
    expect((error as Error).message).toMatch(/huge\.csv: This file is 200\.0 MB/);
    expect(spawned[0]?.posted).toEqual([]);
  });
});

describe('checkFileFits', () => {
  it('lets files through when the browser says nothing about memory, up to the longest string', () => {
    expect(checkFileFits(25e6)).toBeNull();
    expect(checkFileFits(MAX_TEXT_CHARS + 1)).toMatch(/can read CSV files of up to 536\.9 MB/);
  });
  it('compares an estimate with the smallest budget known', () => {
    expect(checkFileFits(25e6, { deviceMemoryGb: 8, heapLimitBytes: 4e9 })).toBeNull();
    expect(checkFileFits(1e9 / 4, { deviceMemoryGb: 8, heapLimitBytes: 1e9 })).toMatch(
      /needs about 1\.3 GB of memory.*about 1\.0 GB/,
    );
  });
});
