import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCompactTable } from '../../../src/core/csv/compactTable';
import { createRowTracker } from '../../../src/core/csv/rowTracker';
import { parseTable } from '../../reference/csv/parseTable';
import { decodeBytes } from '../../reference/text/decodeBytes';
import { decodeStream } from '../../../src/core/text/decodeStream';
import { chunked } from '../text/helpers';
import { unpackNumbers } from '../../../src/core/csv/packedNumbers';

const encoder = new TextEncoder();

/** What the worker does with a file: decode the byte stream, then read the table. */
async function readInChunks(bytes: Uint8Array, cuts: readonly number[]) {
  const { text } = await decodeStream(() => chunked(bytes, cuts));
  return { text, outcome: readCompactTable(text) };
}

const piece = fc.constantFrom(
  ...['"', '""', ',', ';', '\n', '\r\n', '\r', ' ', '1', '25', '3.5', 'NA', 'a', '=1+1'],
  ...['é', '名', '😀', '\u00a0', '"a,\r\nb"', 'Income', 'Spend', 'id', '\ufffd'],
);

describe('reading a file in chunks', () => {
  it('gives the same text and table as reading it in one piece, whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 50 }),
        fc.array(fc.nat(400), { maxLength: 12 }),
        fc.constantFrom('', '\ufeff'),
        async (pieces, cuts, bom) => {
          const bytes = encoder.encode(bom + pieces.join(''));
          const whole = decodeBytes(bytes).text;
          const { text, outcome } = await readInChunks(bytes, cuts);
          expect(text).toBe(whole);
          const reference = parseTable(whole);
          expect(outcome.problems).toEqual(reference.problems);
          expect(outcome.table?.header).toEqual(reference.table?.header);
          expect(outcome.table?.rowCount).toBe(reference.table?.rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a multi-byte character split between chunks', async () => {
    const bytes = encoder.encode('name,x,y\nRenée 😀,1,2\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      expect((await decodeStream(() => chunked(bytes, [cut]))).text).toBe('name,x,y\nRenée 😀,1,2\n');
    }
  });

  it('keeps a quoted field with a line break and a CRLF split between chunks', async () => {
    const csv = 'id,note,x,y\r\n1,"a,\r\nb",1,2\r\n2,"c ""d""",3,4\r\n';
    const bytes = encoder.encode(csv);
    for (let cut = 1; cut < bytes.length; cut++) {
      const { outcome } = await readInChunks(bytes, [cut]);
      expect(outcome.problems).toEqual(parseTable(csv).problems);
      expect(outcome.table?.rowCount).toBe(2);
      expect(Array.from(unpackNumbers(outcome.table?.numbers[2], 2))).toEqual([1, 3]);
    }
  });

  it('reads UTF-16 files with a BOM, even when the BOM is split', async () => {
    const body = 'a,b\n1,2\n';
    const le = Uint8Array.from([0xff, 0xfe, ...[...body].flatMap((c) => [c.charCodeAt(0), 0])]);
    for (let cut = 1; cut < 4; cut++) expect((await decodeStream(() => chunked(le, [cut]))).text).toBe(body);
    expect((await decodeStream(() => [Uint8Array.of(0x41)])).text).toBe('A');
    expect((await decodeStream(() => [])).text).toBe('');
  });

  it('reports bytes read as chunks arrive', async () => {
    const seen: number[] = [];
    await decodeStream(
      () => chunked(encoder.encode('a,b\n1,2\n'), [3, 5]),
      (done) => seen.push(done),
    );
    expect(seen).toEqual([3, 5, 8]);
  });
});

describe('duplicate rows past the exact-key limit', () => {
  it('are still found once keys are hashed', () => {
    const tracker = createRowTracker(2);
    for (let i = 0; i < 120_000; i++) tracker.add([String(i), 'x'], i + 2);
    tracker.add(['7', 'x'], 120_002);
    tracker.add(['119999', 'x'], 120_003);
    const [problem] = tracker.problems();
    expect(problem?.code).toBe('duplicate-rows');
    expect(problem?.lines).toEqual([120_002, 120_003]);
    expect(problem?.message).toContain('the first repeats line 9');
  });
});
