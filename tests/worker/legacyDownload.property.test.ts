import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TableReply } from '../../src/worker/protocol';
import { createTableHandler } from '../../src/worker/tableHandler';
import { cp1252, readsAsUtf8, westernPhrase } from '../core/text/westernText';

// Names with no quote of their own, so a plain quoted field holds them.
const name = westernPhrase.filter((text) => !text.includes('"'));

/** Loads `bytes` in the real table handler, in-process, and exports it with every row in cluster 1. */
async function loadAndExport(
  bytes: Uint8Array<ArrayBuffer>,
  rows: number,
): Promise<{ encoding?: string; text: string }> {
  const replies: TableReply[] = [];
  const handle = createTableHandler((message) => replies.push(message));
  await handle({ id: 1, type: 'load', file: new Blob([bytes]), fileName: 'legacy.csv' });
  const loaded = replies.find((r) => r.type === 'loaded');
  if (loaded?.type !== 'loaded') throw new Error(JSON.stringify(replies.at(-1)));
  await handle({ id: 2, type: 'export', rowLabels: new Int32Array(rows) });
  const exported = replies.find((r) => r.type === 'exported');
  if (exported?.type !== 'exported') throw new Error(JSON.stringify(replies.at(-1)));
  const buffer = new Uint8Array(await exported.blob.arrayBuffer());
  return {
    encoding: loaded.summary.encoding,
    text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer),
  };
}

describe('a Windows-1252 file through the table worker', () => {
  it('comes back in the download, as UTF-8, with every character it had', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(name, fc.integer({ min: 15, max: 137 }), fc.integer({ min: 1, max: 99 })), {
          minLength: 2,
          maxLength: 30,
        }),
        async (customers) => {
          const lines = customers.map(([n, income, score], i) => `${i + 1},"${n}",${income},${score}`);
          const csv = ['CustomerID,Name,Annual Income (k$),Spending Score (1-100)', ...lines].join('\r\n');
          const bytes = cp1252(`${csv}\r\n`);
          // Bytes that happen to read as UTF-8 (`CAFÉ”` is valid UTF-8) are UTF-8 files, rarely.
          fc.pre(!readsAsUtf8(bytes));
          const { encoding, text } = await loadAndExport(bytes, customers.length);
          expect(encoding).toBe('windows-1252');
          expect(text.startsWith('\ufeff')).toBe(true);
          const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
          expect(rows.slice(1).map((row) => row[1])).toEqual(customers.map(([n]) => n));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a UTF-8 file downloads without a byte-order mark, as before', async () => {
    const { encoding, text } = await loadAndExport(
      new TextEncoder().encode('id,Name,x,y\n1,José,1,2\n2,Zoë,3,4\n'),
      2,
    );
    expect(encoding).toBe('utf-8');
    expect(text).toBe('id,Name,x,y,Cluster\r\n1,José,1,2,1\r\n2,Zoë,3,4,1\r\n');
  });
});
