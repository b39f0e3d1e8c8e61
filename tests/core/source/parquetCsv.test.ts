import { readFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { parquetCsv } from '../../../src/core/source/parquetCsv';
import { SourceError } from '../../../src/core/source/sourceError';

const asBuffer = (buffer: ArrayBuffer) => ({
  byteLength: buffer.byteLength,
  slice: (s: number, e?: number) => buffer.slice(s, e),
});
const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

describe('parquetCsv', () => {
  it('reads the Mall fixture back as the Mall CSV', async () => {
    const file = readFileSync('tests/fixtures/parquet/mall.parquet');
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    const progress: number[][] = [];
    expect(
      await parquetCsv(asBuffer(buffer), 'mall.parquet', (done, total) => progress.push([done, total])),
    ).toBe(SAMPLE);
    // Written with row groups of 64 rows: progress after each.
    expect(progress).toEqual([
      [64, 200],
      [128, 200],
      [192, 200],
      [200, 200],
    ]);
  });
  it('maps column types to cell text', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: [1n, 2n, 12345678901234567n], type: 'INT64' },
        { name: 'name', data: ['Ada', 'a,b', null], type: 'STRING' },
        { name: 'score', data: [0.1, 2.5, NaN], type: 'DOUBLE' },
        { name: 'f', data: new Float32Array([0.1, 1.5, -3]), type: 'FLOAT' },
        { name: 'ok', data: [true, false, null], type: 'BOOLEAN' },
        {
          name: 'seen',
          data: [new Date(Date.UTC(2024, 1, 29)), new Date(Date.UTC(2024, 1, 29, 8, 30)), null],
          type: 'TIMESTAMP',
        },
      ],
    });
    expect(await parquetCsv(asBuffer(buffer), 't.parquet')).toBe(
      'id,name,score,f,ok,seen\n1,Ada,0.1,0.1,TRUE,2024-02-29\n2,"a,b",2.5,1.5,FALSE,2024-02-29T08:30:00Z\n12345678901234567,,,-3,,\n',
    );
  });
  it('reads GZIP pages, and refuses a cut file with a sentence', async () => {
    const { gzipSync } = await import('fflate');
    const buffer = parquetWriteBuffer({
      codec: 'GZIP',
      compressors: { GZIP: (input: Uint8Array) => gzipSync(input) },
      columnData: [{ name: 'x', data: [1, 2, 3], type: 'INT32' }],
    });
    expect(await parquetCsv(asBuffer(buffer), 'g.parquet')).toBe('x\n1\n2\n3\n');
    const cut = buffer.slice(0, buffer.byteLength - 30);
    const error = await parquetCsv(asBuffer(cut), 'cut.parquet').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/cut\.parquet/);
  });
});
