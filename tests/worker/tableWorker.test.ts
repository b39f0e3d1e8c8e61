import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTable } from '../reference/csv/parseTable';
import { idOf } from '../../src/core/csv/rowIds';
import { writeLabeledCsv } from '../reference/csv/writeLabeledCsv';
import type { TableReply, TableRequest, TableSummary } from '../../src/worker/protocol';

// The real table worker, run in-process: its global postMessage/addEventListener are stood in for.
const replies: TableReply[] = [];
let deliver: ((event: { data: TableRequest }) => void) | null = null;

beforeAll(async () => {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.postMessage = (message: TableReply) => replies.push(message);
  scope.addEventListener = (_type: string, listener: (event: { data: TableRequest }) => void) => {
    deliver = listener;
  };
  await import('../../src/worker/table.worker');
});

let nextId = 1;
async function send(build: (id: number) => TableRequest): Promise<{ final: TableReply; all: TableReply[] }> {
  const id = nextId++;
  deliver?.({ data: build(id) });
  await expect.poll(() => replies.some((r) => r.id === id && r.type !== 'progress')).toBe(true);
  const all = replies.filter((r) => r.id === id);
  const final = all.find((r) => r.type !== 'progress');
  if (final === undefined) throw new Error('no reply');
  return { final, all };
}

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

async function load(text: string, fileName = 'f.csv'): Promise<{ summary: TableSummary; all: TableReply[] }> {
  const { final, all } = await send((id) => ({ id, type: 'load', file: new Blob([text]), fileName }));
  if (final.type !== 'loaded') throw new Error(`load failed: ${JSON.stringify(final)}`);
  return { summary: final.summary, all };
}

describe('the table worker', () => {
  it('loads the sample as before: problems, columns, features and ids', async () => {
    const { summary, all } = await load(SAMPLE, 'Mall_Customers.csv');
    expect(summary.rowCount).toBe(200);
    expect(summary.featureChoice?.features).toEqual([3, 4]);
    expect(summary.problems).toEqual(parseTable(SAMPLE).problems);
    expect(summary.ids.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(summary.rowIds).toBeNull(); // CustomerID is exactly 1..200: nothing to send
    expect(all.some((r) => r.type === 'progress')).toBe(true);
  });

  it('sends column numbers and exports exactly what writeLabeledCsv writes', async () => {
    const text = 'id,name,x,y\r\n0007,"=cmd",1,2\r\n0009,"a, b",3\r\n0011,,5,6,extra\r\n';
    const { summary } = await load(text);
    expect(summary.ids).toEqual(['0007', '0009', '0011']);
    expect(idOf(summary, 1)).toBe('0009');
    const { final } = await send((id) => ({ id, type: 'columns', indices: [2, 3] }));
    if (final.type !== 'columns') throw new Error(final.type);
    expect(final.columns.map((c) => Array.from(c))).toEqual([
      [1, 3, 5],
      [2, NaN, 6],
    ]);
    const labels = Int32Array.of(0, -1, 1);
    const exported = await send((id) => ({
      id,
      type: 'export',
      rowLabels: labels,
      clusterNames: ['A', 'B'],
    }));
    if (exported.final.type !== 'exported') throw new Error(exported.final.type);
    const table = parseTable(text).table;
    if (table === null) throw new Error('no table');
    expect(await exported.final.blob.text()).toBe(
      writeLabeledCsv(table, [
        { name: 'Cluster', values: ['1', '', '2'] },
        { name: 'Segment', values: ['A', '', 'B'] },
      ]),
    );
  });

  it('keeps its number columns packed, yet sends every value back exactly', async () => {
    // Small integers, an id past 16 bits, a -0, decimals, a text column and an empty one.
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `${i + 70_000},${18 + (i % 50)},${i === 5 ? '-0' : i % 90},${(i * 0.37).toFixed(2)},${i % 2 ? 'F' : 'M'},`,
    );
    await load(['id,age,score,basket,gender,empty', ...rows].join('\n'));
    const { final } = await send((id) => ({ id, type: 'columns', indices: [0, 1, 2, 3, 4, 5] }));
    if (final.type !== 'columns') throw new Error(final.type);
    const cells = rows.map((row) => row.split(','));
    const expected = [0, 1, 2, 3].map((c) => cells.map((cell) => Number(cell[c])));
    final.columns
      .slice(0, 4)
      .forEach((column, c) =>
        column.forEach((value, i) => expect(Object.is(value, expected[c]?.[i])).toBe(true)),
      );
    expect(Object.is(final.columns[2]?.[5], -0)).toBe(true);
    expect(
      final.columns.slice(4).every((column) => column.length === 300 && column.every(Number.isNaN)),
    ).toBe(true);
  });

  it('sends the detected feature columns with the table, as a columns request would', async () => {
    const rows = SAMPLE.trimEnd().split('\n');
    const text = [...rows, ',Total,,,20000,10000'].join('\n');
    const { final } = await send((id) => ({ id, type: 'load', file: new Blob([text]), fileName: 'f.csv' }));
    if (final.type !== 'loaded') throw new Error(final.type);
    expect(final.summary.summaryRows).toEqual([200]);
    const features = final.summary.featureChoice?.features ?? [];
    expect(features).toEqual([3, 4]);
    const asked = await send((id) => ({ id, type: 'columns', indices: features }));
    if (asked.final.type !== 'columns') throw new Error(asked.final.type);
    expect(final.featureValues).toEqual(asked.final.columns);
    expect(final.featureValues.map((c) => [c[0], c[200]])).toEqual([
      [15, NaN],
      [39, NaN],
    ]);
  });

  it('fails with the parser’s reason on an empty file', async () => {
    const { final } = await send((id) => ({ id, type: 'load', file: new Blob(['']), fileName: 'e.csv' }));
    expect(final.type === 'failed' && final.error.code).toBe('empty-file');
  });

  it('packs the ids of a large table instead of listing them', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `C${i},${i % 90},${(i * 7) % 100}`);
    const { summary, all } = await load(['CustomerID,Income,Spending Score', ...rows].join('\n'));
    expect(summary.ids).toEqual([]);
    expect(summary.rowIds?.ends.length).toBe(25_000);
    expect(idOf(summary, 0)).toBe('C0');
    expect(idOf(summary, 24_999)).toBe('C24999');
    const phases = all.flatMap((r) => (r.type === 'progress' ? [r.progress.phase] : []));
    expect(phases).toContain('parsing');
    expect(phases.at(-1)).toBe('parsing');
  });
});
