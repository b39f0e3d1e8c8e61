import { gunzipSync } from 'fflate';
import {
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type AsyncBuffer,
  type Compressors,
} from 'hyparquet';
import { cellText, csvLine, type CellValue } from './csvText';
import { SourceError } from './sourceError';

// Snappy is built into hyparquet; GZIP comes from fflate, which the workbook reader already brings.
// ZSTD, Brotli and LZ4 would add a codec each (hyparquet-compressors is ~75 kB gzipped): such a file
// gets a sentence instead.
const COMPRESSORS: Compressors = {
  GZIP: (input, outputLength) => gunzipSync(input, { out: new Uint8Array(outputLength) }),
};

/** A float32's shortest decimal text that reads back to the same float32 (not the double's 17 digits). */
export function float32Text(value: number): string {
  if (!Number.isFinite(value)) return '';
  for (let digits = 1; digits < 10; digits++) {
    const text = String(Number(value.toPrecision(digits)));
    if (Math.fround(Number(text)) === value) return text;
  }
  return String(value);
}

/** A nested value (list, map, struct) as JSON, 64-bit integers as their digits. */
function nestedText(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'bigint' ? inner.toString() : inner instanceof Date ? cellText(inner) : inner,
  );
}

function valueText(value: unknown, float32: boolean): string {
  if (float32 && typeof value === 'number') return float32Text(value);
  if (value instanceof Uint8Array) return ''; // binary without a text annotation shows nothing useful
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return nestedText(value);
  return cellText(value as CellValue);
}

/**
 * A Parquet file's rows as CSV text (RFC 4180, LF) under a header of its top-level column names, read
 * one row group at a time (`onProgress(rowsDone, rowsTotal)` after each). Cells as the data shows
 * them: integers (64-bit too) and decimals as digits, floats in shortest round-trip form, booleans
 * TRUE/FALSE, DATE as YYYY-MM-DD, TIMESTAMP as ISO 8601 UTC, strings as they are, null empty, nested
 * values as JSON. Throws a SourceError naming `fileName` for a damaged file or an unsupported codec.
 */
export async function parquetCsv(
  file: AsyncBuffer,
  fileName: string,
  onProgress: (rowsDone: number, rowsTotal: number) => void = () => {},
): Promise<string> {
  const metadata = await parquetMetadataAsync(file).catch((error: unknown) => {
    throw new SourceError(
      'corrupt-parquet',
      `${fileName} starts like a Parquet file, but its metadata cannot be read (${errorText(error)}); the file may be cut short. Export it again.`,
    );
  });
  const columns = parquetSchema(metadata).children;
  const header = columns.map((column) => column.element.name);
  const float32 = columns.map((column) => column.element.type === 'FLOAT');
  const total = Number(metadata.num_rows);
  const parts = [csvLine(header)];
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file,
        metadata,
        rowStart,
        rowEnd,
        compressors: COMPRESSORS,
        onComplete: (read: unknown[][]) => {
          rows = read;
        },
      });
    } catch (error) {
      const message = errorText(error);
      const codec = /unsupported compression codec: (\w+)/.exec(message)?.[1];
      throw new SourceError(
        codec === undefined ? 'corrupt-parquet' : 'unsupported-parquet',
        codec === undefined
          ? `${fileName} could not be read as Parquet (${message}). Export it again, or as CSV.`
          : `${fileName} is compressed with ${codec}, which this app does not read; export it with Snappy or GZIP compression (or none), or as CSV.`,
      );
    }
    let out = '';
    for (const row of rows) out += csvLine(row.map((value, i) => valueText(value, float32[i] === true)));
    parts.push(out);
    rowStart = rowEnd;
    onProgress(rowStart, total);
  }
  return parts.join('');
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
