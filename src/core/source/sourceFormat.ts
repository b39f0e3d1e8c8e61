/** The kinds of file a table can be read from. */
export type SourceFormat = 'csv' | 'xlsx' | 'xls' | 'parquet';

// Signatures at the start of the file: a zip archive (xlsx is one), an OLE2 compound file (legacy
// .xls), Parquet's magic number.
const ZIP = [0x50, 0x4b];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PARQUET = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

const startsWith = (head: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => head[i] === byte);

/**
 * Which reader a file needs, decided by its first bytes (at least 8), so a workbook renamed to .csv
 * is still read as the workbook it is; the name's extension decides only for bytes that do not tell
 * (text). A zip archive is taken for an xlsx workbook: the reader says so if it is another archive.
 */
export function sourceFormatOf(head: Uint8Array, fileName: string): SourceFormat {
  if (startsWith(head, PARQUET)) return 'parquet';
  if (startsWith(head, OLE2)) return 'xls';
  if (startsWith(head, ZIP) && [3, 5, 7].includes(head[2] ?? -1)) return 'xlsx';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'parquet' && head.length === 0) return 'parquet';
  return 'csv';
}

/** How many leading bytes {@link sourceFormatOf} looks at. */
export const FORMAT_SIGNATURE_BYTES = 8;
