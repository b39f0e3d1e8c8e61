import { describe, expect, it } from 'vitest';
import type { TableReply } from '../../src/worker/protocol';
import { createTableHandler } from '../../src/worker/tableHandler';
import { writeXlsx } from '../core/source/xlsxWriter';

describe('text a reader writes', () => {
  it('is split at its commas, whatever the cells hold', async () => {
    // Every cell holds one ';': guessed, ';' would split the sheet's two columns into three.
    const inline = (text: string) => `t="inlineStr"><is><t>${text}</t></is>`;
    const rows = [
      [inline('a;b'), inline('c;d')],
      ...Array.from({ length: 6 }, (_, i) => [inline(`${i};1`), inline(`${i};2`)]),
    ];
    const bytes = writeXlsx({ sheets: [{ name: 'Codes', rows }] });
    const replies: TableReply[] = [];
    const handle = createTableHandler((message) => replies.push(message));
    await handle({ id: 1, type: 'load', file: new Blob([new Uint8Array(bytes)]), fileName: 'codes.xlsx' });
    const loaded = replies.find((r) => r.type === 'loaded');
    if (loaded?.type !== 'loaded') throw new Error(JSON.stringify(replies.at(-1)));
    expect(loaded.summary.header).toEqual(['a;b', 'c;d']);
    expect(loaded.summary.delimiter).toBe(',');
    expect(loaded.summary.rowCount).toBe(6);
  });
});
