import { parquetCsv } from '../core/source/parquetCsv';
import { FORMAT_SIGNATURE_BYTES, sourceFormatOf, type SourceFormat } from '../core/source/sourceFormat';
import { compoundFileError, workbookCsv } from '../core/source/workbookCsv';
import type { DecodedText } from '../core/text/encodings';
import { blobChunks, decodeStream } from '../core/text/decodeStream';
import type { ReadOptions } from './protocol';
import { blobAsyncBuffer } from './readers/blobAsyncBuffer';

/**
 * A file made ready for the CSV reader: its text (a workbook sheet or a Parquet file written out as
 * CSV text by its reader, cells as the source shows them), how that text was decoded, and the format
 * it came from. Every format then goes through the same readCompactTable, column report and export.
 */
export interface SourceText extends Pick<DecodedText, 'text' | 'encoding' | 'source'> {
  readonly format: SourceFormat;
  /** The delimiter the text is known to use: set for text a reader wrote, absent for a file's own. */
  readonly delimiter?: string;
  /** For a workbook: the sheets with values (in tab order) and the one read. */
  readonly sheets?: string[];
  readonly sheet?: string;
}

// Text made by a reader is UTF-8 and comma-separated by construction: the page says nothing about its
// encoding, and the CSV reader is not left to guess a delimiter from cells that contain ';' or '|'.
const MADE = { encoding: 'utf-8', source: 'bom', delimiter: ',' } as const;

/**
 * Reads `file` in the table worker. CSV (and any text) is decoded as a stream in its detected or
 * chosen encoding; an .xlsx sheet (`read.sheet`, else the first with values) and a Parquet file are
 * written out as CSV text by their readers. `onBytes(done)` hears how far the read is, in bytes of the
 * file (for a workbook and Parquet, the share of the sheet or rows done, scaled to the file's size).
 * Throws a SourceError for a file its reader refuses (password, damaged archive, legacy .xls).
 */
export async function readSource(
  file: Blob,
  fileName: string,
  read: ReadOptions,
  onBytes: (done: number) => void,
): Promise<SourceText> {
  const head = new Uint8Array(await file.slice(0, FORMAT_SIGNATURE_BYTES).arrayBuffer());
  const format = sourceFormatOf(head, fileName);
  switch (format) {
    case 'xlsx': {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const book = workbookCsv(bytes, fileName, read.sheet, (fraction) => onBytes(fraction * file.size));
      return { ...MADE, ...book, format };
    }
    case 'xls':
      throw compoundFileError(new Uint8Array(await file.arrayBuffer()), fileName);
    case 'parquet': {
      const text = await parquetCsv(blobAsyncBuffer(file), fileName, (done, total) =>
        onBytes(total === 0 ? file.size : (done / total) * file.size),
      );
      return { ...MADE, text, format };
    }
    case 'csv': {
      const decoded = await decodeStream(
        () => blobChunks(file),
        onBytes,
        read.encoding === undefined ? {} : { encoding: read.encoding },
      );
      return { ...decoded, format };
    }
  }
}
