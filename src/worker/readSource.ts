import { FORMAT_SIGNATURE_BYTES, sourceFormatOf, type SourceFormat } from '../core/source/sourceFormat';
import type { DecodedText } from '../core/text/encodings';
import { blobChunks, decodeStream } from '../core/text/decodeStream';
import type { ReadOptions } from './protocol';

/**
 * A file made ready for the CSV reader: its text (a workbook sheet or a Parquet file written out as
 * CSV text by its reader, cells as the source shows them), how that text was decoded, and the format
 * it came from. Every format then goes through the same readCompactTable, column report and export.
 */
export interface SourceText extends Pick<DecodedText, 'text' | 'encoding' | 'source'> {
  readonly format: SourceFormat;
}

/**
 * Reads `file` in the table worker. CSV (and any text) is decoded as a stream in its detected or
 * chosen encoding; `onBytes(done)` hears the bytes read. Workbook and Parquet files are recognised by
 * their first bytes; until their readers land they go through the text path, whose not-text check
 * names them (see detectNotText).
 */
export async function readSource(
  file: Blob,
  fileName: string,
  read: ReadOptions,
  onBytes: (done: number) => void,
): Promise<SourceText> {
  const head = new Uint8Array(await file.slice(0, FORMAT_SIGNATURE_BYTES).arrayBuffer());
  const format = sourceFormatOf(head, fileName);
  const decoded = await decodeStream(
    () => blobChunks(file),
    onBytes,
    read.encoding === undefined ? {} : { encoding: read.encoding },
  );
  return { ...decoded, format };
}
