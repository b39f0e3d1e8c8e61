import { describe, expect, it } from 'vitest';
import type { RangeReply, RangeRequest, TableReply, TableRequest } from '../../src/worker/protocol';
import { handleRangeRequest } from '../../src/worker/rangeHandler';
import { createRangePool, rangeWorkerCount } from '../../src/worker/rangePool';
import { createTableHandler } from '../../src/worker/tableHandler';
import { InProcessWorker } from './inProcessWorker';

const rangeWorker = (): Worker =>
  new InProcessWorker<RangeRequest, RangeReply>(
    (reply) => (request) => reply(handleRangeRequest(request).reply),
  ).asWorker();

/** Loads `text` in a table handler (with `pool`, or serially) and returns its final reply. */
async function load(text: string, pool: ReturnType<typeof createRangePool> | null): Promise<TableReply> {
  const replies: TableReply[] = [];
  const handle = createTableHandler((message) => replies.push(message), { pool });
  const request: TableRequest = { id: 1, type: 'load', file: new Blob([text]), fileName: 'big.csv' };
  await handle(request);
  const final = replies.find((r) => r.type !== 'progress');
  if (final === undefined) throw new Error('no reply');
  return final;
}

/** A file past the ranged reader's threshold: quoted notes with line breaks, a repeat, a Total row. */
function bigCsv(): string {
  const rows = Array.from(
    { length: 40_000 },
    (_, i) =>
      `${i + 1},"note ${i % 13}, with ""quotes""\nand a second line",${(i * 7) % 97},${(i * 3) % 89},${i % 2 ? 'Female' : 'Male'}`,
  );
  rows[30_000] = rows[5]!;
  rows.push(',Total,,,');
  return `CustomerID,Note,Annual Income (k$),Spending Score (1-100),Genre\n${rows.join('\n')}\n`;
}

describe('parsing a big file in range workers', () => {
  it('gives the table worker exactly the summary and columns of the serial reading', async () => {
    const text = bigCsv();
    expect(text.length).toBeGreaterThan(1_000_000);
    const marks = performance.getEntriesByType('measure').length;
    const ranged = await load(text, createRangePool(2, rangeWorker));
    const used = performance
      .getEntriesByType('measure')
      .slice(marks)
      .map((e) => e.name)
      .find((name) => name.startsWith('table:ranges='));
    expect(used).toBe('table:ranges=3');
    const serial = await load(text, null);
    expect(ranged).toEqual(serial);
    if (ranged.type !== 'loaded') throw new Error(ranged.type);
    expect(ranged.summary.rowCount).toBe(40_001);
    expect(ranged.summary.problems.map((p) => p.code)).toContain('duplicate-rows');
  });

  it('reads the file serially when a range worker fails', async () => {
    const broken = (): Worker =>
      new InProcessWorker<RangeRequest, RangeReply>(
        (reply) => (request) =>
          reply({ id: request.id, type: 'failed', error: { code: 'internal', message: 'out of memory' } }),
      ).asWorker();
    const text = bigCsv();
    expect(await load(text, createRangePool(1, broken))).toEqual(await load(text, null));
  });

  it('uses one worker per core beyond the table worker, one to seven', () => {
    expect([1, 2, 4, 16].map((cores) => rangeWorkerCount(cores))).toEqual([1, 1, 3, 7]);
  });
});
